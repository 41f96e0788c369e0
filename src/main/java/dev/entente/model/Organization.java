package dev.entente.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An international or national organization, such as the European Union ({@code EU}) or the
 * Quad. {@code {"kind": "organization", "code": "EU"}} is the same actor as the country code
 * {@code EU}.
 */
@Value.Immutable(lazyhash = true)
@com.fasterxml.jackson.annotation.JsonTypeName("organization")
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableOrganization.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableOrganization.class)
public non-sealed interface Organization extends Actor {

    /** Returns the name, such as {@code European Union}; derived from {@code code} for {@code EU}. */
    Optional<String> name();

    /** Returns the organization's code, such as {@code EU}, when it has one. */
    Optional<String> code();

    /** Returns other names the organization goes by. */
    List<String> aliases();

    @Override
    default ActorKind actorKind() {
        return ActorKind.ORGANIZATION;
    }

    @Override
    default String displayName() {
        return name().orElseGet(() ->
                code().map(c -> c.equals("EU") ? "European Union" : c).orElseThrow());
    }

    /** Validates that a name or a code is given. */
    @Value.Check
    default void check() {
        if (name().isEmpty() && code().isEmpty()) {
            throw new IllegalArgumentException("name: an organization needs a name or a code");
        }
        Checks.notBlank("name", name());
        Checks.notBlank("code", code());
        Checks.noBlanks("aliases", aliases());
    }

    /**
     * Returns an organization known by name.
     *
     * @throws IllegalArgumentException if {@code name} is blank
     */
    static Organization of(String name) {
        return builder().name(name).build();
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Organization}; see {@link Organization#builder()}. */
    final class Builder extends ImmutableOrganization.Builder {}
}
