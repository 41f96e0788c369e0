package dev.entente.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The moment a report was published, against which its relative date expressions are resolved: a
 * calendar date or a timestamp with an offset.
 *
 * <p>A timestamp's date is the date as written in its own offset ({@code 2026-01-28T23:30:00-05:00}
 * anchors on 2026-01-28). {@link #toString()} is canonical and {@link #parse(CharSequence)} reads it
 * back.
 */
public final class Anchor implements Comparable<Anchor> {
    private final LocalDate date;
    private final OffsetDateTime timestamp;

    private Anchor(LocalDate date, OffsetDateTime timestamp) {
        this.date = date;
        this.timestamp = timestamp;
    }

    /**
     * Returns an anchor on a calendar date.
     *
     * @throws NullPointerException if {@code date} is null
     */
    public static Anchor of(LocalDate date) {
        return new Anchor(Objects.requireNonNull(date, "date"), null);
    }

    /**
     * Returns an anchor at a timestamp; its date is the local date in the timestamp's own offset.
     *
     * @throws NullPointerException if {@code timestamp} is null
     */
    public static Anchor of(OffsetDateTime timestamp) {
        Objects.requireNonNull(timestamp, "timestamp");
        return new Anchor(timestamp.toLocalDate(), timestamp);
    }

    /**
     * Parses an ISO-8601 date ({@code 2026-01-28}) or a timestamp with an offset ({@code
     * 2026-01-28T10:15:00+05:30}).
     *
     * @throws IllegalArgumentException naming the text if it is neither, including a timestamp
     *     without an offset
     */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Anchor parse(CharSequence text) {
        String s = text.toString().trim();
        try {
            if (s.indexOf('T') < 0 && s.indexOf('t') < 0) {
                return of(LocalDate.parse(s));
            }
            return of(OffsetDateTime.parse(s));
        } catch (DateTimeParseException e) {
            if (s.length() >= 16 && (s.charAt(10) == 'T' || s.charAt(10) == 't') && !hasOffset(s)) {
                throw new IllegalArgumentException(s + " is a timestamp without an offset");
            }
            throw new IllegalArgumentException(s + " is not a valid date or timestamp with offset");
        }
    }

    private static boolean hasOffset(String s) {
        String time = s.substring(11);
        return time.endsWith("Z") || time.endsWith("z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
    }

    /** Returns the anchor's calendar date (for a timestamp, the date in its own offset). */
    public LocalDate date() {
        return date;
    }

    /** Returns the timestamp, when the anchor was given as one. */
    public Optional<OffsetDateTime> timestamp() {
        return Optional.ofNullable(timestamp);
    }

    /** Orders anchors by their local date, then by instant (a date sorts before timestamps of its day). */
    @Override
    public int compareTo(Anchor other) {
        int c = date.compareTo(other.date);
        if (c != 0) {
            return c;
        }
        if (timestamp == null || other.timestamp == null) {
            return Boolean.compare(timestamp != null, other.timestamp != null);
        }
        c = timestamp.toInstant().compareTo(other.timestamp.toInstant());
        return c != 0 ? c : timestamp.toString().compareTo(other.timestamp.toString());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Anchor a && date.equals(a.date) && Objects.equals(timestamp, a.timestamp);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, timestamp);
    }

    /** Returns the ISO-8601 form, as given: a date or a timestamp with its offset. */
    @Override
    @com.fasterxml.jackson.annotation.JsonValue
    public String toString() {
        return timestamp != null ? timestamp.toString() : date.toString();
    }
}
