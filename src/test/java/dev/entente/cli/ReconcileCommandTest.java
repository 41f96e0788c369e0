package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.json.ReadResult;
import dev.entente.json.ReportReader;
import dev.entente.json.TimelineWriter;
import dev.entente.model.Report;
import dev.entente.reconcile.Reconciler;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileCommandTest {
    private static final Path SEEDS = Path.of(System.getProperty("entente.repo", "."), "docs", "examples", "seeds");

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void reconcile_seeds_writesTheTimelineDocument() {
        Run r = run("reconcile", SEEDS.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("{").contains("\"schema\" : \"entente/timeline@1\"");
        assertThat(r.out().split("\"kind\" : \"visit\"")).hasSize(2);
        assertThat(r.err()).contains("warning:").doesNotContain("Exception");
    }

    @Test
    void reconcile_markdown_explainsMerges() {
        Run r = run("reconcile", "--format", "markdown", SEEDS.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("| when |").contains("Merged because").contains("Kept apart from");
    }

    @Test
    void reconcile_badReport_exits2_withNothingOnStandardOutput(@TempDir Path dir) throws Exception {
        Files.copy(SEEDS.resolve("004_536a26c0f3987b6d.json"), dir.resolve("good.json"));
        Files.writeString(
                dir.resolve("bad.json"), "{\"schema\": \"entente/report@1\", \"id\": \"x\", \"records\": []}");
        Run r = run("reconcile", dir.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .contains("bad.json:1:1: source: missing required field")
                .doesNotContain("at dev.");
        Run skipped = run("reconcile", "--skip-invalid", dir.toString());
        assertThat(skipped.status()).isZero();
        assertThat(skipped.out()).contains("seed-004");
    }

    @Test
    void reconcile_badAsOf_exits2() {
        Run r = run("reconcile", "--as-of", "2026-02-30", SEEDS.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("entente: reconcile: --as-of:");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void reconcile_asOf_leavesOutLaterReports() {
        Run r = run("reconcile", "--as-of", "2026-01-29", SEEDS.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("\"asOf\" : \"2026-01-29\"").doesNotContain("seed-001");
    }

    @Test
    void reconcile_journal_writesTheTimelineOfTheReportsItHolds(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("journal");
        assertThat(run("journal", "append", journal.toString(), SEEDS.toString())
                        .status())
                .isZero();
        List<Report> seeds;
        try (Stream<ReadResult> read = ReportReader.standard().readAll(List.of(SEEDS))) {
            seeds = read.map(ReadResult::orElseThrow).toList();
        }
        Run r = run("reconcile", "--journal", journal.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out().strip())
                .isEqualTo(TimelineWriter.pretty()
                        .write(Reconciler.standard().reconcile(seeds))
                        .strip());
    }

    @Test
    void reconcile_journal_corrupt_exits3_withTheJournalMessage(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("journal");
        run("journal", "append", journal.toString(), SEEDS.toString());
        Path segment;
        try (Stream<Path> files = Files.list(journal)) {
            segment = files.filter(p -> p.getFileName().toString().startsWith("segment-"))
                    .findFirst()
                    .orElseThrow();
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(segment));
        lines.set(1, lines.get(1).replaceFirst("\"seq\":2", "\"seq\":9"));
        Files.write(segment, lines);
        Run r = run("reconcile", "--journal", journal.toString());
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .contains(segment.getFileName().toString())
                .contains("journal repair")
                .doesNotContain("at dev.");
    }

    @Test
    void reconcile_journal_missingDirectory_orWithPaths_exits2(@TempDir Path dir) {
        Run missing = run("reconcile", "--journal", dir.resolve("nope").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no such journal directory");
        assertThat(dir.resolve("nope")).doesNotExist();
        Run both = run("reconcile", "--journal", dir.toString(), SEEDS.toString());
        assertThat(both.status()).isEqualTo(2);
        assertThat(run("reconcile").status()).isEqualTo(2);
    }
}
