package dev.entente.journal;

import java.util.Objects;

/**
 * How a {@link Journal} writes: the sync policy and the size at which a segment file is rolled.
 *
 * @param sync when an entry counts as durable; not null
 * @param segmentBytes the size in bytes at or above which the next entry starts a new segment file;
 *     positive (an entry larger than this gets a segment of its own)
 */
public record JournalOptions(SyncPolicy sync, long segmentBytes) {
    /** The default segment size, 64 MiB. */
    public static final long DEFAULT_SEGMENT_BYTES = 64L << 20;

    /**
     * Checks the options.
     *
     * @throws NullPointerException if {@code sync} is null
     * @throws IllegalArgumentException if {@code segmentBytes} is not positive
     */
    public JournalOptions {
        Objects.requireNonNull(sync, "sync");
        if (segmentBytes <= 0) {
            throw new IllegalArgumentException("segmentBytes must be positive, was " + segmentBytes);
        }
    }

    /** The defaults: {@link SyncPolicy#EVERY_ENTRY} and 64 MiB segments. */
    public static JournalOptions defaults() {
        return new JournalOptions(SyncPolicy.EVERY_ENTRY, DEFAULT_SEGMENT_BYTES);
    }

    /** These options with another sync policy (not null). */
    public JournalOptions withSync(SyncPolicy policy) {
        return new JournalOptions(policy, segmentBytes);
    }

    /** These options with another segment size (positive). */
    public JournalOptions withSegmentBytes(long bytes) {
        return new JournalOptions(sync, bytes);
    }
}
