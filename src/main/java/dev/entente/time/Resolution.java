package dev.entente.time;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of resolving a date expression: the {@link When} (possibly unknown), the warnings
 * met on the way, and an error when the text has an ISO shape but is not a valid date.
 */
@Value.Immutable
public interface Resolution {

    /** Returns the resolved interval; unknown when the text could not be read or is invalid. */
    When when();

    /** Returns warnings: an expression that cannot be read, a weekday that does not match its date. */
    List<String> warnings();

    /**
     * Returns the problem when the text has an ISO shape but is not valid ({@code 2026-02-30 is not a
     * valid date}); such a value is rejected, not merely unknown.
     */
    Optional<String> error();

    /** Returns true when there is an {@linkplain #error() error}. */
    default boolean isError() {
        return error().isPresent();
    }

    /** Returns a resolution without warnings. */
    static Resolution of(When when) {
        return builder().when(when).build();
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Resolution}; see {@link Resolution#builder()}. */
    final class Builder extends ImmutableResolution.Builder {}
}
