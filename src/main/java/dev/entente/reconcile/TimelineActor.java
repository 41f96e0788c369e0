package dev.entente.reconcile;

import dev.entente.model.Actor;
import java.util.List;
import org.immutables.value.Value;

/** One real actor across every report, with every name the reports used and its events. */
@Value.Immutable
public interface TimelineActor {

    /** Returns a stable id, such as {@code person:s jaishankar}. */
    String id();

    /** Returns the merged actor; its aliases hold every other name the reports used. */
    Actor actor();

    /** Returns the ids of the events the actor takes part in, in timeline order. */
    List<String> events();

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TimelineActor}; see {@link TimelineActor#builder()}. */
    final class Builder extends ImmutableTimelineActor.Builder {}
}
