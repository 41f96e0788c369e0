package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WhenCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private JsonNode json() {
        return JsonMapper.builder().build().readTree(out.toString());
    }

    @Test
    void when_nextWeek_printsTheResolvedWeek() {
        int status = run("when", "next week", "--anchor", "2026-01-28");

        assertThat(status).isZero();
        JsonNode n = json();
        assertThat(n.get("earliest").asString()).isEqualTo("2026-02-02");
        assertThat(n.get("latest").asString()).isEqualTo("2026-02-08");
        assertThat(n.get("precision").asString()).isEqualTo("week");
        assertThat(n.get("text").asString()).isEqualTo("next week");
        assertThat(n.get("anchor").asString()).isEqualTo("2026-01-28");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void when_tenseFuture_readsAsScheduled() {
        int status = run("when", "three-day visit starting Monday", "--anchor", "2026-01-28", "--tense", "future");

        assertThat(status).isZero();
        assertThat(json().get("earliest").asString()).isEqualTo("2026-02-02");
        assertThat(json().get("latest").asString()).isEqualTo("2026-02-04");
        assertThat(json().get("precision").asString()).isEqualTo("range");
    }

    @Test
    void when_tensePast_readsAsOccurred() {
        run("when", "Monday", "--anchor", "2026-01-28", "--tense", "past");

        assertThat(json().get("earliest").asString()).isEqualTo("2026-01-26");
    }

    @Test
    void when_timestampAnchor_usesItsOwnLocalDate() {
        run("when", "today", "--anchor", "2026-01-31T23:30:00-05:00");

        assertThat(json().get("earliest").asString()).isEqualTo("2026-01-31");
        assertThat(json().get("anchor").asString()).isEqualTo("2026-01-31T23:30-05:00");
    }

    @Test
    void when_unknown_writesBothBoundsAsNullAndWarns() {
        int status = run("when", "next week");

        assertThat(status).isZero();
        JsonNode n = json();
        assertThat(n.has("earliest")).isTrue();
        assertThat(n.get("earliest").isNull()).isTrue();
        assertThat(n.has("latest")).isTrue();
        assertThat(n.get("latest").isNull()).isTrue();
        assertThat(n.get("precision").asString()).isEqualTo("unknown");
        assertThat(err.toString()).startsWith("entente: when: warning: ").contains("next week");
    }

    @Test
    void when_isoShapedInvalid_exitsTwoWithTheProblemAndNoOutput() {
        int status = run("when", "2026-02-30");

        assertThat(status).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("entente: when: 2026-02-30 is not a valid date" + System.lineSeparator());
    }

    @Test
    void when_invalidWeek_exitsTwo() {
        assertThat(run("when", "2025-W53")).isEqualTo(2);
        assertThat(err.toString()).contains("entente: when: 2025-W53 is not a valid ISO week");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void when_badAnchorOrTense_exitsTwoWithoutStackTrace() {
        assertThat(run("when", "today", "--anchor", "yesterday")).isEqualTo(2);
        assertThat(run("when", "today", "--anchor", "2026-01-28", "--tense", "soon"))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("entente: when: --anchor: ")
                .contains("entente: when: --tense: soon")
                .doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }
}
