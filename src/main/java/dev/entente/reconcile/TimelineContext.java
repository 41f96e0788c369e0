package dev.entente.reconcile;

import java.util.List;
import java.util.Optional;

/**
 * What a timeline can tell beyond its events, worked out on demand from the reports it was
 * reconciled from: the explanation of an event, and the actors merged across every report.
 * Implementations are thread-safe.
 */
public interface TimelineContext {

    /** A context that knows nothing: no explanations, no actors. */
    TimelineContext EMPTY = new TimelineContext() {
        @Override
        public Optional<Explanation> explain(String eventId) {
            return Optional.empty();
        }

        @Override
        public List<TimelineActor> actors() {
            return List.of();
        }
    };

    /** Returns why the event's records were merged and the closest records kept apart, if it exists. */
    Optional<Explanation> explain(String eventId);

    /** Returns every merged actor with its aliases and events, sorted by name. */
    List<TimelineActor> actors();
}
