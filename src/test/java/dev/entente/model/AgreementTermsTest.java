package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgreementTermsTest {

    private static AgreementTerms framework() {
        return AgreementTerms.builder()
                .title("Major Defence Partnership Framework Agreement")
                .agreementType(AgreementType.FRAMEWORK)
                .termYears(10)
                .addParties(Country.of("IN"), Country.of("US"))
                .status(Status.PROPOSED)
                .build();
    }

    @Test
    void builder_buildsTerms() {
        AgreementTerms t = framework();

        assertThat(t.title()).contains("Major Defence Partnership Framework Agreement");
        assertThat(t.termYears()).hasValue(10);
        assertThat(t.parties()).containsExactly(Country.of("IN"), Country.of("US"));
        assertThat(t.status()).contains(Status.PROPOSED);
        assertThat(t.signatories()).isEmpty();
    }

    @Test
    void emptyTerms_areValid() {
        assertThat(AgreementTerms.builder().build().title()).isEmpty();
    }

    @Test
    void equalTerms_areEqual() {
        assertThat(framework()).isEqualTo(framework()).hasSameHashCodeAs(framework());
        assertThat(framework())
                .isNotEqualTo(AgreementTerms.builder().termYears(10).build());
    }

    @Test
    void blankTitle_isRejected() {
        assertThatThrownBy(() -> AgreementTerms.builder().title(" ").build())
                .hasMessageContaining("title")
                .hasMessageContaining("\" \"");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1000})
    void termOutsideOneTo999Years_isRejected(int years) {
        assertThatThrownBy(() -> AgreementTerms.builder().termYears(years).build())
                .hasMessageContaining("termYears")
                .hasMessageContaining(String.valueOf(years));
    }
}
