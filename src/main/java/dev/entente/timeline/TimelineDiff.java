package dev.entente.timeline;

import dev.entente.reconcile.TimelineEvent;
import java.util.List;
import org.immutables.value.Value;

/** The difference between two timelines, such as the timeline as of two dates. */
@Value.Immutable
public interface TimelineDiff {

    /** Returns the events only the later timeline has. */
    List<TimelineEvent> added();

    /** Returns the events only the earlier timeline has. */
    List<TimelineEvent> removed();

    /** Returns the events both have (by id) that changed, as they are in the later timeline. */
    List<TimelineEvent> changed();

    /** Returns true when nothing differs. */
    default boolean isEmpty() {
        return added().isEmpty() && removed().isEmpty() && changed().isEmpty();
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TimelineDiff}; see {@link TimelineDiff#builder()}. */
    final class Builder extends ImmutableTimelineDiff.Builder {}
}
