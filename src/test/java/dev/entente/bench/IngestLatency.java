package dev.entente.bench;

import dev.entente.corpus.CorpusGenerator;
import dev.entente.model.Report;
import dev.entente.reconcile.IncrementalReconciler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures taking one more report into a live timeline that already holds many: loads the reports
 * of {@code N} generated episodes, then adds the reports of the next episodes one at a time and
 * prints the median, 99th percentile and maximum time of an add, in milliseconds.
 *
 * <p>Usage: {@code bench/ingest.sh [EPISODES] [MEASURED_REPORTS]}; not part of the test suite. The
 * timed adds stop after {@code -Dbench.seconds} (default 600); adds over 100 ms are printed as they
 * happen. The load adds {@code -Dbench.batch} reports at a time (default 20000).
 */
public final class IngestLatency {
    private IngestLatency() {}

    /** Prints the load's progress on standard error: records held, seconds, heap used. */
    private static void progress(long records, long t0) {
        Runtime rt = Runtime.getRuntime();
        System.err.printf(
                Locale.ROOT,
                "loaded %,d records in %.1f s, heap used %d MB%n",
                records,
                (System.nanoTime() - t0) / 1e9,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    /**
     * Runs the measurement.
     *
     * @param args episodes held (default 80000, about a million records) and reports to time
     */
    public static void main(String[] args) {
        int episodes = args.length > 0 ? Integer.parseInt(args[0]) : 80_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int loadBatch = Integer.getInteger("bench.batch", 20_000);
        CorpusGenerator generator = CorpusGenerator.withSeed(11);
        IncrementalReconciler live = new IncrementalReconciler();
        long records = 0;
        long t0 = System.nanoTime();
        List<Report> batch = new ArrayList<>();
        for (int e = 0; e < episodes; e++) {
            for (Report r : generator.episode(e).reports()) {
                batch.add(r);
                records += r.records().size();
            }
            if (batch.size() >= loadBatch) {
                live.addAll(batch);
                batch.clear();
                progress(records, t0);
            }
        }
        live.addAll(batch);
        batch.clear();
        long loaded = System.nanoTime();
        List<Report> next = new ArrayList<>();
        for (int e = episodes; next.size() < measured; e++) {
            next.addAll(generator.episode(e).reports());
        }
        long[] nanos = new long[measured];
        long budget = System.nanoTime() + (long) (Double.parseDouble(System.getProperty("bench.seconds", "600")) * 1e9);
        int done = 0;
        for (int i = 0; i < measured && System.nanoTime() < budget; i++) {
            long s = System.nanoTime();
            live.add(next.get(i));
            nanos[i] = System.nanoTime() - s;
            done++;
            if (nanos[i] > 100_000_000L) {
                System.err.printf(Locale.ROOT, "add %d took %.1f ms%n", i, nanos[i] / 1e6);
            }
        }
        if (done < measured) {
            System.err.printf(Locale.ROOT, "time budget (bench.seconds) spent after %d adds%n", done);
            measured = done;
            nanos = Arrays.copyOf(nanos, done);
        }
        Arrays.sort(nanos);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(
                Locale.ROOT,
                "held %d reports, %d records (loaded in %.1f s); %d adds: median %.3f ms, p99 %.3f ms, max %.3f ms;"
                        + " heap used %d MB%n",
                live.size() - measured,
                records,
                (loaded - t0) / 1e9,
                measured,
                nanos[measured / 2] / 1e6,
                nanos[(int) (measured * 0.99)] / 1e6,
                nanos[measured - 1] / 1e6,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
