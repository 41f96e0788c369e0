package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final String CLEAR = "\r\033[K";

    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text, true);
    private final AtomicLong now = new AtomicLong(1_000);

    private void advanceSeconds(long s) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(s));
    }

    @Test
    void tick_beforeTheDelay_showsNothing() {
        Progress p = new Progress(err, true, now::get);
        p.phase("reading", "reports");
        p.count(10);
        advanceSeconds(1);
        p.tick();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void tick_afterTheDelay_rewritesOneLineInPlace_withCountAndElapsedTime() {
        Progress p = new Progress(err, true, now::get);
        p.phase("reading", "reports");
        p.count(12_345);
        advanceSeconds(3);
        p.tick();
        p.phase("reconciling 12,345 reports");
        advanceSeconds(2);
        p.tick();
        assertThat(text.toString())
                .isEqualTo(CLEAR + "entente: reading: 12,345 reports (3 s)" + CLEAR
                        + "entente: reconciling 12,345 reports (5 s)");
        assertThat(text.toString()).doesNotContain("\n");
    }

    @Test
    void println_whileTheLineIsShown_clearsItFirst_andClose_clearsItForGood() {
        Progress p = new Progress(err, true, now::get);
        p.phase("reading", "reports");
        advanceSeconds(3);
        p.tick();
        p.println("a.json:1:1: $: problem");
        p.tick();
        p.close();
        assertThat(text.toString())
                .isEqualTo(CLEAR + "entente: reading: 0 reports (3 s)" + CLEAR
                        + "a.json:1:1: $: problem" + System.lineSeparator()
                        + CLEAR + "entente: reading: 0 reports (3 s)" + CLEAR);
    }

    @Test
    void disabled_showsNoLine_butPassesTheCommandsLinesThrough() {
        Progress p = new Progress(err, false, now::get);
        p.phase("reading", "reports");
        advanceSeconds(60);
        p.tick();
        p.println("a.json:1:1: $: problem");
        p.close();
        assertThat(text.toString()).isEqualTo("a.json:1:1: $: problem" + System.lineSeparator());
    }

    @Test
    void forStandardError_withoutTheLaunchersProperty_isSilent() {
        assertThat(System.getProperty(Progress.PROPERTY)).isNull();
        try (Progress p = Progress.forStandardError(err)) {
            p.phase("reading", "reports");
            p.tick();
        }
        assertThat(text.toString()).isEmpty();
    }
}
