package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.json.ReadResult;
import dev.entente.json.ReportReader;
import dev.entente.json.ReportWriter;
import dev.entente.json.TimelineWriter;
import dev.entente.model.Report;
import dev.entente.reconcile.Reconciler;
import dev.entente.spark.LocalSpark;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente spark-reconcile}, run in the test JVM's local Spark session. */
class SparkReconcileCommandTest {
    private static final Path SEEDS = Path.of(System.getProperty("entente.repo", "."), "docs", "examples", "seeds");

    @BeforeAll
    static void spark() {
        LocalSpark.session();
    }

    private static List<Report> seeds() {
        try (Stream<ReadResult> results = ReportReader.standard().readAll(List.of(SEEDS))) {
            return results.map(ReadResult::orElseThrow).toList();
        }
    }

    private static int run(StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
    }

    @Test
    void sparkReconcile_timeline_writesTheSingleMachineDocument(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("reports.jsonl");
        Files.write(input, seeds().stream().map(ReportWriter.compact()::write).toList());
        StringWriter err = new StringWriter();

        int status = run(
                err,
                "spark-reconcile",
                "--timeline",
                input.toString(),
                dir.resolve("t.json").toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(Files.readString(dir.resolve("t.json")))
                .isEqualTo(TimelineWriter.compact().write(Reconciler.standard().reconcile(seeds())) + "\n");
        assertThat(LocalSpark.session().sparkContext().isStopped()).isFalse();
    }

    @Test
    void sparkReconcile_missingInput_isRejectedWithAClearMessage(@TempDir Path dir) {
        StringWriter err = new StringWriter();

        int status = run(
                err,
                "spark-reconcile",
                dir.resolve("nothing.jsonl").toString(),
                dir.resolve("out").toString());

        assertThat(status).isEqualTo(Main.REJECTED);
        assertThat(err.toString()).startsWith("entente: spark-reconcile: ").contains("nothing.jsonl");
    }
}
