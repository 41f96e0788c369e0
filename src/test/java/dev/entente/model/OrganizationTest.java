package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrganizationTest {

    @Test
    void of_buildsAnOrganizationKnownByName() {
        Organization quad = Organization.of("Quad");

        assertThat(quad.name()).contains("Quad");
        assertThat(quad.code()).isEmpty();
        assertThat(quad.displayName()).isEqualTo("Quad");
        assertThat(quad.actorKind()).isEqualTo(ActorKind.ORGANIZATION);
    }

    @Test
    void displayName_ofTheEuByCode_isEuropeanUnion() {
        assertThat(Organization.builder().code("EU").build().displayName()).isEqualTo("European Union");
    }

    @Test
    void displayName_ofAnotherCode_isTheCode() {
        assertThat(Organization.builder().code("ASEAN").build().displayName()).isEqualTo("ASEAN");
    }

    @Test
    void equality_coversNameCodeAndAliases() {
        Organization a = Organization.builder().name("Quad").addAliases("QUAD").build();

        assertThat(a)
                .isEqualTo(
                        Organization.builder().name("Quad").addAliases("QUAD").build())
                .hasSameHashCodeAs(
                        Organization.builder().name("Quad").addAliases("QUAD").build())
                .isNotEqualTo(Organization.of("Quad"));
    }

    @Test
    void neitherNameNorCode_isRejected() {
        assertThatThrownBy(() -> Organization.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
    }

    @Test
    void blankFields_areRejectedNamingTheField() {
        assertThatThrownBy(() -> Organization.of(" ")).hasMessageContaining("name");
        assertThatThrownBy(() -> Organization.builder().code("").build()).hasMessageContaining("code");
        assertThatThrownBy(
                        () -> Organization.builder().name("Quad").addAliases("").build())
                .hasMessageContaining("aliases[0]");
    }
}
