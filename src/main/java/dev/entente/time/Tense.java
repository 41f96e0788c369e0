package dev.entente.time;

/**
 * How a date expression is read when it omits the year or names a weekday: as for a scheduled
 * record ({@link #FUTURE}), an occurred one ({@link #PAST}), or neither ({@link #NONE}: the nearest
 * date to the anchor).
 */
public enum Tense {
    /** The record speaks of the past (status {@code occurred}). */
    PAST,
    /** The record speaks of the future (status {@code scheduled} or {@code proposed}). */
    FUTURE,
    /** No tense: any other status, or none. */
    NONE
}
