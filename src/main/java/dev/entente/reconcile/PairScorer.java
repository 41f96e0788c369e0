package dev.entente.reconcile;

import dev.entente.model.Ministerial;
import dev.entente.time.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores whether two records describe the same real event: weighted signals (date, title,
 * participants, place, convener, visitor) and vetoes that no score overrides (same report,
 * different kind or mode, different visitor, convener or destination, each side with a participant
 * the other lacks, clearly different dates, different cities).
 */
final class PairScorer {
    /** The score at which two records merge. */
    static final double THRESHOLD = 1.5;

    private final Origins origins;

    PairScorer(Origins origins) {
        this.origins = origins;
    }

    /** Collects the signals of a pair: their sum always, their details only when explaining. */
    private static final class Acc {
        final List<Signal> signals;
        double score;

        Acc(boolean explain) {
            this.signals = explain ? new ArrayList<>() : null;
        }

        void add(String name, double weight, java.util.function.Supplier<String> detail) {
            score += weight;
            if (signals != null) {
                signals.add(Signal.of(name, weight, detail.get()));
            }
        }
    }

    /**
     * Returns the score of a pair without explaining it, or {@link Double#NEGATIVE_INFINITY} when a
     * veto forbids the merge; the same number {@link #decide} gives.
     */
    double score(RecordView a, RecordView b) {
        if (a.ref.compareTo(b.ref) > 0) {
            RecordView t = a;
            a = b;
            b = t;
        }
        Acc acc = new Acc(false);
        String veto = evaluate(a, b, acc);
        return veto != null ? Double.NEGATIVE_INFINITY : Math.round(acc.score * 1000) / 1000.0;
    }

    /** Returns true when a score means the pair merges. */
    static boolean merges(double score) {
        return score >= THRESHOLD;
    }

    /** Returns the decision for a pair, with every signal; {@code a} and {@code b} in any order. */
    PairDecision decide(RecordView a, RecordView b) {
        if (a.ref.compareTo(b.ref) > 0) {
            RecordView t = a;
            a = b;
            b = t;
        }
        Acc acc = new Acc(true);
        String veto = evaluate(a, b, acc);
        List<Signal> signals = acc.signals;
        double score = acc.score;
        return PairDecision.builder()
                .first(a.ref)
                .second(b.ref)
                .addAllSignals(signals)
                .score(Math.round(score * 1000) / 1000.0)
                .veto(java.util.Optional.ofNullable(veto))
                .merged(veto == null && score >= THRESHOLD)
                .build();
    }

    /** Returns the reason two records can never be one event, or null. */
    String veto(RecordView a, RecordView b) {
        return evaluate(a, b, null);
    }

