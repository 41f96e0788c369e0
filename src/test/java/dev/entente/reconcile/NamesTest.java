package dev.entente.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @Property(tries = 2000)
    void foldAscii_sameAsTheUnicodeFold(@ForAll @CharRange(from = 0, to = 127) @StringLength(max = 40) String s) {
        assertThat(Names.foldAscii(s)).isEqualTo(Names.foldUncached(s));
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
