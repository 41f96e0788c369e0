/**
 * Reconciliation: many reports of the same episode into one explained {@link
 * dev.entente.reconcile.Timeline} (report-format section 5).
 *
 * <p>{@link dev.entente.reconcile.Reconciler} resolves actor identity across reports, clusters the
 * records that describe the same real event (blocking, pairwise scoring with vetoes, complete-link
 * agglomeration), merges each cluster field by field with provenance and conflicts, and counts
 * independent origins. The result is deterministic: the same set of reports gives the same timeline
 * whatever their order.
 */
@ValueStyle
package dev.entente.reconcile;

import dev.entente.internal.ValueStyle;
