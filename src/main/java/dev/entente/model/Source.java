package dev.entente.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Where a report comes from: the outlet that published it and the wire agency it is based on. */
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableSource.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableSource.class)
public interface Source {

    /** Returns the publication's name, such as {@code Asianet Newsable}. */
    String outlet();

    /**
     * Returns the wire agency the story is based on (ANI, Reuters, AP, PTI, ...); reports sharing
     * an agency are not independent.
     */
    Optional<String> agency();

    /** Returns the story's address. */
    Optional<String> url();

    /** Returns the headline. */
    Optional<String> headline();

    /** Returns the author. */
    Optional<String> author();

    /** Validates that the outlet and the other fields given are not blank. */
    @Value.Check
    default void check() {
        Checks.notBlank("source.outlet", outlet());
        Checks.notBlank("source.agency", agency());
        Checks.notBlank("source.url", url());
        Checks.notBlank("source.headline", headline());
        Checks.notBlank("source.author", author());
    }

    /**
     * Returns a source known by its outlet only.
     *
     * @throws IllegalArgumentException if {@code outlet} is blank
     */
    static Source of(String outlet) {
        return builder().outlet(outlet).build();
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Source}; see {@link Source#builder()}. */
    final class Builder extends ImmutableSource.Builder {}
}
