package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DelegationTest {

    private static final Person ROGERS = Person.of("Mike Rogers");

    @Test
    void builder_buildsACongressionalDelegation() {
        Delegation d = Delegation.builder()
                .name("US Congressional delegation")
                .country("US")
                .leader(ROGERS)
                .addMembers(Person.of("Adam Smith"), Person.of("Jimmy Patronis"))
                .addAliases("CODEL")
                .build();

        assertThat(d.actorKind()).isEqualTo(ActorKind.DELEGATION);
        assertThat(d.leader()).contains(ROGERS);
        assertThat(d.members()).extracting(Actor::displayName).containsExactly("Adam Smith", "Jimmy Patronis");
        assertThat(d.displayName()).isEqualTo("US Congressional delegation");
    }

    @Test
    void displayName_withoutName_isLedByTheLeader() {
        assertThat(Delegation.builder().leader(ROGERS).build().displayName())
                .isEqualTo("delegation led by Mike Rogers");
    }

    @Test
    void displayName_withOnlyACountry_isTheCountrysDelegation() {
        assertThat(Delegation.builder().country("US").build().displayName()).isEqualTo("United States delegation");
    }

    @Test
    void equality_coversTheMembers() {
        Delegation a = Delegation.builder().leader(ROGERS).build();

        assertThat(a)
                .isEqualTo(Delegation.builder().leader(ROGERS).build())
                .hasSameHashCodeAs(Delegation.builder().leader(ROGERS).build())
                .isNotEqualTo(Delegation.builder()
                        .leader(ROGERS)
                        .addMembers(Person.of("Adam Smith"))
                        .build());
    }

    @Test
    void aDelegationWithNothingToIdentifyIt_isRejected() {
        assertThatThrownBy(() -> Delegation.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
    }

    @Test
    void aDelegationLedByADelegation_isRejected() {
        Delegation inner = Delegation.builder().name("Inner delegation").build();

        assertThatThrownBy(() -> Delegation.builder().leader(inner).build())
                .hasMessageContaining("leader")
                .hasMessageContaining("Inner delegation");
    }

    @Test
    void blankFields_andBadCountry_areRejected() {
        assertThatThrownBy(() -> Delegation.builder().name(" ").build()).hasMessageContaining("name");
        assertThatThrownBy(() -> Delegation.builder().name("D").addAliases("").build())
                .hasMessageContaining("aliases[0]");
        assertThatThrownBy(() -> Delegation.builder().country("UK").build())
                .hasMessageContaining("country")
                .hasMessageContaining("UK");
    }
}
