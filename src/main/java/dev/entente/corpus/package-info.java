/**
 * Synthetic corpora with a known answer, and clustering quality scores.
 *
 * <p>{@link dev.entente.corpus.CorpusGenerator} writes deterministic, realistic report corpora of
 * any size with their gold events; {@link dev.entente.corpus.Scores} measures a reconciled timeline
 * against gold events (pairwise and B-cubed precision, recall and F1).
 */
package dev.entente.corpus;
