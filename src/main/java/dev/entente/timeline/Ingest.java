package dev.entente.timeline;

/** What {@link TimelineService#ingest} did with a report. */
public enum Ingest {
    /** A report with a new id was added. */
    ADDED,
    /** The same report (same id, same content) was already there: nothing changed. */
    UNCHANGED,
    /** A later version of a report replaced the one held. */
    REPLACED,
    /** An earlier version of a report held in a later version was ignored. */
    SUPERSEDED
}
