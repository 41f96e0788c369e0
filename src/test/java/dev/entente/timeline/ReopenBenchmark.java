package dev.entente.timeline;

import dev.entente.journal.Journal;
import dev.entente.journal.JournalOptions;
import dev.entente.journal.SyncPolicy;
import dev.entente.json.ReportReader;
import dev.entente.json.ReportWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Measures reopening a {@link TimelineService} on a journal of many reports, by full replay and from
 * a snapshot. Not part of any suite: run it with the test class path,
 * {@code java -Xmx8g -cp ... dev.entente.timeline.ReopenBenchmark DIR COUNT|CORPUS.jsonl}: either
 * COUNT reports of {@link GeneratedReports}, or every report of a corpus written by {@code entente
 * generate}. {@code -Dbench.rounds=N} opens (default 3; the first is JIT warm-up), the snapshot is
 * written from the last full-replay open; {@code -Dbench.parts=false} skips timing the parts alone;
 * {@code -Dbench.only=snapshot} only opens an existing DIR (written by an earlier run) from its
 * snapshot.
 * Prints to standard error.
 */
final class ReopenBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ReopenBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = Integer.getInteger("bench.rounds", 3);
        PrintStream log = System.err;
        if ("snapshot".equals(System.getProperty("bench.only"))) {
            for (int round = 1; round <= rounds; round++) {
                timeOpen(dir, "snapshot", round, log, false);
            }
            return;
        }
        deleteTree(dir);
        long t0 = System.nanoTime();
        long[] bytes = new long[2];
        JournalOptions fast = JournalOptions.defaults().withSync(SyncPolicy.batched(Duration.ofMillis(50)));
        try (Journal journal = Journal.open(dir, fast)) {
            if (args[1].endsWith(".jsonl")) {
                ReportReader.standard().readJsonl(Path.of(args[1])).forEach(read -> {
                    dev.entente.model.Report r = read.orElseThrow();
                    String json = ReportWriter.compact().write(r);
                    bytes[0] += json.length();
                    bytes[1] += r.records().size();
                    append(journal, r.id(), json);
                });
            } else {
                int count = Integer.parseInt(args[1]);
                for (int n = 0; n < count; n++) {
                    dev.entente.model.Report r = GeneratedReports.raw("r", n, 0);
                    String json = ReportWriter.compact().write(r);
                    bytes[0] += json.length();
                    bytes[1] += r.records().size();
                    journal.append("r-" + n, json);
                }
            }
            log.printf(
                    "wrote %,d reports, %,d records (%,d bytes of JSON) in %.1f s%n",
                    journal.lastSequence(), bytes[1], bytes[0], secs(t0));
        }
        for (int round = 1; round <= rounds; round++) {
            timeOpen(dir, "full replay", round, log, round == rounds);
        }
        for (int round = 1; round <= rounds; round++) {
            timeOpen(dir, "snapshot", round, log, false);
        }
        if (!Boolean.parseBoolean(System.getProperty("bench.parts", "true"))) {
            return;
        }
        for (int round = 1; round <= 2; round++) {
            System.gc();
            long tj = System.nanoTime();
            long pj = processCpu();
            try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
                log.printf(
                        "round %d: journal open alone (scan of every segment): %.2f s wall, %.2f s process cpu%n",
                        round, secs(tj), (processCpu() - pj) / 1e9);
                System.gc();
                long tr = System.nanoTime();
                long pr = processCpu();
                long[] accepted = new long[1];
                j.replay(e -> {
                    if (ReportReader.standard()
                            .read(e.key(), e.payload().getBytes(StandardCharsets.UTF_8))
                            .isAccepted()) {
                        accepted[0]++;
                    }
                });
                log.printf(
                        "round %d: decode every entry (journal replay + report reader): %.2f s wall, %.2f s process"
                                + " cpu (%,d)%n",
                        round, secs(tr), (processCpu() - pr) / 1e9, accepted[0]);
                byte[] state = j.latestSnapshot().orElseThrow().state();
                System.gc();
                long td = System.nanoTime();
                long pd = processCpu();
                int decoded = SnapshotCodec.decodeAll(state).reports().size();
                log.printf(
                        "round %d: decode the snapshot: %.2f s wall, %.2f s process cpu (%,d)%n",
                        round, secs(td), (processCpu() - pd) / 1e9, decoded);
            }
        }
    }

    /** Opens the service once and prints the times; then writes a snapshot when asked. */
    private static void timeOpen(Path dir, String label, int round, PrintStream log, boolean snapshot)
            throws IOException {
        System.gc();
        long t = System.nanoTime();
        long c = CPU.getCurrentThreadCpuTime();
        long pc = processCpu();
        long gc = gcMillis();
        try (TimelineService s = TimelineService.open(dir)) {
            log.printf(
                    "round %d: %s open: %.2f s wall, %.2f s thread cpu, %.2f s process cpu, %.2f s gc"
                            + " (%,d reports, %,d events; load average %.2f)%n",
                    round,
                    label,
                    secs(t),
                    cpu(c),
                    (processCpu() - pc) / 1e9,
                    (gcMillis() - gc) / 1e3,
                    s.size(),
                    s.timeline().events().size(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (snapshot) {
                long ts = System.nanoTime();
                s.snapshot();
                long bytes;
                try (Stream<Path> files = Files.list(dir)) {
                    bytes = files.filter(p -> p.toString().endsWith(".snap"))
                            .mapToLong(p -> p.toFile().length())
                            .sum();
                }
                log.printf("snapshot written in %.2f s (%,d bytes)%n", secs(ts), bytes);
            }
        }
    }

    private static void append(Journal journal, String key, String json) {
        try {
            journal.append(key, json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double cpu(long start) {
        return (CPU.getCurrentThreadCpuTime() - start) / 1e9;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
