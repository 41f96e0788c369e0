package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.time.When;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VisitTest {

    private static final Minister JAISHANKAR = Minister.of("S. Jaishankar", "IN");

    private static Visit toTheUs() {
        return Visit.builder()
                .when(When.of(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 4)))
                .visitor(JAISHANKAR)
                .destination(Location.ofCountry("US"))
                .purpose("Critical Minerals Ministerial")
                .build();
    }

    @Test
    void builder_buildsAVisit() {
        Visit v = toTheUs();

        assertThat(v.kind()).isEqualTo(EventKind.VISIT);
        assertThat(v.visitor()).contains(JAISHANKAR);
        assertThat(v.destination().flatMap(Location::country)).contains("US");
        assertThat(v.when().lengthInDays()).isEqualTo(3);
    }

    @Test
    void actors_areTheVisitor() {
        assertThat(toTheUs().actors()).containsExactly(JAISHANKAR);
        assertThat(Visit.builder().when(When.unknown()).build().actors()).isEmpty();
    }

    @Test
    void equalVisits_areEqual() {
        assertThat(toTheUs()).isEqualTo(toTheUs()).hasSameHashCodeAs(toTheUs());
        assertThat(toTheUs().withWhen(When.of(LocalDate.of(2026, 2, 3)))).isNotEqualTo(toTheUs());
    }

    @Test
    void blankPurpose_isRejected() {
        assertThatThrownBy(
                        () -> Visit.builder().when(When.unknown()).purpose("").build())
                .hasMessageContaining("purpose")
                .hasMessageContaining("\"\"");
    }
}
