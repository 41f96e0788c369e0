package dev.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.model.Minister;
import dev.entente.model.Official;
import dev.entente.model.Visit;
import org.junit.jupiter.api.Test;

class OfficeTest {

    @Test
    void minister_holderIsDraftedAsMinisterWithPortfolioAndCountry() {
        ReportDrafter d = ReportDrafter.builder()
                .office(Office.minister(
                        "Minister for Foreign Affairs", "AU", "Foreign Affairs", "Foreign Affairs Chief"))
                .build();

        Visit v = (Visit) d.draft("Foreign Affairs Chief Penny Wong will visit India next week.")
                .report()
                .records()
                .get(0);

        Minister wong = (Minister) v.visitor().orElseThrow();
        assertThat(wong.name()).isEqualTo("Penny Wong");
        assertThat(wong.country()).contains("AU");
        assertThat(wong.portfolio()).contains("Foreign Affairs");
    }

    @Test
    void official_holderIsDraftedAsOfficialWithRole() {
        ReportDrafter d = ReportDrafter.builder()
                .office(Office.official("High Commissioner to India", "GB", "High Commissioner to India"))
                .build();

        Visit v = (Visit) d.draft("High Commissioner to India Lindy Cameron will visit Mumbai on Friday.")
                .report()
                .records()
                .get(0);

        Official o = (Official) v.visitor().orElseThrow();
        assertThat(o.name()).isEqualTo("Lindy Cameron");
        assertThat(o.role()).contains("High Commissioner to India");
        assertThat(o.country()).contains("GB");
    }

    @Test
    void spunSynonym_draftsTheSameActorAsTheTitle() {
        ReportDrafter d = ReportDrafter.standard();

        Visit plain = (Visit) d.draft("External Affairs Minister S Jaishankar will visit Japan next week.")
                .report()
                .records()
                .get(0);
        Visit spun = (Visit) d.draft("Exterior Affairs Minister S Jaishankar will visit Japan next week.")
                .report()
                .records()
                .get(0);

        assertThat(spun.visitor()).isEqualTo(plain.visitor());
    }

    @Test
    void build_blankTitleOrSynonym_isRejected() {
        assertThatThrownBy(() -> Office.minister(" ", "IN", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title is blank");
        assertThatThrownBy(() -> Office.official("Envoy", null, null, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("synonym is blank");
    }

    @Test
    void build_unknownCountryCode_isRejected() {
        assertThatThrownBy(() -> Office.minister("Foreign Secretary", "UK", "Foreign Affairs"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UK is not a country code");
    }
}
