package dev.entente.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.reconcile.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlRendererTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void render_page_isSelfContained() {
        String html = HtmlRenderer.render(SvgRendererTest.seedTimeline());

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "</svg>", "Critical Minerals Ministerial");
        assertThat(html).doesNotContain("<script", "src=\"http", "href=\"http", "@import", "url(");
    }

    @Test
    void render_openedInHeadlessChromium_hasNoConsoleErrors(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium installed");
        Timeline t = SvgRendererTest.seedTimeline();
        Path page = tmp.resolve("timeline.html");
        Files.writeString(page, HtmlRenderer.render(t), StandardCharsets.UTF_8);
        Path stderr = tmp.resolve("stderr.txt");
        Path stdout = tmp.resolve("dom.html");

        Process p = new ProcessBuilder(List.of(
                        CHROMIUM.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--user-data-dir=" + tmp.resolve("profile"),
                        "--enable-logging=stderr",
                        "--v=0",
                        "--dump-dom",
                        page.toUri().toString()))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 60 s");
        }
        String dom = read(stdout);
        String log = read(stderr);

        assertThat(dom).as("dumped DOM; chromium said:%n%s", log).contains("<svg", "Critical Minerals Ministerial");
        assertThat(log.lines().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught")))
                .as("console messages")
                .isEmpty();
    }

    private static String read(Path f) throws IOException {
        return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
    }
}
