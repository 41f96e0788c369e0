package dev.entente.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person known by name, with no office the reports name.
 *
 * <p>Identity across reports rests on the name and its aliases (other names and social handles
 * the reports use) and, when two actors share one, on an external id such as {@code
 * wikidata -> Q7451948}.
 */
@Value.Immutable(lazyhash = true)
@com.fasterxml.jackson.annotation.JsonTypeName("person")
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutablePerson.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutablePerson.class)
public non-sealed interface Person extends Actor {

    /** Returns the name as the report gives it, such as {@code Adam Smith}. */
    String name();

    /** Returns the other names, titles and handles the same person goes by. */
    List<String> aliases();

    /** Returns external identifiers by scheme, such as {@code wikidata -> Q7451948}. */
    Map<String, String> ids();

    /** Returns the ISO 3166-1 alpha-2 code of the country the person serves or belongs to. */
    Optional<String> country();

    @Override
    default ActorKind actorKind() {
        return ActorKind.PERSON;
    }

    @Override
    default String displayName() {
        return name();
    }

    /** Validates names, aliases, ids and the country code. */
    @Value.Check
    default void check() {
        Checks.notBlank("name", name());
        Checks.noBlanks("aliases", aliases());
        Checks.ids(ids());
        Checks.country("country", country());
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
