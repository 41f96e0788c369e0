package dev.entente.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A government minister, such as India's External Affairs Minister S. Jaishankar.
 *
 * <p>Identity across reports rests on the name and its aliases (other names and social handles
 * the reports use) and, when two actors share one, on an external id such as {@code
 * wikidata -> Q7451948}.
 */
@Value.Immutable(lazyhash = true)
@com.fasterxml.jackson.annotation.JsonTypeName("minister")
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableMinister.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableMinister.class)
public non-sealed interface Minister extends Actor {

    /** Returns the name as the report gives it, such as {@code S. Jaishankar}. */
    String name();

    /** Returns the other names, titles and handles the same person goes by. */
    List<String> aliases();

    /** Returns external identifiers by scheme, such as {@code wikidata -> Q7451948}. */
    Map<String, String> ids();

    /** Returns the ISO 3166-1 alpha-2 code of the country the person serves or belongs to. */
    Optional<String> country();

    /** Returns the portfolio, such as {@code External Affairs}. */
    Optional<String> portfolio();

    @Override
    default ActorKind actorKind() {
        return ActorKind.MINISTER;
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
