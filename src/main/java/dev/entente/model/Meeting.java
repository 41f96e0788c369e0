package dev.entente.model;

import dev.entente.time.When;
import java.util.List;
import org.immutables.value.Value;

/**
 * A meeting, phone call or video call between participants, such as the 2026-01-27 meeting of a US
 * congressional delegation with India's Defence Secretary.
 */
@Value.Immutable
@com.fasterxml.jackson.annotation.JsonTypeName("meeting")
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableMeeting.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableMeeting.class)
public non-sealed interface Meeting extends Event {

    /** Returns the actors who met or spoke. */
    List<Actor> participants();

    /** Returns how the meeting was held; in person unless set. */
    @Value.Default
    default MeetingMode mode() {
        return MeetingMode.IN_PERSON;
    }

    /** Returns the agreements discussed or signed. */
    List<AgreementTerms> agreements();

    @Override
    default EventKind kind() {
        return EventKind.MEETING;
    }

    @Override
    default List<Actor> actors() {
        return participants();
    }

    /** Validates the shared fields and those of a meeting. */
    @Value.Check
    default void check() {
        EventChecks.common(this);
    }

    /** Returns a copy of this meeting with another {@code when}; see {@link Event#withWhen(When)}. */
    @Override
    default Meeting withWhen(When when) {
        return ImmutableMeeting.copyOf(this).withWhen(when);
    }

    /** Returns a copy of this meeting with another status; see {@link Event#withStatus(Status)}. */
    @Override
    default Meeting withStatus(Status status) {
        return ImmutableMeeting.copyOf(this).withStatus(status);
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Meeting}; see {@link Meeting#builder()}. */
    final class Builder extends ImmutableMeeting.Builder implements Event.Builder<Builder> {}
}
