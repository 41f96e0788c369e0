package dev.entente.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An agreement as it appears inside a meeting, ministerial or visit ({@code agreements}): the
 * agreement fields without {@code kind} and {@code when}, such as the 10-year Major Defence
 * Partnership Framework Agreement discussed at a meeting.
 */
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableAgreementTerms.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableAgreementTerms.class)
public interface AgreementTerms {

    /** Returns the title. */
    Optional<String> title();

    /** Returns the parties: countries or actors. */
    List<Actor> parties();

    /** Returns the type. */
    Optional<AgreementType> agreementType();

    /** Returns the term in years, 1 to 999. */
    OptionalInt termYears();

    /** Returns the actors who signed. */
    List<Actor> signatories();

    /** Returns where the agreement stands. */
    Optional<Status> status();

    /** Validates the title and the term. */
    @Value.Check
    default void check() {
        Checks.notBlank("title", title());
        Agreement.checkTerm(termYears());
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link AgreementTerms}; see {@link AgreementTerms#builder()}. */
    final class Builder extends ImmutableAgreementTerms.Builder {}
}
