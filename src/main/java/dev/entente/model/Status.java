package dev.entente.model;

import java.util.Locale;
import java.util.Optional;

/** Where an event stands: planned, happened, moved or called off. */
public enum Status {
    /** Suggested, not yet fixed. */
    PROPOSED,
    /** Planned for a date. */
    SCHEDULED,
    /** Happened. */
    OCCURRED,
    /** Moved to a later, possibly unknown, date. */
    POSTPONED,
    /** Called off. */
    CANCELLED;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** Returns the name used in JSON documents, such as {@code scheduled}. */
    public String wireName() {
        return wireName;
    }

    /** Returns the status with the given JSON name, or empty. */
    public static Optional<Status> fromWireName(String name) {
        return WireNames.find(values(), name, Status::wireName);
    }

    /** Returns true for {@link #SCHEDULED} and {@link #PROPOSED}: statuses that speak of the future. */
    public boolean isFuture() {
        return this == SCHEDULED || this == PROPOSED;
    }
}