    private String evaluate(RecordView a, RecordView b, Acc signals) {
        if (a.report.id().equals(b.report.id())) {
            return "both records come from report " + a.report.id() + ", which lists them as different events";
        }
        if (!a.blockKind.equals(b.blockKind)) {
            return "different kinds: " + a.blockKind + " and " + b.blockKind;
        }
        if (a.visitor != null && b.visitor != null && !a.visitor.equals(b.visitor)) {
            return "different visitors: " + a.visitor + " and " + b.visitor;
        }
        if (a.destination != null && b.destination != null && !a.destination.equals(b.destination)) {
            return "different destinations: " + a.destination + " and " + b.destination;
        }
        if (a.convener != null && b.convener != null && !a.convener.equals(b.convener)) {
            return "different conveners: " + a.convener + " and " + b.convener;
        }
        boolean onlyA = hasExclusive(a, b);
        boolean onlyB = hasExclusive(b, a);
        boolean checksParticipants = !(a.event instanceof Ministerial);
        if (checksParticipants && onlyA && onlyB) {
            return "each has a participant the other lacks: " + exclusive(a, b) + " and " + exclusive(b, a);
        }
        boolean sameCityKnown = a.city != null && b.city != null;
        double titleSim = -1;
        if (!a.titleWords.isEmpty() && !b.titleWords.isEmpty()) {
            titleSim = Names.jaccard(a.titleWords, b.titleWords);
        }
        double actorSim = -1;
        if (!a.expanded.isEmpty() && !b.expanded.isEmpty()) {
            actorSim = Names.jaccard(a.expanded, b.expanded);
        } else if (!a.countries.isEmpty() && !b.countries.isEmpty()) {
            actorSim = Names.jaccard(a.countries, b.countries);
        }
        When wa = a.when;
        When wb = b.when;
        boolean staleCopy = a.relativeText != null
                && a.relativeText.equals(b.relativeText)
                && origins.sameOrigin(a.report, b.report);
        double dateWeight;
        java.util.function.Supplier<String> dateDetail;
        final RecordView fa = a;
        final RecordView fb = b;
        if (staleCopy) {
            dateWeight = 2;
            dateDetail = () -> "the same words \"" + fa.event.when().text().orElse("") + "\" from one origin ("
                    + origins.why(fa.report, fb.report) + "): a copy, read against the earlier report's date";
        } else if (wa.isUnknown() || wb.isUnknown()) {
            dateWeight = 0;
            dateDetail = () -> "a date is unknown";
        } else if (wa.interval().equals(wb.interval())) {
            dateWeight = 2;
            dateDetail = () -> "same dates " + show(wa);
        } else if (wa.overlaps(wb)) {
            dateWeight = 1;
            dateDetail = () -> "dates " + show(wa) + " and " + show(wb) + " overlap";
        } else {
            long gap = wa.gapInDays(wb);
            boolean near = wa.lengthInDays() <= 3 && wb.lengthInDays() <= 3 && gap <= 1;
            boolean strong = !onlyA
                    && !onlyB
                    && (actorSim >= 0.5 || titleSim >= 0.5)
                    && (!sameCityKnown || a.city.equals(b.city));
            if (!(near && strong)) {
                return "dates " + show(wa) + " and " + show(wb) + " are " + (gap + 1) + " days apart";
            }
            dateWeight = -1;
            dateDetail = () -> "dates " + show(wa) + " and " + show(wb) + " differ by " + (gap + 1)
                    + " days, everything else agrees: a date conflict";
        }
        if (signals == null) {
            return null;
        }
        signals.add("when", dateWeight, dateDetail);
        if (titleSim >= 0) {
            double w = titleSim >= 0.5 ? 2 * titleSim : titleSim < 0.2 ? -1.5 : 0;
            final double ts = titleSim;
            signals.add(
                    "title",
                    round(w),
                    () -> String.format(
                            Locale.ROOT,
                            "titles \"%s\" and \"%s\": similarity %.2f",
                            fa.event.title().get(),
                            fb.event.title().get(),
                            ts));
        }
        if (actorSim >= 0) {
            double w = actorSim == 0 ? -1 : 3 * actorSim;
            final double as = actorSim;
            signals.add(
                    "participants",
                    round(w),
                    () -> String.format(
                            Locale.ROOT,
                            "shared participants %.2f (%s / %s)",
                            as,
                            String.join(", ", fa.expanded.isEmpty() ? fa.countries : fa.expanded),
                            String.join(", ", fb.expanded.isEmpty() ? fb.countries : fb.expanded)));
        }
        if (sameCityKnown) {
            boolean same = a.city.equals(b.city);
            signals.add(
                    "location",
                    same ? 0.5 : -2,
                    () -> (same ? "same city " : "different cities ") + fa.city + (same ? "" : " and " + fb.city));
        }
        if (a.convener != null && a.convener.equals(b.convener)) {
            signals.add("convener", 1.5, () -> "same convener " + fa.convener);
        }
        if (a.visitor != null && a.visitor.equals(b.visitor)) {
            signals.add("visitor", 2, () -> "same visitor " + fa.visitor);
        }
        if (a.destination != null && a.destination.equals(b.destination)) {
            signals.add("destination", 0.5, () -> "same destination " + fa.destination);
        }
        return null;
    }

    /** Returns true when {@link #exclusive} is not empty, without building it. */
    private static boolean hasExclusive(RecordView a, RecordView b) {
        if (b.principals.isEmpty()) {
            return false;
        }
        for (String p : a.principals) {
            if (!b.expanded.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> exclusive(RecordView a, RecordView b) {
        Set<String> out = new TreeSet<>();
        if (b.principals.isEmpty()) {
            return out;
        }
        for (String p : a.principals) {
            if (!b.expanded.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static String show(When w) {
        return w.earliest().get().equals(w.latest().get())
                ? w.earliest().get().toString()
                : w.earliest().get() + ".." + w.latest().get();
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
