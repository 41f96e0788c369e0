package dev.entente.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of {@link Actor}, as written in the {@code kind} field of the interchange format. */
public enum ActorKind {
    /** A {@link Minister}. */
    MINISTER,
    /** An {@link Official}. */
    OFFICIAL,
    /** A {@link Delegation}. */
    DELEGATION,
    /** A {@link Country}. */
    COUNTRY,
    /** An {@link Organization}. */
    ORGANIZATION,
    /** A {@link Person}. */
    PERSON;

    private final String wireName = name().toLowerCase(Locale.ROOT);

    /** Returns the name used in JSON documents, such as {@code minister}. */
    public String wireName() {
        return wireName;
    }

    /** Returns the kind with the given JSON name, or empty. */
    public static Optional<ActorKind> fromWireName(String name) {
        return WireNames.find(values(), name, ActorKind::wireName);
    }
}
