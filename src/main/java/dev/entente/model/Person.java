package dev.entente.model;

import org.immutables.value.Value;

/**
 * A person known by name, with no office the reports name.
 *
 * <p>Its name, aliases, ids and country are those of every {@link Individual}.
 */
@Value.Immutable(lazyhash = true)
@com.fasterxml.jackson.annotation.JsonTypeName("person")
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutablePerson.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutablePerson.class)
public non-sealed interface Person extends Individual {

    @Override
    default ActorKind actorKind() {
        return ActorKind.PERSON;
    }

    /** Validates names, aliases, ids and the country code. */
    @Value.Check
    default void check() {
        Checks.individual(this);
    }

    /**
     * Returns a person known only by name.
     *
     * @throws IllegalArgumentException if {@code name} is blank
     */
    static Person of(String name) {
        return builder().name(name).build();
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Person}; see {@link Person#builder()}. */
    final class Builder extends ImmutablePerson.Builder {}
}
