package dev.entente.journal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem found in a journal directory by {@link Journal#verify}.
 *
 * @param segment the segment file; not null
 * @param offset the byte offset in it where the problem starts
 * @param description what is wrong; not null
 * @param fatal whether {@link Journal#open} refuses the journal because of it ({@code false} for a
 *     torn last entry, which open cuts off, and for notes such as a sequence gap left by a repair)
 */
public record JournalProblem(Path segment, long offset, String description, boolean fatal) {
    /** Checks the parts are present. */
    public JournalProblem {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(description, "description");
    }

    /** The problem in the form {@code <segment>:<offset>: <description>}. */
    @Override
    public String toString() {
        return segment + ":" + offset + ": " + description;
    }
}
