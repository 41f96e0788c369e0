package dev.entente.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @Property(tries = 2000)
    void foldAscii_sameAsTheUnicodeFold(@ForAll @CharRange(from = 0, to = 127) @StringLength(max = 40) String s) {
        assertThat(Names.foldAscii(s)).isEqualTo(Names.foldUncached(s));
    }

    @Property(tries = 2000)
    void personWordsAscii_sameAsTheGeneralRule(@ForAll("asciiNames") String name) {
        assertThat(Names.personWordsAscii(name)).isEqualTo(Names.personWordsUncached(name));
    }

    @Property(tries = 2000)
    void personWords_ofAsciiHandles_sameAsTheGeneralRule(@ForAll("asciiNames") String name) {
        String handle = "@" + name;
        assertThat(Names.unhandleAscii(handle)).isEqualTo(Names.unhandleRegex(handle));
        assertThat(Names.personWords(handle)).isEqualTo(Names.personWordsUncached(handle));
    }

    @Property(tries = 1000)
    void unhandleAscii_sameAsTheRegex(@ForAll @CharRange(from = 0, to = 127) @StringLength(max = 30) String s) {
        assertThat(Names.unhandleAscii("@" + s)).isEqualTo(Names.unhandleRegex("@" + s));
    }

    @Provide
    Arbitrary<String> asciiNames() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of(
                        "Dr",
                        "EAM",
                        "Shri",
                        "minister",
                        "S.",
                        "Jaishankar",
                        "van",
                        "O'Neil",
                        "II",
                        "2026",
                        "DrSJaishankar",
                        "MKaka",
                        "NYTimes",
                        "Mr_Lee"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(8));
        Arbitrary<String> gap = Arbitraries.of(" ", "  ", ". ", "-", ",", "\t", "");
        return Combinators.combine(word.list().ofMaxSize(5), gap.list().ofSize(5))
                .as((words, gaps) -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        b.append(words.get(i)).append(gaps.get(i));
                    }
                    return b.toString();
                })
                .filter(n -> !n.startsWith("@"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Dr S. Jaishankar|s,jaishankar",
                "EAM|''",
                "  Shri  Rajnath-Singh |rajnath,singh",
                "Ms. O'Neil|o,neil",
                "@DrSJaishankar|s,jaishankar",
                "@EAM_Office|office"
            })
    void personWords_dropsHonorificsAndPunctuation(String name, String words) {
        assertThat(String.join(",", Names.personWords(name))).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "S. Jaishankar|s jaishankar",
                "  Dr  S Jaishankar-- |dr s jaishankar",
                "EAM|eam",
                "São Paulo|sao paulo",
                "Côte d'Ivoire|cote d ivoire",
                "Quad 2026|quad 2026"
            })
    void fold_lowerCaseWithoutMarksOrPunctuation(String name, String folded) {
        assertThat(Names.fold(name)).isEqualTo(folded);
    }
}
