package dev.entente.spark;

import dev.entente.corpus.CorpusGenerator;
import dev.entente.json.ReadResult;
import dev.entente.json.ReportReader;
import dev.entente.json.TimelineWriter;
import dev.entente.model.Report;
import dev.entente.reconcile.Reconciler;
import dev.entente.reconcile.Timeline;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Measures the Spark adapter against the single-machine path on a generated corpus (docs/distributed.md):
 * {@code java -cp ... dev.entente.spark.SparkBench RECORDS MASTER DIR}. Not a test.
 */
public final class SparkBench {
    private SparkBench() {}

    /** Runs the measurement; prints one line of results to standard error. */
    public static void main(String[] args) throws Exception {
        long wanted = Long.parseLong(args[0]);
        String master = args.length > 1 ? args[1] : "local[2]";
        Path dir = Path.of(args.length > 2 ? args[2] : "target/bench");
        Files.createDirectories(dir);
        Path input = dir.resolve("reports-" + wanted + ".jsonl");
        CorpusGenerator g = CorpusGenerator.withSeed(20261123L);
        long records = 0;
        long reports = 0;
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (long e = 0; records < wanted; e++) {
                List<Report> ep = g.episode(e).reports();
                for (Report r : ep) {
                    out.write(dev.entente.json.ReportWriter.compact().write(r));
                    out.write('\n');
                    records += r.records().size();
                    reports++;
                }
            }
        }
        PrintStream log = System.err;
        long t0 = System.nanoTime();
        List<Report> all;
        try (Stream<ReadResult> rs = ReportReader.standard().readJsonl(input)) {
            all = rs.map(ReadResult::orElseThrow).toList();
        }
        Timeline t = Reconciler.standard().reconcile(all);
        Files.writeString(
                dir.resolve("single-" + wanted + ".json"),
                TimelineWriter.compact().write(t));
        double single = (System.nanoTime() - t0) / 1e9;

        SparkSession spark = SparkSession.builder()
                .master(master)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "8")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        long t1 = System.nanoTime();
        SparkResult result = SparkReconciler.on(spark).reconcileJsonLines(input.toString());
        Path out = dir.resolve("spark-" + wanted + ".json");
        result.writeTimeline(out);
        double distributed = (System.nanoTime() - t1) / 1e9;
        boolean same = Files.readString(out).equals(TimelineWriter.compact().write(t) + "\n");
        log.printf(
                Locale.ROOT,
                "records=%d reports=%d events=%d single=%.1fs spark(%s)=%.1fs reconcileTasks=%d same=%s%n",
                records,
                reports,
                t.events().size(),
                single,
                master,
                distributed,
                result.reconcileTasks(),
                same);
        spark.stop();
    }
}
