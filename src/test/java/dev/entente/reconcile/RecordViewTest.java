package dev.entente.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordViewTest {
    /** The ISO shapes as the regular expression {@code RecordView.isIso} replaced. */
    private static final java.util.regex.Pattern ISO =
            java.util.regex.Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?(/\\d{4}-\\d{2}-\\d{2})?");

    @Property(tries = 5000)
    void isIso_sameAsTheIsoPattern(@ForAll("isoLike") String text) {
        assertThat(RecordView.isIso(text)).isEqualTo(ISO.matcher(text.trim()).matches());
    }

    @Provide
    Arbitrary<String> isoLike() {
        Arbitrary<String> pieces = Arbitraries.of(
                "2026",
                "-02",
                "-04",
                "-W05",
                "/2026-02-04",
                "/",
                "-",
                "W",
                "1",
                "12",
                " ",
                "\t",
                "x",
                "-2",
                "2026-02-0");
        return pieces.list().ofMaxSize(6).map(l -> String.join("", l));
    }

    @ParameterizedTest
    @CsvSource({
        "2026, true",
        "2026-02, true",
        "2026-02-04, true",
        "2026-W05, true",
        "2026-02-02/2026-02-04, true",
        "' 2026-02-04 ', true",
        "2026-02-, false",
        "next week, false",
        "February 4, false",
        "2026-W5, false"
    })
    void isIso_readsTheIsoShapesOfAWhen(String text, boolean iso) {
        assertThat(RecordView.isIso(text)).isEqualTo(iso);
    }
}
