package dev.entente.model;

import dev.entente.time.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An agreement concluded or signed, such as the 10-year Major Defence Partnership Framework Agreement.
 */
@Value.Immutable
@com.fasterxml.jackson.annotation.JsonTypeName("agreement")
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableAgreement.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableAgreement.class)
public non-sealed interface Agreement extends Event {

    /** Returns the parties: countries or actors. */
    List<Actor> parties();

    /** Returns the type. */
    Optional<AgreementType> agreementType();

    /** Returns the term in years, 1 to 999. */
    OptionalInt termYears();

    /** Returns the actors who signed. */
    List<Actor> signatories();

    @Override
    default EventKind kind() {
        return EventKind.AGREEMENT;
    }

    @Override
    default List<Actor> actors() {
        List<Actor> all = new ArrayList<>();
        all.addAll(parties());
        all.addAll(signatories());
        return List.copyOf(all);
    }

    /** Validates the shared fields and those of a agreement. */
    @Value.Check
    default void check() {
        EventChecks.common(this);
        checkTerm(termYears());
    }

    /**
     * Checks a term in years.
     *
     * @throws IllegalArgumentException if the term is outside 1..999
     */
    static void checkTerm(OptionalInt termYears) {
        if (termYears.isPresent() && (termYears.getAsInt() < 1 || termYears.getAsInt() > 999)) {
            throw new IllegalArgumentException("termYears: " + termYears.getAsInt() + " is outside 1..999");
        }
    }

    /** Returns a copy of this agreement with another {@code when}; see {@link Event#withWhen(When)}. */
    @Override
    default Agreement withWhen(When when) {
        return ImmutableAgreement.copyOf(this).withWhen(when);
    }

    /** Returns a copy of this agreement with another status; see {@link Event#withStatus(Status)}. */
    @Override
    default Agreement withStatus(Status status) {
        return ImmutableAgreement.copyOf(this).withStatus(status);
    }

    /** Returns a new builder.*/
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Agreement}; see {@link Agreement#builder()}. */
    final class Builder extends ImmutableAgreement.Builder implements Event.Builder<Builder> {}
}
