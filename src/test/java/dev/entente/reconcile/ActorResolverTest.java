package dev.entente.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Actor;
import dev.entente.model.Country;
import dev.entente.model.Delegation;
import dev.entente.model.Minister;
import dev.entente.model.Official;
import dev.entente.model.Organization;
import dev.entente.model.Person;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Actor identity rules: which names are one person, and which are not. */
class ActorResolverTest {

    private static boolean same(Actor a, Actor b) {
        ActorResolver r = new ActorResolver(List.of(a, b));
        return r.idOf(a).equals(r.idOf(b));
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "S. Jaishankar | S Jaishankar | true",
                "S. Jaishankar | Jaishankar | true",
                "S. Jaishankar | Dr S Jaishankar | true",
                "S. Jaishankar | @DrSJaishankar | true",
                "S. Jaishankar | Subrahmanyam Jaishankar | true",
                "Rajesh Kumar Singh | Shri Rajesh Kumar Singh | true",
                "Rajesh Kumar Singh | Rajnath Singh | false",
                "Marco Rubio | Secretary Marco Rubio | true",
                "Emmanuel Macron | Emmanuel Macrón | true",
                "Marco Rubio | Sergio Gor | false",
                "Adam Smith | Jimmy Patronis | false",
            })
    void persons_matchByNameRules(String a, String b, boolean expected) {
        assertThat(same(Person.of(a), Person.of(b))).isEqualTo(expected);
    }

    @Test
    void aliases_connectAnOfficeToItsHolder() {
        Minister named = Minister.builder()
                .name("S. Jaishankar")
                .addAliases("EAM")
                .country("IN")
                .build();
        Person handle = Person.of("@DrSJaishankar");
        ActorResolver r = new ActorResolver(List.of(named, handle));
        assertThat(r.idOf(named)).isEqualTo(r.idOf(handle));
        assertThat(r.canonical(handle)).isInstanceOf(Minister.class);
        assertThat(TimelineActors.names(r.canonical(handle))).contains("S. Jaishankar", "EAM", "@DrSJaishankar");
    }

    @Test
    void sharedId_settlesIdentity_conflictingIdSeparates() {
        Person a = Person.builder()
                .name("Jaishankar")
                .putIds("wikidata", "Q7451948")
                .build();
        Person b = Person.builder()
                .name("Subrahmanyam Jaishankar")
                .putIds("wikidata", "Q7451948")
                .build();
        Person c =
                Person.builder().name("S. Jaishankar").putIds("wikidata", "Q1").build();
        ActorResolver r = new ActorResolver(List.of(a, b, c));
        assertThat(r.idOf(a)).isEqualTo(r.idOf(b));
        assertThat(r.idOf(c)).isNotEqualTo(r.idOf(a));
    }

    @Test
    void differentCountries_separatePeopleOfTheSameName() {
        Official us = Official.of("Adam Smith", "US");
        Official gb = Official.of("Adam Smith", "GB");
        assertThat(same(us, gb)).isFalse();
    }

    @Test
    void bareInitial_neverChainsTwoDifferentFirstNames() {
        Person rajnath = Person.of("Rajnath Singh");
        Person rajesh = Person.of("Rajesh Singh");
        Person initial = Person.of("R. Singh");
        for (long seed = 0; seed < 5; seed++) {
            List<Actor> mentions = new ArrayList<>(List.of(rajnath, rajesh, initial));
            Collections.shuffle(mentions, new Random(seed));
            ActorResolver r = new ActorResolver(mentions);
            assertThat(r.idOf(rajnath)).isNotEqualTo(r.idOf(rajesh));
        }
    }

    @Test
    void euCountry_isTheEuropeanUnionOrganization() {
        assertThat(same(Country.of("EU"), Organization.of("European Union"))).isTrue();
        assertThat(same(Country.of("EU"), Organization.builder().code("EU").build()))
                .isTrue();
        assertThat(same(Country.of("FR"), Country.of("DE"))).isFalse();
    }

    @Test
    void delegations_matchThroughLeaderAndMembers() {
        Person rogers = Person.of("Mike Rogers");
        Delegation led = Delegation.builder()
                .name("US Congressional delegation")
                .leader(Official.of("Mike Rogers", "US"))
                .build();
        Delegation listed = Delegation.builder()
                .country("US")
                .addMembers(rogers, Person.of("Adam Smith"))
                .build();
        Delegation other =
                Delegation.builder().leader(Person.of("Nancy Pelosi")).build();
        ActorResolver r = new ActorResolver(List.of(led, listed, other));
        assertThat(r.idOf(led)).isEqualTo(r.idOf(listed));
        assertThat(r.idOf(other)).isNotEqualTo(r.idOf(led));
        Delegation merged = (Delegation) r.canonical(listed);
        assertThat(merged.leader()).isPresent();
        assertThat(merged.members()).extracting(Actor::displayName).contains("Adam Smith");
    }
}
