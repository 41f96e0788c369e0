package dev.entente.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A government minister, such as India's External Affairs Minister S. Jaishankar.
 *
 * <p>Its name, aliases, ids and country are those of every {@link Individual}.
 */
@Value.Immutable(lazyhash = true)
@com.fasterxml.jackson.annotation.JsonTypeName("minister")
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableMinister.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableMinister.class)
public non-sealed interface Minister extends Individual {

    /** Returns the portfolio, such as {@code External Affairs}. */
    Optional<String> portfolio();

    @Override
    default ActorKind actorKind() {
        return ActorKind.MINISTER;
    }

    /** Validates names, aliases, ids and the country code. */
    @Value.Check
    default void check() {
        Checks.individual(this);
        Checks.notBlank("portfolio", portfolio());
    }

    /**
     * Returns a minister with a name and a country code.
     *
     * @throws IllegalArgumentException if {@code name} is blank or {@code country} is not a code
     */
    static Minister of(String name, String country) {
        return builder().name(name).country(country).build();
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Minister}; see {@link Minister#builder()}. */
    final class Builder extends ImmutableMinister.Builder {}
}
