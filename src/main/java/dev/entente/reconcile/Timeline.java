package dev.entente.reconcile;

import dev.entente.model.EventKind;
import dev.entente.time.Anchor;
import dev.entente.time.When;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One timeline reconciled from many reports: events sorted by date, the warnings met, the merged
 * actors and the explanation of every merge (report-format section 5).
 */
@Value.Immutable
public interface Timeline {

    /** The schema name and version written in every timeline document. */
    String SCHEMA = "entente/timeline@1";

    /** Returns the date the timeline is as of, when it is restricted to reports published by then. */
    Optional<Anchor> asOf();

    /** Returns the events, sorted by earliest date (unknown last), then id. */
    List<TimelineEvent> events();

    /** Returns the warnings, by report then index. */
    List<TimelineWarning> warnings();

    /**
     * Returns what the timeline can tell beyond its events, worked out on demand (not part of the
     * timeline's value: two timelines with equal events and warnings are equal).
     */
    @Value.Auxiliary
    @Value.Default
    default TimelineContext context() {
        return TimelineContext.EMPTY;
    }

    /** Returns every merged actor, identities resolved across every report, sorted by name. */
    default List<TimelineActor> actors() {
        return context().actors();
    }

    /** Returns the event with the given id. */
    default Optional<TimelineEvent> event(String id) {
        return events().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Returns the explanation of the event with the given id, when there is such an event. */
    default Optional<Explanation> explain(String eventId) {
        return context().explain(eventId);
    }

    /** Returns the events of a kind. */
    default List<TimelineEvent> ofKind(EventKind kind) {
        return events().stream().filter(e -> e.kind() == kind).toList();
    }

    /**
     * Returns the events whose date overlaps {@code from..to} (inclusive); events of unknown date
     * are left out.
     */
    default List<TimelineEvent> between(LocalDate from, LocalDate to) {
        When range = When.of(from, to);
        return events().stream().filter(e -> e.when().overlaps(range)).toList();
    }

    /**
     * Returns the events an actor takes part in; the actor is found by any of its names, aliases or
     * handles ({@code EAM}, {@code @DrSJaishankar}), case and diacritics ignored.
     */
    default List<TimelineEvent> involving(String name) {
        String folded = Names.fold(Names.unhandle(name));
        for (TimelineActor a : actors()) {
            if (TimelineActors.names(a.actor()).stream()
                    .anyMatch(n -> Names.fold(Names.unhandle(n)).equals(folded))) {
                return events().stream()
                        .filter(e -> a.events().contains(e.id()))
                        .toList();
            }
        }
        return List.of();
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Timeline}; see {@link Timeline#builder()}. */
    final class Builder extends ImmutableTimeline.Builder {}
}
