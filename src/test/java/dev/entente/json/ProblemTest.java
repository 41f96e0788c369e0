package dev.entente.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void toString_error_isFileLineColumnPathProblem() {
        Problem p = new Problem(
                "r7.json", 14, 22, "records[2].when", "2026-02-30 is not a valid date", Problem.Severity.ERROR);

        assertThat(p).hasToString("r7.json:14:22: records[2].when: 2026-02-30 is not a valid date");
        assertThat(p.isError()).isTrue();
    }

    @Test
    void toString_warning_saysWarning() {
        Problem p = new Problem("r.json", 3, 5, "records[0].partcipants", "unknown field", Problem.Severity.WARNING);

        assertThat(p).hasToString("r.json:3:5: records[0].partcipants: warning: unknown field");
        assertThat(p.asError()).hasToString("r.json:3:5: records[0].partcipants: unknown field");
    }

    @Test
    void new_zeroLine_isRejected() {
        assertThatThrownBy(() -> new Problem("r.json", 0, 1, "$", "x", Problem.Severity.ERROR))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
