package dev.entente.journal;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When an appended entry counts as durable, and so when {@link Journal#append} returns.
 *
 * <ul>
 *   <li>{@link #EVERY_ENTRY}: the entry's bytes are forced to the storage device ({@code fsync})
 *       before {@code append} returns. Concurrent appends share one force (group commit). Survives
 *       process crash and power loss.
 *   <li>{@link #batched(Duration)}: {@code append} returns once the entry is written to the operating
 *       system; a background flusher forces it at most {@code window} later. Survives a process crash
 *       (the operating system still holds the bytes); a power loss or kernel crash loses at most the
 *       entries acknowledged in the last {@code window} before it.
 * </ul>
 */
public final class SyncPolicy {
    /** Force every entry to the device before acknowledging it. */
    public static final SyncPolicy EVERY_ENTRY = new SyncPolicy(null);

    private final Duration window;

    private SyncPolicy(Duration window) {
        this.window = window;
    }

    /**
     * A policy that acknowledges entries once the operating system has them and forces them at most
     * {@code window} later.
     *
     * @param window the longest time between acknowledging an entry and forcing it; positive, not null
     * @return the policy
     * @throws IllegalArgumentException if {@code window} is zero or negative
     */
    public static SyncPolicy batched(Duration window) {
        Objects.requireNonNull(window, "window");
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("batched sync window must be positive, was " + window);
        }
        return new SyncPolicy(window);
    }

    /** The flush window of a batched policy; empty for {@link #EVERY_ENTRY}. */
    public Optional<Duration> window() {
        return Optional.ofNullable(window);
    }

    /** Whether every entry is forced before it is acknowledged. */
    public boolean forcesEveryEntry() {
        return window == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyncPolicy p && Objects.equals(window, p.window);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(window);
    }

    @Override
    public String toString() {
        return window == null ? "EVERY_ENTRY" : "batched(" + window + ")";
    }
}
