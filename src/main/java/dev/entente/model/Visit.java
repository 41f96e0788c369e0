package dev.entente.model;

import dev.entente.time.When;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A visit by a minister or delegation to a country or place, such as S. Jaishankar's visit to the
 * United States of 2026-02-02/04.
 */
@Value.Immutable
@com.fasterxml.jackson.annotation.JsonTypeName("visit")
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableVisit.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableVisit.class)
public non-sealed interface Visit extends Event {

    /** Returns the visitor: a minister, an official or a delegation. */
    Optional<Actor> visitor();

    /** Returns where the visitor goes. */
    Optional<Location> destination();

    /** Returns the purpose, in free text. */
    Optional<String> purpose();

    /** Returns the agreements discussed or signed. */
    List<AgreementTerms> agreements();

    @Override
    default EventKind kind() {
        return EventKind.VISIT;
    }

    @Override
    default List<Actor> actors() {
        return visitor().isPresent() ? List.of(visitor().get()) : List.of();
    }

    /** Validates the shared fields and those of a visit. */
    @Value.Check
    default void check() {
        EventChecks.common(this);
        Checks.notBlank("purpose", purpose());
    }

    /** Returns a copy of this visit with another {@code when}; see {@link Event#withWhen(When)}. */
    @Override
    default Visit withWhen(When when) {
        return ImmutableVisit.copyOf(this).withWhen(when);
    }

    /** Returns a copy of this visit with another status; see {@link Event#withStatus(Status)}. */
    @Override
    default Visit withStatus(Status status) {
        return ImmutableVisit.copyOf(this).withStatus(status);
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Visit}; see {@link Visit#builder()}. */
    final class Builder extends ImmutableVisit.Builder implements Event.Builder<Builder> {}
}
