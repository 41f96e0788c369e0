package dev.entente.reconcile;

import org.immutables.value.Value;

/**
 * How well an event is corroborated: how many reports and outlets tell of it, and how many
 * independent origins they trace back to once wire copies, near-copies and spun rewrites are
 * collapsed.
 */
@Value.Immutable
public interface Sources {

    /** Returns the number of reports. */
    @Value.Parameter
    int reports();

    /** Returns the number of distinct outlets. */
    @Value.Parameter
    int outlets();

    /** Returns the number of independent origins. */
    @Value.Parameter
    int independent();

    /** Returns the counts. */
    static Sources of(int reports, int outlets, int independent) {
        return ImmutableSources.of(reports, outlets, independent);
    }
}
