package dev.entente.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Fuzz target: {@link DateResolver#resolve} never throws on any text, anchor and tense; it returns a
 * resolution or an error. Seeds in {@code DateResolverFuzzTestInputs}; {@code mvn -Pfuzz} fuzzes it.
 */
class DateResolverFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void resolve_anyTextAndAnchor_neverThrows(FuzzedDataProvider data) {
        Tense tense = data.pickValue(Tense.values());
        boolean anchored = data.consumeBoolean();
        Anchor anchor = null;
        if (anchored) {
            LocalDate day = LocalDate.ofEpochDay(data.consumeLong(-800_000, 2_900_000));
            anchor = data.consumeBoolean()
                    ? Anchor.of(day)
                    : Anchor.of(day.atTime(data.consumeInt(0, 23), data.consumeInt(0, 59))
                            .atOffset(ZoneOffset.ofTotalSeconds(data.consumeInt(-18, 18) * 3600)));
        }
        String text = data.consumeRemainingAsString();
        Resolution r = DateResolver.standard().resolve(text, anchor, tense);
        assertThat(r).isNotNull();
        assertThat(r.isError() || r.when() != null).isTrue();
    }
}
