package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SpanTest {

    @Property
    void anyOrderedNonNegativeBounds_makeASpan(
            @ForAll @IntRange(min = 0, max = 100_000) int start, @ForAll @IntRange(min = 0, max = 1000) int length) {
        Span s = Span.of(start, start + length);

        assertThat(s.start()).isEqualTo(start);
        assertThat(s.end()).isEqualTo(start + length);
        assertThat(s).isEqualTo(Span.of(start, start + length)).hasSameHashCodeAs(Span.of(start, start + length));
    }

    @Test
    void negativeStart_isRejected() {
        assertThatThrownBy(() -> Span.of(-1, 3))
                .hasMessageContaining("evidence")
                .hasMessageContaining("-1");
    }

    @Test
    void endBeforeStart_isRejected() {
        assertThatThrownBy(() -> Span.of(5, 4))
                .hasMessageContaining("evidence")
                .hasMessageContaining("end 4 is before start 5");
    }
}
