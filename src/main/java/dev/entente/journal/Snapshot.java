package dev.entente.journal;

import java.util.Arrays;

/**
 * A state saved by {@link Journal#writeSnapshot}: the caller's bytes as they were after applying every
 * entry up to {@link #upToSequence()}.
 */
public final class Snapshot {
    private final long upToSequence;
    private final byte[] state;

    Snapshot(long upToSequence, byte[] state) {
        this.upToSequence = upToSequence;
        this.state = state;
    }

    /** The last sequence the state includes; replay entries after it to bring the state up to date. */
    public long upToSequence() {
        return upToSequence;
    }

    /** A copy of the saved state; never null. */
    public byte[] state() {
        return Arrays.copyOf(state, state.length);
    }

    /**
     * The saved state as a read-only buffer over the snapshot's own bytes (no copy: for states of
     * hundreds of megabytes); never null.
     */
    public java.nio.ByteBuffer stateBuffer() {
        return java.nio.ByteBuffer.wrap(state).asReadOnlyBuffer();
    }

    @Override
    public String toString() {
        return "Snapshot[upToSequence=" + upToSequence + ", " + state.length + " bytes]";
    }
}
