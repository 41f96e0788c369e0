package dev.entente.draft;

import dev.entente.model.Report;
import dev.entente.model.Span;
import java.util.List;
import org.immutables.value.Value;

/**
 * A drafted report: the {@link Report} a {@link ReportDrafter} read from an article, with the
 * warnings for what it noticed but could not place.
 *
 * <p>Each record of the report carries, for every field set, an evidence span into the report's
 * text ({@link dev.entente.model.Event#evidence()}) and a confidence. A draft is meant to be
 * reviewed before it is ingested.
 */
@Value.Immutable
public interface Draft {

    /** Returns the draft report; its {@code text} is the article as given. */
    Report report();

    /** Returns what the drafter noticed but could not place, in text order; possibly empty. */
    List<String> warnings();

    /**
     * Returns the spans of the text the event rules did not read, in code points, in text order:
     * boilerplate (reader comments, share buttons, image markup, "Key Points", "Also Read" lines)
     * and the metadata already used (agency tags, the dateline, a {@code date} tag).
     */
    List<Span> dropped();

    /** Returns a new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Draft}; see {@link Draft#builder()}. */
    final class Builder extends ImmutableDraft.Builder {}
}
