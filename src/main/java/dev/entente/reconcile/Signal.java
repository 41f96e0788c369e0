package dev.entente.reconcile;

import org.immutables.value.Value;

/** One piece of evidence for or against two records describing the same event, with its weight. */
@Value.Immutable
public interface Signal {

    /** Returns the signal's name, such as {@code participants} or {@code when}. */
    @Value.Parameter
    String name();

    /** Returns the weight it adds to the score (negative against a merge). */
    @Value.Parameter
    double weight();

    /** Returns what was compared, in words. */
    @Value.Parameter
    String detail();

    /** Returns a signal. */
    static Signal of(String name, double weight, String detail) {
        return ImmutableSignal.of(name, weight, detail);
    }
}
