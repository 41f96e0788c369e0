package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code entente reconcile --format svg|html}. */
class ReconcilePictureFormatsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void reconcile_formatSvg_writesTheTimelinePicture() {
        int code = run("reconcile", "--format", "svg", "docs/examples/seeds");

        assertThat(code).as(err.toString()).isEqualTo(Main.OK);
        assertThat(out.toString()).startsWith("<svg").contains("class=\"bar\"", "Critical Minerals Ministerial");
    }

    @Test
    void reconcile_formatHtml_writesAPageWithThePicture() {
        int code = run("reconcile", "--format", "HTML", "--as-of", "2026-01-29", "docs/examples/seeds");

        assertThat(code).as(err.toString()).isEqualTo(Main.OK);
        assertThat(out.toString()).startsWith("<!DOCTYPE html>").contains("<svg", "as of 2026-01-29");
    }

    @Test
    void reconcile_unknownFormat_isRejectedNamingThePictureFormats() {
        int code = run("reconcile", "--format", "png", "docs/examples/seeds");

        assertThat(code).isEqualTo(Main.REJECTED);
        assertThat(err.toString()).contains("svg", "html");
    }
}
