package dev.entente.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A delegation: a group sent by a country or body, with a leader and members, such as the US
 * Congressional delegation led by Mike Rogers.
 */
@Value.Immutable(lazyhash = true)
@com.fasterxml.jackson.annotation.JsonTypeName("delegation")
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableDelegation.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableDelegation.class)
public non-sealed interface Delegation extends Actor {

    /** Returns the delegation's name, such as {@code US Congressional delegation}. */
    Optional<String> name();

    /** Returns the ISO 3166-1 alpha-2 code of the sending country. */
    Optional<String> country();

    /** Returns the leader. */
    Optional<Actor> leader();

    /** Returns the members other than the leader. */
    List<Actor> members();

    /** Returns other names the delegation goes by. */
    List<String> aliases();

    @Override
    default ActorKind actorKind() {
        return ActorKind.DELEGATION;
    }

    /** Returns the name, else "delegation led by" the leader, else the sending country's. */
    @Override
    default String displayName() {
        if (name().isPresent()) {
            return name().get();
        }
        if (leader().isPresent()) {
            return "delegation led by " + leader().get().displayName();
        }
        return country().map(c -> Countries.displayName(c) + " delegation").orElse("delegation");
    }

    /** Validates that the delegation is identifiable and that the leader is not a delegation. */
    @Value.Check
    default void check() {
        Checks.notBlank("name", name());
        Checks.country("country", country());
        Checks.noBlanks("aliases", aliases());
        if (name().isEmpty()
                && leader().isEmpty()
                && members().isEmpty()
                && country().isEmpty()) {
            throw new IllegalArgumentException("name: a delegation needs a name, a leader, members or a country");
        }
        leader().ifPresent(l -> {
            if (l instanceof Delegation) {
                throw new IllegalArgumentException(
                        "leader: a delegation cannot lead a delegation, got " + l.displayName());
            }
        });
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Delegation}; see {@link Delegation#builder()}. */
    final class Builder extends ImmutableDelegation.Builder {}
}
