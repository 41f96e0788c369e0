package dev.entente.model;

import org.immutables.value.Value;

/**
 * A span of a report's text, {@code [start, end)} in Unicode code points, that supports a field
 * of a record (written {@code [start, end]} in JSON).
 */
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableSpan.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableSpan.class)
public interface Span {

    /** Returns the first code point's offset. */
    @Value.Parameter
    int start();

    /** Returns the offset just after the last code point. */
    @Value.Parameter
    int end();

    /** Validates the bounds. */
    @Value.Check
    default void check() {
        if (start() < 0) {
            throw new IllegalArgumentException("evidence: start " + start() + " is negative");
        }
        if (end() < start()) {
            throw new IllegalArgumentException("evidence: end " + end() + " is before start " + start());
        }
    }

    /**
     * Returns the span {@code [start, end)}.
     *
     * @throws IllegalArgumentException if {@code start} is negative or {@code end < start}
     */
    static Span of(int start, int end) {
        return ImmutableSpan.of(start, end);
    }
}
