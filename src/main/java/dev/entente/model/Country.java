package dev.entente.model;

import org.immutables.value.Value;

/**
 * A country, by its ISO 3166-1 alpha-2 code; {@code EU} (the European Union) and {@code XK}
 * (Kosovo) are accepted too. {@code EU} is the same actor as the organization European Union.
 */
@Value.Immutable(lazyhash = true)
@com.fasterxml.jackson.annotation.JsonTypeName("country")
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableCountry.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableCountry.class)
public non-sealed interface Country extends Actor {

    /** Returns the code, such as {@code IN}. */
    @Value.Parameter
    String code();

    @Override
    default ActorKind actorKind() {
        return ActorKind.COUNTRY;
    }

    /** Returns the English name of the country, such as {@code India}. */
    @Override
    default String displayName() {
        return Countries.displayName(code());
    }

    /** Validates the code. */
    @Value.Check
    default void check() {
        Checks.country("code", code());
    }

    /**
     * Returns the country with the given code.
     *
     * @throws IllegalArgumentException if {@code code} is not an ISO 3166-1 alpha-2 code, {@code EU}
     *     or {@code XK}; the message for {@code UK} suggests {@code GB}
     */
    static Country of(String code) {
        return ImmutableCountry.of(code);
    }

    /** Returns true when {@code code} is an accepted country code. */
    static boolean isValidCode(String code) {
        return Countries.isValid(code);
    }

    /**
     * Returns why {@code code} is not an accepted country code ({@code UK is not an ISO 3166-1
     * alpha-2 country code (did you mean GB?)}), or empty when it is one.
     */
    static java.util.Optional<String> codeProblem(String code) {
        return Countries.problem(code);
    }
}
