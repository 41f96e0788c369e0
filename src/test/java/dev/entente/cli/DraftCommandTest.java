package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.json.ReadResult;
import dev.entente.json.ReportReader;
import dev.entente.model.Report;
import dev.entente.time.Anchor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DraftCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path seed(String id) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/drafting/dev/seeds/" + id + ".txt")) {
            Path p = dir.resolve(id + ".txt");
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    @Test
    void draft_seedText_printsAReportTheReaderAccepts() throws IOException {
        Path file = seed("004_536a26c0f3987b6d");

        int status = run("draft", file.toString(), "--outlet", "Asianet Newsable");

        assertThat(status).isZero();
        ReadResult read =
                ReportReader.standard().read("draft.json", out.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(read.isAccepted()).as(read.problems().toString()).isTrue();
        Report r = read.report().orElseThrow();
        assertThat(r.source().outlet()).isEqualTo("Asianet Newsable");
        assertThat(r.source().agency()).contains("ANI");
        assertThat(r.records()).hasSize(4);
        assertThat(r.records())
                .allMatch(e -> !e.evidence().isEmpty() && e.confidence().isPresent());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "000_70eb6c1f64903aad",
                "001_a5f4d8e5828a6f42",
                "002_dc6a1f052386c434",
                "003_401876e4a38e5f6a",
                "004_536a26c0f3987b6d"
            })
    void draft_everySeed_readsBackWithItsRecordsAndEvidence(String id) throws IOException {
        Path file = seed(id);

        int status = run("draft", file.toString(), "--outlet", "unnamed outlet (seed " + id.substring(0, 3) + ")");

        assertThat(status).isZero();
        ReadResult read =
                ReportReader.standard().read("draft.json", out.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(read.errors()).isEmpty();
        Report r = read.report().orElseThrow();
        assertThat(r.records()).hasSizeBetween(4, 5);
        assertThat(r.text()).contains(Files.readString(file));
        assertThat(r.records()).allMatch(e -> e.evidence().size() >= 2);
    }

    @Test
    void draft_published_overridesTheTextsDate() throws IOException {
        Path file = seed("000_70eb6c1f64903aad");

        int status = run("draft", file.toString(), "--published", "2026-01-28T10:15:00+05:30");

        assertThat(status).isZero();
        Report r = ReportReader.standard()
                .read("draft.json", out.toString().getBytes(StandardCharsets.UTF_8))
                .orElseThrow();
        assertThat(r.publishedAt()).contains(Anchor.parse("2026-01-28T10:15:00+05:30"));
        assertThat(err.toString()).contains(file + ": warning: ");
    }

    @Test
    void draft_badPublishedDate_exits2WithoutOutput() throws IOException {
        Path file = seed("000_70eb6c1f64903aad");

        int status = run("draft", file.toString(), "--published", "2026-02-30");

        assertThat(status).isEqualTo(Main.REJECTED);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("entente: draft: --published: ");
    }

    @Test
    void draft_missingFile_exits2WithoutStackTrace() {
        int status = run("draft", dir.resolve("nope.txt").toString());

        assertThat(status).isEqualTo(Main.REJECTED);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("nope.txt: no such file").doesNotContain("Exception");
    }
}
