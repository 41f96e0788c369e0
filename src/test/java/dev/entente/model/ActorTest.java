package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActorTest {

    @ParameterizedTest
    @ValueSource(strings = {"IN", "US", "EU"})
    void of_twoUpperCaseLetters_isACountry(String text) {
        assertThat(Actor.of(text)).isEqualTo(Country.of(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"S. Jaishankar", "Us", "in", "USA", "Marco Rubio"})
    void of_anythingElse_isAPerson(String text) {
        assertThat(Actor.of(text)).isEqualTo(Person.of(text));
    }

    @Test
    void of_twoUpperCaseLettersThatAreNoCode_isRejectedWithASuggestion() {
        assertThatThrownBy(() -> Actor.of("UK"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UK")
                .hasMessageContaining("did you mean GB?");
    }

    @Test
    void of_blank_isRejected() {
        assertThatThrownBy(() -> Actor.of(" ")).hasMessageContaining("name");
    }
}
