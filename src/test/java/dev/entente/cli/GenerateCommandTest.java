package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void generate_writesValidCorpusAndGold_thatScorePerfectly() throws IOException {
        Path corpus = dir.resolve("c.jsonl");
        Path gold = dir.resolve("gold.json");

        assertThat(run(
                        "generate",
                        "--episodes",
                        "20",
                        "--seed",
                        "4",
                        "--out",
                        corpus.toString(),
                        "--gold",
                        gold.toString()))
                .isEqualTo(0);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("20 episodes");
        assertThat(Files.readAllLines(corpus)).hasSizeGreaterThan(80);

        assertThat(run("validate", "--strict", corpus.toString())).isEqualTo(0);
        assertThat(run("score", "--gold", gold.toString(), corpus.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("\"pairwiseF1\": 1.0000");
    }

    @Test
    void generate_sameSeedTwice_sameBytes() throws IOException {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        run("generate", "--episodes", "10", "--out", a.toString());
        run("generate", "--episodes", "10", "--out", b.toString());
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @Test
    void generate_unwritableOut_isRejectedWithMessage() {
        assertThat(run(
                        "generate",
                        "--episodes",
                        "1",
                        "--out",
                        dir.resolve("no/such/c.jsonl").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("entente: generate: cannot write");
    }

    @Test
    void generate_negativeEpisodes_isRejected() {
        assertThat(run(
                        "generate",
                        "--episodes",
                        "-1",
                        "--out",
                        dir.resolve("c.jsonl").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--episodes");
    }
}
