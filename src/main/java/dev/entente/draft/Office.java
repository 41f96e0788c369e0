package dev.entente.draft;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry of the drafter's gazetteer of offices: a title, such as {@code External Affairs
 * Minister}, the synonyms articles use for it ({@code EAM}, or a spun rewrite such as {@code
 * Exterior Affairs Minister}), the country it belongs to and whether its holder is a minister.
 *
 * <p>A name written right after a title or synonym ({@code External Affairs Minister S.
 * Jaishankar}) is drafted as a {@link dev.entente.model.Minister} with the office's portfolio, or
 * an {@link dev.entente.model.Official} with the office's role.
 */
@Value.Immutable
public interface Office {

    /** Returns the title as usually written, such as {@code Secretary of State}. */
    String title();

    /** Returns other ways articles write the title; possibly empty. */
    List<String> synonyms();

    /** Returns the ISO 3166-1 alpha-2 code of the office's country, when the office has one. */
    Optional<String> country();

    /** Returns true when the holder is a minister (a cabinet member), false for an official. */
    @Value.Default
    default boolean minister() {
        return false;
    }

    /** Returns the portfolio (for a minister) or role (for an official), such as {@code State}. */
    Optional<String> portfolio();

    /** Validates that the title and synonyms are not blank. */
    @Value.Check
    default void check() {
        if (title().isBlank()) {
            throw new IllegalArgumentException("office: title is blank");
        }
        for (String s : synonyms()) {
            if (s.isBlank()) {
                throw new IllegalArgumentException("office " + title() + ": a synonym is blank");
            }
        }
        if (country().isPresent()
                && !dev.entente.model.Country.isValidCode(country().get())) {
            throw new IllegalArgumentException(
                    "office " + title() + ": " + country().get() + " is not a country code");
        }
    }

    /**
     * Returns a minister's office.
     *
     * @param title the title, such as {@code Treasury Secretary}
     * @param country the country code; may be null
     * @param portfolio the portfolio, such as {@code Treasury}; may be null
     * @param synonyms other ways of writing the title
     * @throws IllegalArgumentException if the title or a synonym is blank, or the country is not a code
     */
    static Office minister(String title, String country, String portfolio, String... synonyms) {
        return builder()
                .title(title)
                .country(Optional.ofNullable(country))
                .minister(true)
                .portfolio(Optional.ofNullable(portfolio))
                .addSynonyms(synonyms)
                .build();
    }

    /**
     * Returns an official's office.
     *
     * @param title the title, such as {@code Defence Secretary}
     * @param country the country code; may be null
     * @param role the role, such as {@code Defence Secretary}; may be null
     * @param synonyms other ways of writing the title
     * @throws IllegalArgumentException if the title or a synonym is blank, or the country is not a code
     */
    static Office official(String title, String country, String role, String... synonyms) {
        return builder()
                .title(title)
                .country(Optional.ofNullable(country))
                .minister(false)
                .portfolio(Optional.ofNullable(role))
                .addSynonyms(synonyms)
                .build();
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Office}; see {@link Office#builder()}. */
    final class Builder extends ImmutableOffice.Builder {}
}
