package dev.entente.model;

import dev.entente.time.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A multilateral ministerial meeting, such as the inaugural Critical Minerals Ministerial convened by
 * the US Secretary of State.
 */
@Value.Immutable
@com.fasterxml.jackson.annotation.JsonTypeName("ministerial")
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableMinisterial.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableMinisterial.class)
public non-sealed interface Ministerial extends Event {

    /** Returns the actor who convenes or hosts. */
    Optional<Actor> convener();

    /** Returns the countries and actors taking part. */
    List<Actor> attendees();

    /** Returns, by country code, the actor representing that country. */
    Map<String, Actor> representatives();

    /** Returns the edition, such as {@code inaugural} or {@code 2nd}. */
    Optional<String> edition();

    /** Returns the agreements discussed or signed. */
    List<AgreementTerms> agreements();

    @Override
    default EventKind kind() {
        return EventKind.MINISTERIAL;
    }

    @Override
    default List<Actor> actors() {
        List<Actor> all = new ArrayList<>();
        convener().ifPresent(all::add);
        all.addAll(attendees());
        all.addAll(representatives().values());
        return List.copyOf(all);
    }

    /** Validates the shared fields and those of a ministerial. */
    @Value.Check
    default void check() {
        EventChecks.common(this);
        representatives().keySet().forEach(code -> Checks.country("representatives." + code, code));
        Checks.notBlank("edition", edition());
    }

    /** Returns a copy of this ministerial with another {@code when}; see {@link Event#withWhen(When)}. */
    @Override
    default Ministerial withWhen(When when) {
        return ImmutableMinisterial.copyOf(this).withWhen(when);
    }

    /** Returns a copy of this ministerial with another status; see {@link Event#withStatus(Status)}. */
    @Override
    default Ministerial withStatus(Status status) {
        return ImmutableMinisterial.copyOf(this).withStatus(status);
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Ministerial}; see {@link Ministerial#builder()}. */
    final class Builder extends ImmutableMinisterial.Builder implements Event.Builder<Builder> {}
}
