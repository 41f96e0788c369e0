package dev.entente.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An official who is not a minister: an ambassador, a secretary of a ministry, a legislator.
 *
 * <p>Its name, aliases, ids and country are those of every {@link Individual}.
 */
@Value.Immutable(lazyhash = true)
@com.fasterxml.jackson.annotation.JsonTypeName("official")
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableOfficial.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableOfficial.class)
public non-sealed interface Official extends Individual {

    /** Returns the role, such as {@code Ambassador to India}. */
    Optional<String> role();

    @Override
    default ActorKind actorKind() {
        return ActorKind.OFFICIAL;
    }

    /** Validates names, aliases, ids and the country code. */
    @Value.Check
    default void check() {
        Checks.individual(this);
        Checks.notBlank("role", role());
    }

    /**
     * Returns an official with a name and a country code.
     *
     * @throws IllegalArgumentException if {@code name} is blank or {@code country} is not a code
     */
    static Official of(String name, String country) {
        return builder().name(name).country(country).build();
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Official}; see {@link Official#builder()}. */
    final class Builder extends ImmutableOfficial.Builder {}
}
