package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code entente} command as a process: what reaches its standard streams. */
class MainTest {

    @Test
    void main_inAPosixLocale_writesUtf8ToStandardOutputAndError(@TempDir Path dir)
            throws IOException, InterruptedException {
        Files.writeString(
                dir.resolve("r.json"),
                "{\"schema\":\"entente/report@1\",\"id\":\"r-utf8\",\"source\":{\"outlet\":\"Xinhua\"},"
                        + "\"publishedAt\":\"2026-02-01\",\"records\":[{\"kind\":\"visit\",\"when\":\"Févr 3\","
                        + "\"visitor\":{\"kind\":\"minister\",\"name\":\"Élise Müller\"},"
                        + "\"destination\":{\"city\":\"北京\"}}]}",
                StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(java());
        if (Runtime.version().feature() >= 18) {
            command.add(1, "-Dfile.encoding=COMPAT");
        }
        command.addAll(List.of("reconcile", dir.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(new String(out, StandardCharsets.UTF_8)).contains("\"Élise Müller\"", "\"北京\"");
        assertThat(new String(err, StandardCharsets.UTF_8)).contains("\"Févr 3\"");
    }

    @Test
    void main_standardOutputFull_exitsOneAndSaysSo() throws IOException, InterruptedException {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "/dev/full is needed");
        List<String> command = new ArrayList<>(java());
        command.addAll(List.of("reconcile", Path.of("docs", "examples", "seeds").toString()));
        Process p = new ProcessBuilder(command).redirectOutput(full.toFile()).start();
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err)
                .endsWith("entente: cannot write standard output: No space left on device; what it holds is"
                        + " incomplete" + System.lineSeparator())
                .doesNotContain("Exception");
    }

    /** The command {@code java -cp CLASSPATH dev.entente.cli.Main}, to which arguments are added. */
    private static List<String> java() {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName());
    }

    @Test
    void main_outOfMemory_saysHowToGiveItMore_withoutAStackTrace(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path corpus = dir.resolve("corpus.jsonl");
        int generated = Main.run(
                new String[] {"generate", "--episodes", "6000", "--seed", "2", "--out", corpus.toString()},
                new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()));
        assertThat(generated).isZero();
        List<String> command = new ArrayList<>(java());
        command.add(1, "-Xmx40m");
        command.addAll(List.of("reconcile", corpus.toString()));
        Process p = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err)
                .startsWith("entente: out of memory (the JVM may use at most ")
                .contains("ENTENTE_HEAP=4g")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }
}
