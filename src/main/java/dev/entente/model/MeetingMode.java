package dev.entente.model;

import java.util.Optional;

/** How a meeting was held. */
public enum MeetingMode {
    /** Face to face (the default). */
    IN_PERSON("in-person"),
    /** A phone call. */
    PHONE("phone"),
    /** A video call. */
    VIDEO("video");

    private final String wireName;

    MeetingMode(String wireName) {
        this.wireName = wireName;
    }

    /** Returns the name used in JSON documents, such as {@code in-person}. */
    public String wireName() {
        return wireName;
    }

    /** Returns the mode with the given JSON name, or empty. */
    public static Optional<MeetingMode> fromWireName(String name) {
        return WireNames.find(values(), name, MeetingMode::wireName);
    }
}
