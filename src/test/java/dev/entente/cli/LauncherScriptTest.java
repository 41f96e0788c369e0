package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The {@code bin/entente} launcher's own checks, which run before any jar is built or started. */
class LauncherScriptTest {

    @Test
    void ententeHeap_notASize_exitsTwoWithAMessageAndStartsNothing() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", Path.of("bin", "entente").toString(), "validate", "x.json");
        pb.environment().put("ENTENTE_HEAP", "lots");
        Process p = pb.start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(err).isEqualTo("entente: ENTENTE_HEAP: lots is not a heap size such as 3g or 512m\n");
        assertThat(out).isEmpty();
    }
}
