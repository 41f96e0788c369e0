package dev.entente.reconcile;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** A warning attached to a timeline: about a report, or about one of its records. */
@Value.Immutable
public interface TimelineWarning {

    /** Returns the report's id. */
    String report();

    /** Returns the record's index, when the warning is about a record. */
    OptionalInt index();

    /** Returns the JSON path inside the report, when known, such as {@code records[2].when}. */
    Optional<String> path();

    /** Returns the message. */
    String message();

    /** Returns a warning about a whole report. */
    static TimelineWarning of(String report, String message) {
        return builder().report(report).message(message).build();
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TimelineWarning}; see {@link TimelineWarning#builder()}. */
    final class Builder extends ImmutableTimelineWarning.Builder {}
}
