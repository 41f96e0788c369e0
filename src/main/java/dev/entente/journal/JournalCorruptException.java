package dev.entente.journal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Thrown when a journal holds a damaged entry that is followed by intact ones, so that cutting it off
 * would lose acknowledged entries. {@code bin/entente journal repair DIR} keeps every intact entry.
 */
public final class JournalCorruptException extends IOException {
    private final Path segment;
    private final long offset;

    JournalCorruptException(Path segment, long offset, String problem) {
        this(
                segment,
                offset,
                problem,
                "intact entries follow, so the journal cannot be opened as it is: run `bin/entente journal repair "
                        + segment.getParent() + "` (it keeps every intact entry and backs up what it changes)");
    }

    JournalCorruptException(Path segment, long offset, String problem, String advice) {
        super(segment + ":" + offset + ": " + problem + "; " + advice);
        this.segment = segment;
        this.offset = offset;
    }

    /** The segment file holding the damaged entry; never null. */
    public Path segment() {
        return segment;
    }

    /** The byte offset of the damaged entry in {@link #segment()}. */
    public long offset() {
        return offset;
    }
}
