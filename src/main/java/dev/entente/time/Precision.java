package dev.entente.time;

import java.util.Locale;

/** How precisely a {@link When} pins down a date; it follows the shape of the interval. */
public enum Precision {
    /** One day. */
    DAY,
    /** Exactly one ISO week, Monday to Sunday. */
    WEEK,
    /** Exactly one calendar month. */
    MONTH,
    /** Exactly one calendar year. */
    YEAR,
    /** Any other span of days. */
    RANGE,
    /** Not known: neither bound is set. */
    UNKNOWN;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** Returns the name used in JSON documents, such as {@code day}. */
    public String wireName() {
        return wireName;
    }
}
