package dev.entente.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.entente.time.When;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An event record: one report's claim that a {@link Meeting}, {@link Ministerial}, {@link Visit}
 * or {@link Agreement} happened or is to happen.
 *
 * <p>The fields here are shared by every kind (report-format section 3).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Meeting.class, name = "meeting"),
    @JsonSubTypes.Type(value = Ministerial.class, name = "ministerial"),
    @JsonSubTypes.Type(value = Visit.class, name = "visit"),
    @JsonSubTypes.Type(value = Agreement.class, name = "agreement")
})
public sealed interface Event permits Meeting, Ministerial, Visit, Agreement {

    /** Returns the kind of event. */
    EventKind kind();

    /** Returns a name unique within the report, for {@link #partOf()} links. */
    Optional<String> ref();

    /** Returns when the event happened or is to happen; possibly {@linkplain When#isUnknown() unknown}. */
    When when();

    /** Returns the status the report states; empty when the report states none. */
    Optional<Status> status();

    /** Returns the title, such as {@code Critical Minerals Ministerial}. */
    Optional<String> title();

    /** Returns where the event takes place. */
    Optional<Location> location();

    /** Returns topics, such as {@code critical minerals}. */
    List<String> topics();

    /** Returns the {@link #ref()} of the record of the same report this one is part of. */
    Optional<String> partOf();

    /** Returns, by field name, the span of the report's text that supports the field. */
    Map<String, Span> evidence();

    /** Returns how sure the producer of the record is, 0 to 1. */
    OptionalDouble confidence();

    /** Returns the actors the event involves, whatever their role, in the order of the fields. */
    List<Actor> actors();

    /**
     * Returns a copy of this record with another {@code when}; this record is unchanged.
     *
     * @throws NullPointerException if {@code when} is null
     */
    Event withWhen(When when);

    /**
     * Returns a copy of this record with another status; this record is unchanged.
     *
     * @throws NullPointerException if {@code status} is null
     */
    Event withStatus(Status status);

    /**
     * The builder of any kind of event, for the fields every kind shares: {@code
     * Meeting.builder()}, {@code Ministerial.builder()}, {@code Visit.builder()} and {@code
     * Agreement.builder()} are all one, so that code filling the shared fields is written once.
     * Like every builder, it checks the record when {@link #build()} is called and each field may be
     * set once.
     *
     * @param <B> the builder's own type, which every setter returns
     */
    interface Builder<B extends Builder<B>> {
        /** Sets {@link Event#ref()}. */
        B ref(String ref);

        /** Sets {@link Event#ref()}, or leaves it empty. */
        B ref(Optional<String> ref);

        /** Sets {@link Event#when()}. */
        B when(When when);

        /** Sets {@link Event#status()}. */
        B status(Status status);

        /** Sets {@link Event#status()}, or leaves it empty. */
        B status(Optional<? extends Status> status);

        /** Sets {@link Event#title()}. */
        B title(String title);

        /** Sets {@link Event#title()}, or leaves it empty. */
        B title(Optional<String> title);

        /** Sets {@link Event#location()}. */
        B location(Location location);

        /** Sets {@link Event#location()}, or leaves it empty. */
        B location(Optional<? extends Location> location);

        /** Adds to {@link Event#topics()}. */
        B addAllTopics(Iterable<String> topics);

        /** Sets {@link Event#partOf()}. */
        B partOf(String partOf);

        /** Sets {@link Event#partOf()}, or leaves it empty. */
        B partOf(Optional<String> partOf);

        /** Adds to {@link Event#evidence()}. */
        B putAllEvidence(Map<String, ? extends Span> evidence);

        /** Sets {@link Event#confidence()}. */
        B confidence(double confidence);

        /** Sets {@link Event#confidence()}, or leaves it empty. */
        B confidence(OptionalDouble confidence);

        /**
         * Builds the record.
         *
         * @throws IllegalArgumentException if a field breaks a rule of the format, naming the field
         * @throws IllegalStateException if a required field was not set
         */
        Event build();
    }
}
