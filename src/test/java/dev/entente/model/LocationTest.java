package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void factories_setTheNamedParts() {
        assertThat(Location.ofCity("Washington").city()).contains("Washington");
        assertThat(Location.ofCountry("US").country()).contains("US");
        Location delhi = Location.of("New Delhi", "IN");
        assertThat(delhi.city()).contains("New Delhi");
        assertThat(delhi.country()).contains("IN");
        assertThat(delhi.place()).isEmpty();
    }

    @Test
    void equalLocations_areEqual() {
        assertThat(Location.of("New Delhi", "IN"))
                .isEqualTo(Location.builder().city("New Delhi").country("IN").build())
                .hasSameHashCodeAs(Location.of("New Delhi", "IN"))
                .isNotEqualTo(Location.ofCity("New Delhi"));
    }

    @Test
    void anEmptyLocation_isRejected() {
        assertThatThrownBy(() -> Location.builder().build()).hasMessageContaining("location");
    }

    @Test
    void blankParts_areRejectedNamingThePart() {
        assertThatThrownBy(() -> Location.builder().place(" ").build()).hasMessageContaining("location.place");
        assertThatThrownBy(() -> Location.ofCity("")).hasMessageContaining("location.city");
    }

    @Test
    void invalidCountry_isRejectedWithTheCode() {
        assertThatThrownBy(() -> Location.ofCountry("UK"))
                .hasMessageContaining("location.country")
                .hasMessageContaining("UK")
                .hasMessageContaining("did you mean GB?");
    }
}
