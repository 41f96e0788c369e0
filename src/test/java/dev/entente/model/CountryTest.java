package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryTest {

    private static final Set<String> ISO = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    @Property
    void anyIsoCode_buildsACountryWithAnEnglishName(@ForAll("isoCodes") String code) {
        Country c = Country.of(code);

        assertThat(c.code()).isEqualTo(code);
        assertThat(c.actorKind()).isEqualTo(ActorKind.COUNTRY);
        assertThat(c.displayName()).isNotBlank();
        assertThat(Country.isValidCode(code)).isTrue();
        assertThat(Country.codeProblem(code)).isEmpty();
        assertThat(c).isEqualTo(Country.of(code)).hasSameHashCodeAs(Country.of(code));
    }

    @Property
    void anyOtherTwoLetterCode_isRejectedNamingTheCode(@ForAll("nonIsoCodes") String code) {
        assertThat(Country.isValidCode(code)).isFalse();
        assertThatThrownBy(() -> Country.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("code")
                .hasMessageContaining(code);
    }

    @Property
    void aLowerCaseIsoCode_isRejected_suggestingTheUpperCase(@ForAll("isoCodes") String code) {
        String lower = code.toLowerCase(Locale.ROOT);

        assertThatThrownBy(() -> Country.of(lower)).hasMessageContaining("did you mean " + code + "?");
    }

    @Provide
    Arbitrary<String> isoCodes() {
        return Arbitraries.of(ISO);
    }

    @Provide
    Arbitrary<String> nonIsoCodes() {
        return Arbitraries.strings()
                .withCharRange('A', 'Z')
                .ofLength(2)
                .filter(c -> !ISO.contains(c) && !c.equals("EU") && !c.equals("XK"));
    }

    @ParameterizedTest
    @CsvSource({"IN, India", "US, United States", "EU, European Union", "XK, Kosovo", "GB, United Kingdom"})
    void displayName_isTheEnglishName(String code, String name) {
        assertThat(Country.of(code).displayName()).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource({"UK, GB", "EL, GR", "KO, XK", "us, US"})
    void commonMistakes_getASuggestion(String written, String meant) {
        assertThat(Country.codeProblem(written))
                .hasValue(written + " is not an ISO 3166-1 alpha-2 country code (did you mean " + meant + "?)");
        assertThatThrownBy(() -> Country.of(written)).hasMessageContaining("did you mean " + meant + "?");
    }
}
