package dev.entente.reconcile;

import java.util.List;
import org.immutables.value.Value;

/**
 * One value of a field that disagrees with the value an event took, and the reports behind it.
 *
 * <p>The value is a {@link String}, an {@link Integer}, a {@link dev.entente.time.When}, a {@link
 * dev.entente.model.Location}, an {@link dev.entente.model.Actor} or one of the model's enums.
 */
@Value.Immutable
public interface ConflictValue {

    /** Returns the value. */
    Object value();

    /** Returns the ids of the reports that give this value, sorted. */
    List<String> reports();

    /** Returns a conflict value. */
    static ConflictValue of(Object value, List<String> reports) {
        return ImmutableConflictValue.builder()
                .value(value)
                .addAllReports(reports)
                .build();
    }
}
