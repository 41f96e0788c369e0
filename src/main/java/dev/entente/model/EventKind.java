package dev.entente.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of {@link Event}, as written in a record's {@code kind} field. */
public enum EventKind {
    /** A {@link Meeting}. */
    MEETING,
    /** A {@link Ministerial}. */
    MINISTERIAL,
    /** A {@link Visit}. */
    VISIT,
    /** An {@link Agreement}. */
    AGREEMENT;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** Returns the name used in JSON documents, such as {@code meeting}. */
    public String wireName() {
        return wireName;
    }

    /** Returns the kind with the given JSON name, or empty. */
    public static Optional<EventKind> fromWireName(String name) {
        return WireNames.find(values(), name, EventKind::wireName);
    }
}
