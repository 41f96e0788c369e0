/**
 * Drafting: from a news article's text to a draft {@link dev.entente.model.Report}.
 *
 * <p>{@link dev.entente.draft.ReportDrafter} reads an article with rules and gazetteers (offices
 * and their synonyms, countries, cities, known actors): it finds the dateline, the publication date
 * and the wire agency, drops boilerplate (reader comments, share buttons, image markup, "Key
 * Points"), finds actors, date expressions and event triggers sentence by sentence, and merges the
 * mentions of one event into one record. Every field it sets carries an evidence {@link
 * dev.entente.model.Span} into the text, and every record a confidence; what it notices but cannot
 * place becomes a warning of the {@link dev.entente.draft.Draft}. Deterministic: the same input
 * always gives the same draft. See {@code docs/drafting.md}.
 */
@ValueStyle
package dev.entente.draft;

import dev.entente.internal.ValueStyle;
