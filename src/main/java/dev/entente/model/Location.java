package dev.entente.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Where an event takes place: a place, a city and a country code, any of them optional. */
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableLocation.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableLocation.class)
public interface Location {

    /** Returns the place, such as {@code US Department of State}. */
    Optional<String> place();

    /** Returns the city, such as {@code Washington}. */
    Optional<String> city();

    /** Returns the ISO 3166-1 alpha-2 code of the country. */
    Optional<String> country();

    /** Validates that something is known and that the country code is valid. */
    @Value.Check
    default void check() {
        if (place().isEmpty() && city().isEmpty() && country().isEmpty()) {
            throw new IllegalArgumentException("location: needs a place, a city or a country");
        }
        Checks.notBlank("location.place", place());
        Checks.notBlank("location.city", city());
        Checks.country("location.country", country());
    }

    /**
     * Returns the location of a city (a bare string in the interchange format).
     *
     * @throws IllegalArgumentException if {@code city} is blank
     */
    static Location ofCity(String city) {
        return builder().city(city).build();
    }

    /**
     * Returns a city in a country.
     *
     * @throws IllegalArgumentException if {@code city} is blank or {@code country} is not a code
     */
    static Location of(String city, String country) {
        return builder().city(city).country(country).build();
    }

    /**
     * Returns a country as a location.
     *
     * @throws IllegalArgumentException if {@code country} is not a country code
     */
    static Location ofCountry(String country) {
        return builder().country(country).build();
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Location}; see {@link Location#builder()}. */
    final class Builder extends ImmutableLocation.Builder {}
}
