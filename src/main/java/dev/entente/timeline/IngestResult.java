package dev.entente.timeline;

import dev.entente.json.ReadResult;
import java.util.Optional;

/**
 * What {@link TimelineService#ingest(String, byte[])} did with a report document: how it was read
 * (problems and warnings) and, when it was accepted, what ingesting it did.
 */
public final class IngestResult {
    private final ReadResult read;
    private final Ingest ingest;

    IngestResult(ReadResult read, Ingest ingest) {
        this.read = read;
        this.ingest = ingest;
    }

    /** Returns how the document was read: the report when accepted, and every problem; never null. */
    public ReadResult read() {
        return read;
    }

    /** Returns true when the document was accepted and ingested. */
    public boolean isAccepted() {
        return ingest != null;
    }

    /** Returns what ingesting the report did; empty when the document was rejected (nothing was written). */
    public Optional<Ingest> ingest() {
        return Optional.ofNullable(ingest);
    }

    @Override
    public String toString() {
        return ingest == null ? read.toString() : ingest + " " + read;
    }
}
