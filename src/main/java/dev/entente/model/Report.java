package dev.entente.model;

import dev.entente.time.Anchor;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One news article, wire item, press release or post, as a set of event records (report-format
 * section 1).
 */
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableReport.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableReport.class)
public interface Report {

    /** The schema name and version written in every report document. */
    String SCHEMA = "entente/report@1";

    /** Returns the report's id, unique per report. */
    String id();

    /** Returns where the report comes from. */
    Source source();

    /**
     * Returns when the report was published: relative date expressions are resolved against it.
     */
    Optional<Anchor> publishedAt();

    /** Returns the BCP-47 language tag; {@code en} unless set. */
    @Value.Default
    default String language() {
        return "en";
    }

    /** Returns the full text, used to detect near-copies. */
    Optional<String> text();

    /** Returns the event records, possibly none. */
    List<Event> records();

    /** Returns true when the language is English ({@code en} or any {@code en-} tag). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    default boolean isEnglish() {
        String lang = language().toLowerCase(java.util.Locale.ROOT);
        return lang.equals("en") || lang.startsWith("en-");
    }

    /** Validates the id, refs and partOf links. */
    @Value.Check
    default void check() {
        Checks.notBlank("id", id());
        Checks.notBlank("language", language());
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < records().size(); i++) {
            Optional<String> ref = records().get(i).ref();
            if (ref.isPresent() && !refs.add(ref.get())) {
                throw new IllegalArgumentException(
                        "records[" + i + "].ref: " + ref.get() + " is already the ref of another record");
            }
        }
        for (int i = 0; i < records().size(); i++) {
            Optional<String> partOf = records().get(i).partOf();
            if (partOf.isPresent() && !refs.contains(partOf.get())) {
                throw new IllegalArgumentException(
                        "records[" + i + "].partOf: " + partOf.get() + " names no ref of this report");
            }
        }
    }

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Report}; see {@link Report#builder()}. */
    final class Builder extends ImmutableReport.Builder {}
}
