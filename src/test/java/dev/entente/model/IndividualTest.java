package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IndividualTest {

    /** Each kind of individual, built from a name, aliases, ids and a country. */
    record Kind(ActorKind kind, Function<String[], Individual> build) {
        Individual of(String name, String alias, String country) {
            return build.apply(new String[] {name, alias, country});
        }

        @Override
        public String toString() {
            return kind.wireName();
        }
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(new Kind(ActorKind.PERSON, a -> Person.builder()
                        .name(a[0])
                        .addAliases(a[1])
                        .putIds("wikidata", "Q7451948")
                        .country(a[2])
                        .build())),
                Arguments.of(new Kind(ActorKind.MINISTER, a -> Minister.builder()
                        .name(a[0])
                        .addAliases(a[1])
                        .putIds("wikidata", "Q7451948")
                        .country(a[2])
                        .portfolio("External Affairs")
                        .build())),
                Arguments.of(new Kind(ActorKind.OFFICIAL, a -> Official.builder()
                        .name(a[0])
                        .addAliases(a[1])
                        .putIds("wikidata", "Q7451948")
                        .country(a[2])
                        .role("Ambassador")
                        .build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyKind_givesItsNameAliasesIdsAndCountry_asAnIndividual(Kind kind) {
        Actor actor = kind.of("S. Jaishankar", "@DrSJaishankar", "IN");
        assertThat(actor.actorKind()).isEqualTo(kind.kind());
        assertThat(actor).isInstanceOf(Individual.class);
        Individual i = (Individual) actor;
        assertThat(i.name()).isEqualTo("S. Jaishankar");
        assertThat(i.displayName()).isEqualTo("S. Jaishankar");
        assertThat(i.aliases()).isEqualTo(List.of("@DrSJaishankar"));
        assertThat(i.ids()).isEqualTo(Map.of("wikidata", "Q7451948"));
        assertThat(i.country()).contains("IN");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyKind_rejectsWhatNoIndividualMayHave_namingTheField(Kind kind) {
        assertThatThrownBy(() -> kind.of(" ", "EAM", "IN"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name: must not be blank, got \" \"");
        assertThatThrownBy(() -> kind.of("S. Jaishankar", "", "IN"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("aliases[0]: must not be blank, got \"\"");
        assertThatThrownBy(() -> kind.of("S. Jaishankar", "EAM", "XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("country: ");
    }
}
