package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OfficialTest {

    @Test
    void builder_buildsAnAmbassador() {
        Official gor = Official.builder()
                .name("Sergio Gor")
                .country("US")
                .role("Ambassador to India")
                .addAliases("@USAmbIndia")
                .build();

        assertThat(gor.displayName()).isEqualTo("Sergio Gor");
        assertThat(gor.actorKind()).isEqualTo(ActorKind.OFFICIAL);
        assertThat(gor.role()).contains("Ambassador to India");
        assertThat(gor.aliases()).containsExactly("@USAmbIndia");
    }

    @Test
    void of_setsNameAndCountry() {
        Official o = Official.of("Rajesh Kumar Singh", "IN");

        assertThat(o.name()).isEqualTo("Rajesh Kumar Singh");
        assertThat(o.country()).contains("IN");
        assertThat(o.role()).isEmpty();
    }

    @Test
    void equality_coversTheRole() {
        Official a = Official.builder().name("A").role("Defence Secretary").build();

        assertThat(a)
                .isEqualTo(
                        Official.builder().name("A").role("Defence Secretary").build())
                .hasSameHashCodeAs(
                        Official.builder().name("A").role("Defence Secretary").build())
                .isNotEqualTo(
                        Official.builder().name("A").role("Home Secretary").build());
    }

    @Test
    void blankFields_areRejectedNamingTheField() {
        assertThatThrownBy(() -> Official.of("", "IN")).hasMessageContaining("name");
        assertThatThrownBy(() -> Official.builder().name("A").role(" ").build()).hasMessageContaining("role");
        assertThatThrownBy(
                        () -> Official.builder().name("A").addAliases("ok", "").build())
                .hasMessageContaining("aliases[1]");
        assertThatThrownBy(() ->
                        Official.builder().name("A").putIds("wikidata", "").build())
                .hasMessageContaining("ids.wikidata");
    }

    @Test
    void invalidCountry_isRejectedWithTheCode() {
        assertThatThrownBy(() -> Official.of("A", "in"))
                .hasMessageContaining("country")
                .hasMessageContaining("in")
                .hasMessageContaining("did you mean IN?");
    }
}
