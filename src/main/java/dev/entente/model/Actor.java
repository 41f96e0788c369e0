package dev.entente.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Someone or something that takes part in an event: an {@link Individual} (a {@link Person},
 * {@link Minister} or {@link Official}), a {@link Delegation}, {@link Country} or {@link
 * Organization}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Person.class, name = "person"),
    @JsonSubTypes.Type(value = Minister.class, name = "minister"),
    @JsonSubTypes.Type(value = Official.class, name = "official"),
    @JsonSubTypes.Type(value = Delegation.class, name = "delegation"),
    @JsonSubTypes.Type(value = Country.class, name = "country"),
    @JsonSubTypes.Type(value = Organization.class, name = "organization")
})
public sealed interface Actor permits Individual, Delegation, Country, Organization {

    /** Returns the kind of actor. */
    ActorKind actorKind();

    /** Returns the name to show for this actor: a person's name, a country's English name. */
    String displayName();

    /**
     * Returns the actor a bare JSON string stands for: two upper-case letters are a {@link Country}
     * code, anything else a {@link Person}'s name.
     *
     * @throws IllegalArgumentException if {@code text} is blank, or two upper-case letters that are
     *     not a country code
     */
    static Actor of(String text) {
        if (text.length() == 2 && Character.isUpperCase(text.charAt(0)) && Character.isUpperCase(text.charAt(1))) {
            return Country.of(text);
        }
        return Person.of(text);
    }
}
