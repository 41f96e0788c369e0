package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MinisterTest {

    @Test
    void of_buildsAMinisterOfACountry() {
        Minister m = Minister.of("S. Jaishankar", "IN");

        assertThat(m.name()).isEqualTo("S. Jaishankar");
        assertThat(m.country()).contains("IN");
        assertThat(m.displayName()).isEqualTo("S. Jaishankar");
        assertThat(m.actorKind()).isEqualTo(ActorKind.MINISTER);
        assertThat(m.portfolio()).isEmpty();
    }

    @Test
    void builder_setsPortfolioAliasesAndIds() {
        Minister m = Minister.builder()
                .name("S. Jaishankar")
                .country("IN")
                .portfolio("External Affairs")
                .addAliases("EAM Jaishankar", "@DrSJaishankar")
                .putIds("wikidata", "Q7451948")
                .build();

        assertThat(m.portfolio()).contains("External Affairs");
        assertThat(m.aliases()).containsExactly("EAM Jaishankar", "@DrSJaishankar");
        assertThat(m.ids()).containsEntry("wikidata", "Q7451948");
    }

    @Test
    void equalMinisters_areEqual_andDifferFromAPersonOfTheSameName() {
        assertThat(Minister.of("Marco Rubio", "US"))
                .isEqualTo(Minister.of("Marco Rubio", "US"))
                .hasSameHashCodeAs(Minister.of("Marco Rubio", "US"))
                .isNotEqualTo(Minister.of("Marco Rubio", "CU"))
                .isNotEqualTo(Person.of("Marco Rubio"));
    }

    @Test
    void blankName_isRejected() {
        assertThatThrownBy(() -> Minister.of(" ", "IN")).hasMessageContaining("name");
    }

    @Test
    void blankPortfolio_isRejected() {
        assertThatThrownBy(() -> Minister.builder().name("A").portfolio("").build())
                .hasMessageContaining("portfolio");
    }

    @Test
    void blankAliasOrId_isRejected() {
        assertThatThrownBy(() -> Minister.builder().name("A").addAliases("").build())
                .hasMessageContaining("aliases[0]");
        assertThatThrownBy(() -> Minister.builder().name("A").putIds("x", " ").build())
                .hasMessageContaining("ids.x");
    }

    @Test
    void invalidCountry_isRejectedWithTheCode() {
        assertThatThrownBy(() -> Minister.of("A", "XX"))
                .hasMessageContaining("country")
                .hasMessageContaining("XX");
    }
}
