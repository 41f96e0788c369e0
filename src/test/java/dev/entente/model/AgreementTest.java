package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.time.When;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgreementTest {

    private static Agreement.Builder framework() {
        return Agreement.builder()
                .when(When.unknown("soon"))
                .title("Major Defence Partnership Framework Agreement")
                .agreementType(AgreementType.FRAMEWORK)
                .addParties(Country.of("IN"), Country.of("US"));
    }

    @Test
    void builder_buildsAnAgreement() {
        Agreement a = framework().termYears(10).build();

        assertThat(a.kind()).isEqualTo(EventKind.AGREEMENT);
        assertThat(a.termYears()).hasValue(10);
        assertThat(a.agreementType()).contains(AgreementType.FRAMEWORK);
    }

    @Test
    void actors_arePartiesThenSignatories() {
        Minister singh = Minister.of("Rajnath Singh", "IN");

        Agreement a = framework().addSignatories(singh).build();

        assertThat(a.actors()).containsExactly(Country.of("IN"), Country.of("US"), singh);
    }

    @Test
    void equalAgreements_areEqual() {
        assertThat(framework().build())
                .isEqualTo(framework().build())
                .hasSameHashCodeAs(framework().build())
                .isNotEqualTo(framework().termYears(10).build());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 999})
    void termWithinOneTo999Years_isAccepted(int years) {
        assertThat(framework().termYears(years).build().termYears()).hasValue(years);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1000})
    void termOutsideOneTo999Years_isRejected(int years) {
        assertThatThrownBy(() -> framework().termYears(years).build())
                .hasMessageContaining("termYears")
                .hasMessageContaining(String.valueOf(years));
    }
}
