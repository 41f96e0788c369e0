package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonTest {

    @Test
    void of_buildsAPersonKnownByName() {
        Person p = Person.of("Adam Smith");

        assertThat(p.name()).isEqualTo("Adam Smith");
        assertThat(p.displayName()).isEqualTo("Adam Smith");
        assertThat(p.actorKind()).isEqualTo(ActorKind.PERSON);
        assertThat(p.aliases()).isEmpty();
        assertThat(p.ids()).isEmpty();
        assertThat(p.country()).isEmpty();
    }

    @Test
    void builder_setsEveryField() {
        Person p = Person.builder()
                .name("Mike Rogers")
                .addAliases("Rep. Mike Rogers", "@RepMikeRogersAL")
                .putIds("wikidata", "Q1")
                .country("US")
                .build();

        assertThat(p.aliases()).containsExactly("Rep. Mike Rogers", "@RepMikeRogersAL");
        assertThat(p.ids()).containsEntry("wikidata", "Q1");
        assertThat(p.country()).contains("US");
    }

    @Test
    void equalPeople_areEqualWithEqualHashCodes() {
        Person a = Person.builder().name("Adam Smith").country("US").build();
        Person b = Person.builder().name("Adam Smith").country("US").build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Person.of("Adam Smith"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void blankName_isRejectedNamingTheField(String name) {
        assertThatThrownBy(() -> Person.of(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name")
                .hasMessageContaining("\"" + name + "\"");
    }

    @Test
    void blankAlias_isRejectedWithItsIndex() {
        assertThatThrownBy(() -> Person.builder()
                        .name("Adam Smith")
                        .addAliases("Smith", " ")
                        .build())
                .hasMessageContaining("aliases[1]");
    }

    @Test
    void blankIdScheme_orValue_isRejected() {
        assertThatThrownBy(() -> Person.builder().name("A").putIds(" ", "Q1").build())
                .hasMessageContaining("ids");
        assertThatThrownBy(
                        () -> Person.builder().name("A").putIds("wikidata", "").build())
                .hasMessageContaining("ids.wikidata");
    }

    @Test
    void invalidCountry_isRejectedWithTheCode() {
        assertThatThrownBy(() -> Person.builder().name("A").country("UK").build())
                .hasMessageContaining("country")
                .hasMessageContaining("UK")
                .hasMessageContaining("did you mean GB?");
    }

    @Test
    void missingName_isReported() {
        assertThatThrownBy(() -> Person.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name");
    }

    @Test
    void nullName_isRejected() {
        assertThatThrownBy(() -> Person.builder().name(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void builder_isStrict_aFieldIsSetOnce() {
        assertThatThrownBy(() -> Person.builder().name("A").name("B"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("name");
    }
}
