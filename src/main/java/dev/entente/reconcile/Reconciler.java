package dev.entente.reconcile;

import dev.entente.model.Report;
import dev.entente.time.Anchor;
import java.util.Collection;
import java.util.List;

/**
 * Reconciles reports into one {@link Timeline}: actors merged across names, records of the same
 * real event clustered and merged with provenance, conflicts and corroboration.
 *
 * <p>Implementations are immutable and thread-safe; the result depends only on the set of
 * reports (never on their order, never on the clock).
 */
public interface Reconciler {

    /** Returns the standard reconciler. */
    static Reconciler standard() {
        return StandardReconciler.INSTANCE;
    }

    /**
     * Reconciles the reports.
     *
     * @param reports the reports; two with the same id are two versions of one report: the later
     *     published wins, with a warning
     * @return the timeline, never null
     * @throws NullPointerException if {@code reports} or one of them is null
     */
    default Timeline reconcile(Collection<Report> reports) {
        return reconcile(reports, List.of(), null);
    }

    /**
     * Reconciles the reports as known on a date: only reports published up to {@code asOf}
     * (compared by each report's own local date) take part; undated reports are left out.
     *
     * @param reports the reports
     * @param asOf the date or timestamp; may be null for no restriction
     * @return the timeline, never null
     */
    default Timeline reconcile(Collection<Report> reports, Anchor asOf) {
        return reconcile(reports, List.of(), asOf);
    }

    /**
     * Reconciles the reports, adding warnings met while reading them to the timeline's warnings.
     *
     * @param reports the reports
     * @param readWarnings warnings to carry into the timeline (those about reports left out by
     *     {@code asOf} are dropped)
     * @param asOf the date or timestamp the timeline is as of; may be null for no restriction
     * @return the timeline, never null
     */
    Timeline reconcile(Collection<Report> reports, Collection<TimelineWarning> readWarnings, Anchor asOf);
}
