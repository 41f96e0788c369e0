package dev.entente.reconcile;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why two records were, or were not, taken to describe the same event: the signals, their total
 * and, when there was one, the veto that kept them apart.
 */
@Value.Immutable
public interface PairDecision {

    /** Returns the first record. */
    RecordRef first();

    /** Returns the second record. */
    RecordRef second();

    /** Returns the signals, in the order they were weighed. */
    List<Signal> signals();

    /** Returns the sum of the signals' weights. */
    double score();

    /** Returns the rule that forbids the merge whatever the score, when one applies. */
    Optional<String> veto();

    /** Returns true when the pair is similar enough to merge (no veto, score at the threshold). */
    boolean merged();

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PairDecision}; see {@link PairDecision#builder()}. */
    final class Builder extends ImmutablePairDecision.Builder {}
}
