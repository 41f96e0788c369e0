package dev.entente.reconcile;

import dev.entente.model.Actor;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.Status;
import dev.entente.time.When;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One real event of a timeline, merged from every record that reports it, with its provenance,
 * conflicts and corroboration (report-format section 5).
 */
@Value.Immutable
public interface TimelineEvent {

    /**
     * Returns the event's id, derived from its earliest-published record, stable as later reports
     * arrive.
     */
    String id();

    /**
     * Returns the merged record: the event's kind, date, status, title, location, topics and the
     * fields of its kind, with actors merged across reports. Its {@code ref} and {@code partOf} are
     * empty: see {@link #partOf()}.
     */
    Event event();

    /** Returns the other titles the reports used. */
    List<String> aliases();

    /** Returns every actor taking part, whatever the role, identities merged, sorted by name. */
    List<Actor> participants();

    /** Returns the id of the event this one is part of, such as the visit around a ministerial. */
    Optional<String> partOf();

    /** Returns every input record merged into this event, by report id then index. */
    List<RecordRef> records();

    /** Returns how well the event is corroborated. */
    Sources sources();

    /** Returns the fields on which the reports disagree, by field name. */
    List<Conflict> conflicts();

    /** Returns, by field name, the reports that support the value the event took. */
    Map<String, List<String>> provenance();

    /** Returns the statuses the reports gave, in order of the reports' dates. */
    List<StatusChange> statusHistory();

    /** Returns the kind of event. */
    default EventKind kind() {
        return event().kind();
    }

    /** Returns the merged date. */
    default When when() {
        return event().when();
    }

    /** Returns the merged status; empty when no report gives one. */
    default Optional<Status> status() {
        return event().status();
    }

    /** Returns the merged title. */
    default Optional<String> title() {
        return event().title();
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TimelineEvent}; see {@link TimelineEvent#builder()}. */
    final class Builder extends ImmutableTimelineEvent.Builder {}
}
