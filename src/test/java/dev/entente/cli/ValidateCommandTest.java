package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path fixture(String name) throws IOException {
        Path target = dir.resolve(name.replace('/', '-'));
        try (InputStream in = getClass().getResourceAsStream("/json/" + name)) {
            Files.write(target, in.readAllBytes());
        }
        return target;
    }

    @Test
    void validate_validReports_exitsZeroWithNothingOnStdout() throws IOException {
        Path good = fixture("good/full.json");

        assertThat(run("validate", good.toString())).isEqualTo(0);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void validate_warning_goesToStderrAndExitsZero() throws IOException {
        Path file = dir.resolve("w.json");
        Files.writeString(
                file,
                "{\"schema\": \"entente/report@1\", \"id\": \"r\", \"source\": {\"outlet\": \"O\"},\n"
                        + " \"colour\": 1, \"records\": []}");

        assertThat(run("validate", file.toString())).isEqualTo(0);
        assertThat(err.toString().trim())
                .isEqualTo(file + ":2:2: colour: warning: unknown field \"colour\" in a report (ignored)");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void validate_strict_turnsWarningIntoRejection() throws IOException {
        Path file = dir.resolve("w.json");
        Files.writeString(
                file,
                "{\"schema\": \"entente/report@1\", \"id\": \"r\", \"source\": {\"outlet\": \"O\"},"
                        + " \"colour\": 1, \"records\": []}");

        assertThat(run("validate", "--strict", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(": colour: unknown field").doesNotContain("warning:");
    }

    @Test
    void validate_rejectedReport_exitsTwoEveryProblemOnStderrNothingOnStdout() throws IOException {
        Path good = fixture("good/full.json");
        Path bad = fixture("bad/unknown-status.json");
        Path worse = fixture("bad/comment.json");

        int status = run("validate", good.toString(), bad.toString(), worse.toString());

        assertThat(status).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines())
                .containsExactlyInAnyOrder(
                        bad + ":13:17: records[0].status: unknown status \"done\"; expected one of proposed, scheduled,"
                                + " occurred, postponed, cancelled",
                        worse + ":3:3: $: comments are not allowed in JSON");
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void validate_folder_readsEveryReportInIt() throws IOException {
        fixture("good/full.json");
        fixture("bad/utf16.json");

        assertThat(run("validate", dir.toString())).isEqualTo(2);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .endsWith(
                        "bad-utf16.json:1:1: $: the text is not UTF-8 (it looks like UTF-16 or UTF-32); report documents must be UTF-8");
    }

    @Test
    void validate_missingFile_exitsTwoWithoutStackTrace() {
        assertThat(run("validate", dir.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nope.json:1:1: $: no such file").doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }
}
