package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.time.Anchor;
import dev.entente.time.When;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportTest {

    private static final When FEB_4 = When.of(LocalDate.of(2026, 2, 4));

    private static Report.Builder report() {
        return Report.builder().id("r1").source(Source.of("ANI"));
    }

    @Test
    void builder_buildsAReport() {
        Visit visit = Visit.builder().ref("visit").when(FEB_4).build();
        Ministerial cmm =
                Ministerial.builder().ref("cmm").partOf("visit").when(FEB_4).build();

        Report r = report().publishedAt(Anchor.parse("2026-01-28"))
                .text("...")
                .addRecords(visit, cmm)
                .build();

        assertThat(r.records()).containsExactly(visit, cmm);
        assertThat(r.publishedAt()).contains(Anchor.parse("2026-01-28"));
        assertThat(Report.SCHEMA).isEqualTo("entente/report@1");
    }

    @Test
    void language_isEnglishUnlessSet() {
        assertThat(report().build().language()).isEqualTo("en");
        assertThat(report().build().records()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"en, true", "EN, true", "en-IN, true", "en-GB, true", "hi, false", "eng, false", "fr-CA, false"})
    void isEnglish_forEnAndAnyEnTag(String language, boolean english) {
        assertThat(report().language(language).build().isEnglish()).isEqualTo(english);
    }

    @Test
    void equalReports_areEqual() {
        assertThat(report().build()).isEqualTo(report().build()).hasSameHashCodeAs(report().build());
        assertThat(report().language("hi").build()).isNotEqualTo(report().build());
    }

    @Test
    void blankId_orLanguage_isRejected() {
        assertThatThrownBy(
                        () -> Report.builder().id(" ").source(Source.of("ANI")).build())
                .hasMessageContaining("id");
        assertThatThrownBy(() -> report().language("").build()).hasMessageContaining("language");
    }

    @Test
    void sourceIsRequired() {
        assertThatThrownBy(() -> Report.builder().id("r").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("source");
    }

    @Test
    void duplicateRef_isRejectedWithItsIndex() {
        assertThatThrownBy(() -> report().addRecords(
                                Meeting.builder().ref("a").when(FEB_4).build(),
                                Visit.builder().ref("a").when(FEB_4).build())
                        .build())
                .hasMessageContaining("records[1].ref")
                .hasMessageContaining("a");
    }

    @Test
    void partOfNamingNoRef_isRejected() {
        assertThatThrownBy(() -> report().addRecords(Ministerial.builder()
                                .ref("cmm")
                                .partOf("visit")
                                .when(FEB_4)
                                .build())
                        .build())
                .hasMessageContaining("records[0].partOf")
                .hasMessageContaining("visit");
    }

    @Test
    void partOfMayNameALaterRecord() {
        Report r = report().addRecords(
                        Ministerial.builder().partOf("visit").when(FEB_4).build(),
                        Visit.builder().ref("visit").when(FEB_4).build())
                .build();

        assertThat(r.records()).hasSize(2);
    }
}
