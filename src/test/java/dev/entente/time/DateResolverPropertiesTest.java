package dev.entente.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DateResolverPropertiesTest {
    private static final DateResolver RESOLVER = DateResolver.standard();

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(1950, 1, 1).toEpochDay(),
                        LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<Tense> tenses() {
        return Arbitraries.of(Tense.class);
    }

    private static When resolve(String text, LocalDate anchor, Tense tense) {
        return RESOLVER.resolve(text, Anchor.of(anchor), tense).when();
    }

    @Property
    void thisWeek_alwaysContainsTheAnchor(@ForAll("days") LocalDate anchor) {
        When w = resolve("this week", anchor, Tense.NONE);

        assertThat(w.contains(anchor)).isTrue();
        assertThat(w.precision()).isEqualTo(Precision.WEEK);
    }

    @Property
    void thisMonth_alwaysContainsTheAnchor(@ForAll("days") LocalDate anchor) {
        assertThat(resolve("this month", anchor, Tense.NONE).contains(anchor)).isTrue();
    }

    @Property
    void earlierOrLaterThisMonth_neverContainsTheAnchor(@ForAll("days") LocalDate anchor) {
        When earlier = resolve("earlier this month", anchor, Tense.NONE);
        When later = resolve("later this month", anchor, Tense.NONE);

        assertThat(earlier.contains(anchor)).isFalse();
        assertThat(later.contains(anchor)).isFalse();
        assertThat(earlier.isUnknown()).isEqualTo(anchor.getDayOfMonth() == 1);
        assertThat(later.isUnknown()).isEqualTo(anchor.equals(anchor.withDayOfMonth(anchor.lengthOfMonth())));
    }

    @Property
    void earlierAndLaterThisWeek_withTheAnchorMakeTheWeek(@ForAll("days") LocalDate anchor) {
        When week = resolve("this week", anchor, Tense.NONE);
        When earlier = resolve("earlier this week", anchor, Tense.NONE);
        When later = resolve("later this week", anchor, Tense.NONE);

        assertThat(earlier.lengthInDays() + 1 + later.lengthInDays()).isEqualTo(7);
        assertThat(week.span(earlier).span(later)).isEqualTo(week.interval());
    }

    @Property
    void nextAndLastWeek_areTheNeighbouringWeeks(@ForAll("days") LocalDate anchor) {
        When week = resolve("this week", anchor, Tense.NONE);

        assertThat(resolve("next week", anchor, Tense.NONE).earliest())
                .contains(week.latest().get().plusDays(1));
        assertThat(resolve("last week", anchor, Tense.NONE).latest())
                .contains(week.earliest().get().minusDays(1));
    }

    @Property
    void bareWeekday_followsTheTense(
            @ForAll("days") LocalDate anchor, @ForAll java.time.DayOfWeek day, @ForAll("tenses") Tense tense) {
        String name = day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);

        LocalDate d = resolve("on " + name, anchor, tense).earliest().get();

        assertThat(d.getDayOfWeek()).isEqualTo(day);
        long offset = d.toEpochDay() - anchor.toEpochDay();
        switch (tense) {
            case FUTURE -> assertThat(offset).isBetween(0L, 6L);
            case PAST -> assertThat(offset).isBetween(-6L, 0L);
            default -> assertThat(offset).isBetween(-3L, 3L);
        }
        LocalDate next = resolve("next " + name, anchor, tense).earliest().get();
        LocalDate last = resolve("last " + name, anchor, tense).earliest().get();
        assertThat(next.toEpochDay() - anchor.toEpochDay()).isBetween(1L, 7L);
        assertThat(anchor.toEpochDay() - last.toEpochDay()).isBetween(1L, 7L);
    }

    @Property
    void dateWithoutYear_followsTheTense(@ForAll("days") LocalDate anchor, @ForAll("days") LocalDate date) {
        String text = date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                + date.getDayOfMonth();

        LocalDate future = resolve(text, anchor, Tense.FUTURE).earliest().get();
        LocalDate past = resolve(text, anchor, Tense.PAST).earliest().get();
        LocalDate nearest = resolve(text, anchor, Tense.NONE).earliest().get();

        assertThat(future).isAfterOrEqualTo(anchor);
        assertThat(past).isBeforeOrEqualTo(anchor);
        assertThat(nearest).isIn(future, past);
        assertThat(java.util.List.of(future, past, nearest))
                .allSatisfy(d -> assertThat(d.getMonth()).isEqualTo(date.getMonth()))
                .allSatisfy(d -> assertThat(d.getDayOfMonth()).isEqualTo(date.getDayOfMonth()));
        assertThat(Math.abs(nearest.toEpochDay() - anchor.toEpochDay()))
                .isLessThanOrEqualTo(Math.abs(future.toEpochDay() - anchor.toEpochDay()))
                .isLessThanOrEqualTo(Math.abs(past.toEpochDay() - anchor.toEpochDay()));
    }
}
