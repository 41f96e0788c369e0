package dev.entente.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhenTest {

    private static When days(String a, String b) {
        return When.of(LocalDate.parse(a), LocalDate.parse(b));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026-02-04, 2026-02-04, 2026-02-04, day",
        "2026-02-02/2026-02-04, 2026-02-02, 2026-02-04, range",
        "2026-01, 2026-01-01, 2026-01-31, month",
        "2026-W06, 2026-02-02, 2026-02-08, week",
        "2020-W53, 2020-12-28, 2021-01-03, week",
        "2026, 2026-01-01, 2026-12-31, year",
    })
    void parse_isoForms_giveTheirInterval(String iso, String earliest, String latest, String precision) {
        When w = When.parse(iso);

        assertThat(w).isEqualTo(days(earliest, latest));
        assertThat(w.precision().wireName()).isEqualTo(precision);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            textBlock =
                    """
            2026-02-30;2026-02-30 is not a valid date
            2026-13;2026-13 is not a valid month
            2025-W53;2025-W53 is not a valid ISO week
            2026-02-04/2026-02-01;2026-02-04/2026-02-01 ends before it starts
            next week;next week is not an ISO date, month, week, year or interval
            """)
    void parse_invalid_throwsNamingTheProblem(String iso, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> When.parse(iso)).withMessage(message);
    }

    @ParameterizedTest(name = "{0}..{1}")
    @CsvSource({
        "2026-02-04, 2026-02-04, 2026-02-04",
        "2026-02-02, 2026-02-08, 2026-W06",
        "2020-12-28, 2021-01-03, 2020-W53",
        "2025-12-29, 2026-01-04, 2026-W01",
        "2026-01-01, 2026-01-31, 2026-01",
        "2024-01-01, 2024-12-31, 2024",
        "2026-02-02, 2026-02-04, 2026-02-02/2026-02-04",
        "2026-02-03, 2026-02-09, 2026-02-03/2026-02-09",
    })
    void toIsoString_isTheCanonicalForm(String a, String b, String iso) {
        assertThat(days(a, b).toIsoString()).isEqualTo(iso);
    }

    @Test
    void toIsoString_inADefaultLocaleWithOtherDigits_isStillAscii() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            for (java.util.Locale l : List.of(
                    new java.util.Locale("fa", "IR"),
                    new java.util.Locale("ar", "EG"),
                    new java.util.Locale("th", "TH", "TH"))) {
                java.util.Locale.setDefault(l);
                assertThat(When.parse("2026-W05").toIsoString()).as("%s", l).isEqualTo("2026-W05");
                assertThat(When.parse("2026-02").toIsoString()).as("%s", l).isEqualTo("2026-02");
                assertThat(When.parse("2026").toIsoString()).as("%s", l).isEqualTo("2026");
            }
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void toIsoString_unknown_throws() {
        assertThatIllegalStateException().isThrownBy(() -> When.unknown("soon").toIsoString());
    }

    @Test
    void isCompatibleWith_dayInsideNextWeek_butNotAnotherDay() {
        When nextWeek = DateResolver.standard()
                .resolve("next week", Anchor.parse("2026-01-28"), Tense.NONE)
                .when();
        When feb4 = When.of(LocalDate.of(2026, 2, 4));
        When jan27 = When.of(LocalDate.of(2026, 1, 27));

        assertThat(feb4.isCompatibleWith(nextWeek)).isTrue();
        assertThat(nextWeek.isCompatibleWith(feb4)).isTrue();
        assertThat(feb4.isMoreSpecificThan(nextWeek)).isTrue();
        assertThat(nextWeek.isMoreSpecificThan(feb4)).isFalse();
        assertThat(feb4.isCompatibleWith(jan27)).isFalse();
        assertThat(feb4.isCompatibleWith(When.unknown("soon"))).isTrue();
    }

    @Test
    void gapInDays_countsDaysStrictlyBetween() {
        When jan25 = days("2026-01-25", "2026-01-25");
        When jan27 = days("2026-01-27", "2026-01-27");
        When jan26 = days("2026-01-26", "2026-01-26");

        assertThat(jan25.gapInDays(jan27)).isEqualTo(1);
        assertThat(jan27.gapInDays(jan25)).isEqualTo(1);
        assertThat(jan25.gapInDays(jan26)).isZero();
        assertThat(days("2026-01-01", "2026-01-31").gapInDays(jan25)).isZero();
        assertThatIllegalStateException().isThrownBy(() -> jan25.gapInDays(When.unknown()));
    }

    @Test
    void unknown_containsNothingAndOverlapsNothing() {
        When unknown = When.unknown("soon");
        When day = When.of(LocalDate.of(2026, 2, 4));

        assertThat(unknown.contains(day)).isFalse();
        assertThat(day.contains(unknown)).isFalse();
        assertThat(unknown.overlaps(day)).isFalse();
        assertThat(unknown.intersect(day)).isEmpty();
        assertThat(unknown.span(day)).isEqualTo(day);
        assertThat(unknown.span(When.unknown()).isUnknown()).isTrue();
        assertThat(day.isMoreSpecificThan(unknown)).isTrue();
        assertThat(unknown.isMoreSpecificThan(day)).isFalse();
    }

    @Test
    void builder_rejectsHalfKnownOrReversedIntervals() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> When.builder().earliest(LocalDate.of(2026, 2, 4)).build());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> days("2026-02-04", "2026-02-01"))
                .withMessageContaining("before earliest");
    }

    @Provide
    Arbitrary<When> intervals() {
        Arbitrary<LocalDate> start = Arbitraries.longs()
                .between(
                        LocalDate.of(1900, 1, 1).toEpochDay(),
                        LocalDate.of(2200, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Integer> length = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 400)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 7)));
        Arbitrary<When> any = Combinators.combine(start, length).as((a, n) -> When.of(a, a.plusDays(n)));
        Arbitrary<When> shaped = Combinators.combine(
                        start, Arbitraries.integers().between(0, 2))
                .as((a, kind) -> switch (kind) {
                    case 0 -> When.of(a.with(java.time.DayOfWeek.MONDAY), a.with(java.time.DayOfWeek.SUNDAY));
                    case 1 -> When.of(a.withDayOfMonth(1), a.withDayOfMonth(a.lengthOfMonth()));
                    default -> When.of(a.withDayOfYear(1), a.withDayOfYear(a.lengthOfYear()));
                });
        return Arbitraries.oneOf(any, shaped);
    }

    @Property
    void isoForm_readsBackToTheSameInterval(@ForAll("intervals") When w) {
        assertThat(When.parse(w.toIsoString())).isEqualTo(w);
    }

    @Property
    void precision_matchesTheShape(@ForAll("intervals") When w) {
        LocalDate a = w.earliest().get();
        LocalDate b = w.latest().get();
        Precision expected;
        if (a.equals(b)) {
            expected = Precision.DAY;
        } else if (a.getDayOfWeek() == java.time.DayOfWeek.MONDAY
                && java.time.temporal.ChronoUnit.DAYS.between(a, b) == 6) {
            expected = Precision.WEEK;
        } else if (a.getDayOfMonth() == 1
                && b.getMonth() == a.getMonth()
                && b.getYear() == a.getYear()
                && b.getDayOfMonth() == a.lengthOfMonth()) {
            expected = Precision.MONTH;
        } else if (a.getDayOfYear() == 1 && b.getYear() == a.getYear() && b.getDayOfYear() == a.lengthOfYear()) {
            expected = Precision.YEAR;
        } else {
            expected = Precision.RANGE;
        }
        assertThat(w.precision()).isEqualTo(expected);
        String iso = w.toIsoString();
        switch (expected) {
            case DAY -> assertThat(iso).matches("\\d{4}-\\d{2}-\\d{2}");
            case WEEK -> assertThat(iso).matches("\\d{4}-W\\d{2}");
            case MONTH -> assertThat(iso).matches("\\d{4}-\\d{2}");
            case YEAR -> assertThat(iso).matches("\\d{4}");
            default -> assertThat(iso).contains("/");
        }
    }

    @Property
    void intersect_isCommutativeAndInsideBoth(@ForAll("intervals") When x, @ForAll("intervals") When y) {
        assertThat(x.intersect(y)).isEqualTo(y.intersect(x));
        assertThat(x.intersect(y).isPresent()).isEqualTo(x.overlaps(y));
        x.intersect(y).ifPresent(i -> {
            assertThat(x.contains(i)).isTrue();
            assertThat(y.contains(i)).isTrue();
        });
    }

    @Property
    void span_containsBothAndIsCommutative(@ForAll("intervals") When x, @ForAll("intervals") When y) {
        When s = x.span(y);

        assertThat(s).isEqualTo(y.span(x));
        assertThat(s.contains(x)).isTrue();
        assertThat(s.contains(y)).isTrue();
        assertThat(s.lengthInDays()).isLessThanOrEqualTo(x.lengthInDays() + y.lengthInDays() + x.gapInDays(y));
    }

    @Property
    void gap_isSymmetricAndZeroExactlyWhenTheyOverlapOrTouch(@ForAll("intervals") When x, @ForAll("intervals") When y) {
        long gap = x.gapInDays(y);

        assertThat(gap).isEqualTo(y.gapInDays(x));
        assertThat(gap).isGreaterThanOrEqualTo(0);
        assertThat(x.span(y).lengthInDays())
                .isGreaterThanOrEqualTo(x.lengthInDays()
                        + y.lengthInDays()
                        + gap
                        - (x.overlaps(y) ? x.intersect(y).get().lengthInDays() : 0));
        if (!x.overlaps(y)) {
            assertThat(x.span(y).lengthInDays()).isEqualTo(x.lengthInDays() + y.lengthInDays() + gap);
        }
    }

    @Property
    void moreSpecific_impliesContainedAndCompatible(@ForAll("intervals") When x, @ForAll("intervals") When y) {
        if (x.isMoreSpecificThan(y)) {
            assertThat(y.contains(x)).isTrue();
            assertThat(x.isCompatibleWith(y)).isTrue();
            assertThat(y.isMoreSpecificThan(x)).isFalse();
        }
        assertThat(x.isCompatibleWith(y)).isEqualTo(y.isCompatibleWith(x)).isEqualTo(x.overlaps(y));
    }

    @Property(tries = 1000)
    void relations_agreeWithTheirDays(@ForAll("smallIntervals") When x, @ForAll("smallIntervals") When y) {
        java.util.Set<LocalDate> dx = daysOf(x);
        java.util.Set<LocalDate> dy = daysOf(y);
        assertThat(x.lengthInDays()).isEqualTo(dx.size());
        assertThat(x.overlaps(y)).isEqualTo(dx.stream().anyMatch(dy::contains));
        assertThat(x.contains(y)).isEqualTo(!dx.isEmpty() && !dy.isEmpty() && dx.containsAll(dy));
        LocalDate probe = LocalDate.of(2026, 2, 3);
        assertThat(x.contains(probe)).isEqualTo(dx.contains(probe));
    }

    private static java.util.Set<LocalDate> daysOf(When w) {
        java.util.Set<LocalDate> out = new java.util.HashSet<>();
        if (!w.isUnknown()) {
            for (LocalDate d = w.earliest().get(); !d.isAfter(w.latest().get()); d = d.plusDays(1)) {
                out.add(d);
            }
        }
        return out;
    }

    @Provide
    Arbitrary<When> smallIntervals() {
        Arbitrary<When> known = Combinators.combine(
                        Arbitraries.integers().between(0, 8),
                        Arbitraries.integers().between(0, 4))
                .as((start, length) -> When.of(
                        LocalDate.of(2026, 2, 1).plusDays(start),
                        LocalDate.of(2026, 2, 1).plusDays(start + length)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, known), net.jqwik.api.Tuple.of(1, Arbitraries.just(When.unknown())));
    }
}
