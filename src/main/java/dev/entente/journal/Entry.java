package dev.entente.journal;

import java.util.Objects;

/**
 * One journal entry as replayed.
 *
 * @param sequence its sequence number, positive and increasing through the journal
 * @param key the caller's key (for example a report id); not null
 * @param payload the caller's payload, exactly as appended; not null
 */
public record Entry(long sequence, String key, String payload) {
    /** Checks the entry's parts are present. */
    public Entry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
    }
}
