package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.time.When;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MinisterialTest {

    private static final Minister RUBIO = Minister.of("Marco Rubio", "US");
    private static final Minister JAISHANKAR = Minister.of("S. Jaishankar", "IN");

    private static Ministerial criticalMinerals() {
        return Ministerial.builder()
                .when(When.of(LocalDate.of(2026, 2, 4)))
                .title("Critical Minerals Ministerial")
                .edition("inaugural")
                .convener(RUBIO)
                .addAttendees(Country.of("AU"), Country.of("JP"))
                .putRepresentatives("IN", JAISHANKAR)
                .location(Location.builder()
                        .place("US Department of State")
                        .city("Washington")
                        .country("US")
                        .build())
                .build();
    }

    @Test
    void builder_buildsTheInauguralMinisterial() {
        Ministerial m = criticalMinerals();

        assertThat(m.kind()).isEqualTo(EventKind.MINISTERIAL);
        assertThat(m.edition()).contains("inaugural");
        assertThat(m.representatives()).containsEntry("IN", JAISHANKAR);
        assertThat(m.location().flatMap(Location::city)).contains("Washington");
    }

    @Test
    void actors_areConvenerAttendeesThenRepresentatives() {
        assertThat(criticalMinerals().actors()).containsExactly(RUBIO, Country.of("AU"), Country.of("JP"), JAISHANKAR);
    }

    @Test
    void equalMinisterials_areEqual() {
        assertThat(criticalMinerals()).isEqualTo(criticalMinerals()).hasSameHashCodeAs(criticalMinerals());
        assertThat(criticalMinerals().withStatus(Status.OCCURRED)).isNotEqualTo(criticalMinerals());
    }

    @Test
    void representativeOfAnInvalidCountryCode_isRejected() {
        assertThatThrownBy(() -> Ministerial.builder()
                        .when(When.unknown())
                        .putRepresentatives("UK", JAISHANKAR)
                        .build())
                .hasMessageContaining("representatives.UK")
                .hasMessageContaining("did you mean GB?");
    }

    @Test
    void blankEdition_isRejected() {
        assertThatThrownBy(() ->
                        Ministerial.builder().when(When.unknown()).edition(" ").build())
                .hasMessageContaining("edition")
                .hasMessageContaining("\" \"");
    }
}
