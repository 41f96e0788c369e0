package dev.entente.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An actor who is one human being: a {@link Person}, a {@link Minister} or an {@link Official}.
 *
 * <p>Identity across reports rests on the name and its aliases (other names and social handles
 * the reports use) and, when two actors share one, on an external id such as {@code
 * wikidata -> Q7451948}; what the three kinds have in common for that is here.
 */
public sealed interface Individual extends Actor permits Person, Minister, Official {

    /** Returns the name as the report gives it, such as {@code S. Jaishankar}. */
    String name();

    /** Returns the other names, titles and handles the same person goes by. */
    List<String> aliases();

    /** Returns external identifiers by scheme, such as {@code wikidata -> Q7451948}. */
    Map<String, String> ids();

    /** Returns the ISO 3166-1 alpha-2 code of the country the person serves or belongs to. */
    Optional<String> country();

    /** Returns {@link #name()}. */
    @Override
    default String displayName() {
        return name();
    }
}
