package dev.entente.reconcile;

import java.util.List;
import org.immutables.value.Value;

/**
 * Why an event's records were merged, and why the closest records that were not merged stayed
 * apart.
 */
@Value.Immutable
public interface Explanation {

    /** Returns the event's id. */
    String event();

    /** Returns the decisions that joined the event's records, one per merge step. */
    List<PairDecision> merges();

    /** Returns the best-scoring pairs between this event and others that were not merged. */
    List<PairDecision> nearMisses();

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Explanation}; see {@link Explanation#builder()}. */
    final class Builder extends ImmutableExplanation.Builder {}
}
