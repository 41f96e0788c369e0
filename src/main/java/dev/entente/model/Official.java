package dev.entente.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An official who is not a minister: an ambassador, a secretary of a ministry, a legislator.
 *
 * <p>Identity across reports rests on the name and its aliases (other names and social handles
 * the reports use) and, when two actors share one, on an external id such as {@code
 * wikidata -> Q7451948}.
 */
@Value.Immutable(lazyhash = true)
@com.fasterxml.jackson.annotation.JsonTypeName("official")
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableOfficial.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableOfficial.class)
public non-sealed interface Official extends Actor {

    /** Returns the name as the report gives it, such as {@code Sergio Gor}. */
    String name();

    /** Returns the other names, titles and handles the same person goes by. */
    List<String> aliases();

    /** Returns external identifiers by scheme, such as {@code wikidata -> Q7451948}. */
    Map<String, String> ids();

    /** Returns the ISO 3166-1 alpha-2 code of the country the person serves or belongs to. */
    Optional<String> country();

    /** Returns the role, such as {@code Ambassador to India}. */
    Optional<String> role();

    @Override
    default ActorKind actorKind() {
        return ActorKind.OFFICIAL;
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
