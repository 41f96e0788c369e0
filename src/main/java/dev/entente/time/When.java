package dev.entente.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When an event happened or is to happen: an inclusive interval of days with its {@link
 * Precision}, the expression it was read from and the anchor it was resolved against.
 *
 * <p>Both bounds are set, or neither (precision {@link Precision#UNKNOWN}). The precision is
 * derived from the shape of the interval, so it can never disagree with it.
 */
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableWhen.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableWhen.class)
public interface When {

    /** Returns the first day of the interval; empty when the date is unknown. */
    Optional<LocalDate> earliest();

    /** Returns the last day of the interval, inclusive; empty when the date is unknown. */
    Optional<LocalDate> latest();

    /** Returns the expression this interval was read from, as written, when there is one. */
    Optional<String> text();

    /** Returns the anchor a relative expression was resolved against, when there was one. */
    Optional<Anchor> anchor();

    /** Returns the precision, derived from the interval's shape. */
    @Value.Derived
    @com.fasterxml.jackson.annotation.JsonIgnore
    default Precision precision() {
        if (earliest().isEmpty() || latest().isEmpty()) {
            return Precision.UNKNOWN;
        }
        LocalDate a = earliest().get();
        LocalDate b = latest().get();
        if (a.equals(b)) {
            return Precision.DAY;
        }
        if (a.getDayOfWeek() == DayOfWeek.MONDAY && b.equals(a.plusDays(6))) {
            return Precision.WEEK;
        }
        if (a.getDayOfMonth() == 1 && b.equals(a.plusMonths(1).minusDays(1))) {
            return Precision.MONTH;
        }
        if (a.getDayOfYear() == 1 && b.equals(a.plusYears(1).minusDays(1))) {
            return Precision.YEAR;
        }
        return Precision.RANGE;
    }

    /** Returns true when the date is unknown. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    default boolean isUnknown() {
        return precision() == Precision.UNKNOWN;
    }

    /** Returns the number of days in the interval (inclusive); 0 when unknown. */
    default long lengthInDays() {
        LocalDate a = earliest().orElse(null);
        LocalDate b = latest().orElse(null);
        return a == null || b == null ? 0 : b.toEpochDay() - a.toEpochDay() + 1;
    }

    /** Returns a copy with the given expression text. */
    default When withText(String text) {
        return ImmutableWhen.copyOf(this).withText(text);
    }

    /** Returns a copy with the given anchor. */
    default When withAnchor(Anchor anchor) {
        return ImmutableWhen.copyOf(this).withAnchor(anchor);
    }

    /** Returns a copy without expression text and anchor: the bare interval. */
    default When interval() {
        return builder().earliest(earliest()).latest(latest()).build();
    }

    /**
     * Returns true when this interval contains every day of {@code other}; an unknown interval
     * contains nothing and is contained in nothing.
     */
    default boolean contains(When other) {
        LocalDate a = earliest().orElse(null);
        LocalDate b = latest().orElse(null);
        LocalDate c = other.earliest().orElse(null);
        LocalDate d = other.latest().orElse(null);
        return a != null && b != null && c != null && d != null && !a.isAfter(c) && !b.isBefore(d);
    }

    /** Returns true when this interval contains the given day. */
    default boolean contains(LocalDate day) {
        LocalDate a = earliest().orElse(null);
        LocalDate b = latest().orElse(null);
        return a != null && b != null && !day.isBefore(a) && !day.isAfter(b);
    }

    /** Returns true when the two intervals share at least one day; false if either is unknown. */
    default boolean overlaps(When other) {
        LocalDate a = earliest().orElse(null);
        LocalDate b = latest().orElse(null);
        LocalDate c = other.earliest().orElse(null);
        LocalDate d = other.latest().orElse(null);
        return a != null && b != null && c != null && d != null && !a.isAfter(d) && !c.isAfter(b);
    }

    /** Returns the days both intervals share, empty if they share none or either is unknown. */
    default Optional<When> intersect(When other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        LocalDate a = max(earliest().get(), other.earliest().get());
        LocalDate b = min(latest().get(), other.latest().get());
        return Optional.of(of(a, b));
    }

    /**
     * Returns the smallest interval covering both; an unknown interval leaves the other as it is.
     */
    default When span(When other) {
        if (isUnknown()) {
            return other.interval();
        }
        if (other.isUnknown()) {
            return interval();
        }
        return of(
                min(earliest().get(), other.earliest().get()),
                max(latest().get(), other.latest().get()));
    }

    /**
     * Returns the number of days strictly between the two intervals: 0 when they overlap or touch,
     * 1 for {@code Jan 25} and {@code Jan 27}.
     *
     * @throws IllegalStateException if either interval is unknown
     */
    default long gapInDays(When other) {
        if (isUnknown() || other.isUnknown()) {
            throw new IllegalStateException("gap: an unknown interval has no distance");
        }
        if (overlaps(other)) {
            return 0;
        }
        LocalDate endFirst = latest().get().isBefore(other.earliest().get())
                ? latest().get()
                : other.latest().get();
        LocalDate startSecond = latest().get().isBefore(other.earliest().get())
                ? other.earliest().get()
                : earliest().get();
        return ChronoUnit.DAYS.between(endFirst, startSecond) - 1;
    }

    /**
     * Returns true when this interval is strictly narrower than {@code other} and lies inside it
     * ({@code Feb 4} is more specific than {@code next week}); a known interval is more specific
     * than an unknown one.
     */
    default boolean isMoreSpecificThan(When other) {
        if (isUnknown()) {
            return false;
        }
        if (other.isUnknown()) {
            return true;
        }
        return other.contains(this) && lengthInDays() < other.lengthInDays();
    }

    /**
     * Returns true when the two can describe the same happening: they share a day, or either is
     * unknown. {@code Feb 4} is compatible with {@code next week} (Feb 2-8), not with {@code Jan 27}.
     */
    default boolean isCompatibleWith(When other) {
        return isUnknown() || other.isUnknown() || overlaps(other);
    }

    /**
     * Returns the canonical ISO form of the interval: a day {@code 2026-02-04}, an ISO week {@code
     * 2026-W06}, a month {@code 2026-01}, a year {@code 2026}, any other span {@code
     * 2026-02-02/2026-02-04}. {@link #parse(String)} reads it back to the same interval (for years
     * 0000 to 9999).
     *
     * @throws IllegalStateException if the date is unknown
     */
    default String toIsoString() {
        return IsoWhen.write(this);
    }

    /** Validates the interval. */
    @Value.Check
    default void check() {
        if (earliest().isPresent() != latest().isPresent()) {
            throw new IllegalArgumentException("when: earliest and latest must both be set or both be absent, got "
                    + earliest().map(Object::toString).orElse("null") + " and "
                    + latest().map(Object::toString).orElse("null"));
        }
        if (earliest().isPresent() && latest().get().isBefore(earliest().get())) {
            throw new IllegalArgumentException("when: latest " + latest().get() + " is before earliest "
                    + earliest().get());
        }
    }

    /**
     * Returns the one-day interval of {@code day}.
     *
     * @throws NullPointerException if {@code day} is null
     */
    static When of(LocalDate day) {
        return of(day, day);
    }

    /**
     * Returns the inclusive interval from {@code earliest} to {@code latest}.
     *
     * @throws IllegalArgumentException if {@code latest} is before {@code earliest}
     */
    static When of(LocalDate earliest, LocalDate latest) {
        return builder().earliest(earliest).latest(latest).build();
    }

    /**
     * Reads an ISO form: a date ({@code 2026-02-04}), an interval of two ISO forms ({@code
     * 2026-02-02/2026-02-04}, inclusive), a month ({@code 2026-01}), an ISO week ({@code 2026-W06},
     * Monday to Sunday) or a year ({@code 2026}). The result has no text and no anchor.
     *
     * @throws IllegalArgumentException naming the problem: {@code 2026-02-30 is not a valid date},
     *     {@code 2026-13 is not a valid month}, {@code 2025-W53 is not a valid ISO week}, {@code
     *     2026-02-04/2026-02-01 ends before it starts}, or {@code ... is not an ISO date, month, week,
     *     year or interval}
     * @throws NullPointerException if {@code iso} is null
     */
    static When parse(String iso) {
        When when = IsoWhen.read(iso);
        if (when == null) {
            throw new IllegalArgumentException(iso.trim() + " is not an ISO date, month, week, year or interval");
        }
        return when;
    }

    /** Returns an unknown date read from {@code text} (which may not be resolvable). */
    static When unknown(String text) {
        return builder().text(text).build();
    }

    /** Returns an unknown date without text. */
    static When unknown() {
        return builder().build();
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link When}; see {@link When#builder()}. */
    final class Builder extends ImmutableWhen.Builder {}

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
