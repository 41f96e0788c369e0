package dev.entente.render;

import dev.entente.model.Actor;
import dev.entente.reconcile.Conflict;
import dev.entente.reconcile.Explanation;
import dev.entente.reconcile.PairDecision;
import dev.entente.reconcile.RecordRef;
import dev.entente.reconcile.Signal;
import dev.entente.reconcile.Timeline;
import dev.entente.reconcile.TimelineEvent;
import dev.entente.time.When;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a timeline as markdown for people: one table row per event, then, per event, why its
 * records were merged and why the closest other records were not, signal by signal.
 */
public final class MarkdownRenderer {
    private MarkdownRenderer() {}

    /**
     * Returns the markdown of a timeline.
     *
     * @throws NullPointerException if {@code timeline} is null
     */
    public static String render(Timeline timeline) {
        StringBuilder md = new StringBuilder();
        md.append("# Timeline")
                .append(timeline.asOf().map(a -> " as of " + a).orElse(""))
                .append("\n\n");
        md.append(
                "| when | precision | kind | event | status | participants | reports | outlets | independent | conflicts |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (TimelineEvent e : timeline.events()) {
            md.append("| ")
                    .append(when(e.when()))
                    .append(" | ")
                    .append(e.when().precision().wireName())
                    .append(" | ")
                    .append(e.kind().wireName())
                    .append(" | ")
                    .append(cell(e.title().orElse("(untitled)")))
                    .append(e.partOf().map(p -> " (part of " + p + ")").orElse(""))
                    .append(" | ")
                    .append(e.status().map(s -> s.wireName()).orElse("unknown"))
                    .append(" | ")
                    .append(cell(
                            e.participants().stream().map(Actor::displayName).collect(Collectors.joining(", "))))
                    .append(" | ")
                    .append(e.sources().reports())
                    .append(" | ")
                    .append(e.sources().outlets())
                    .append(" | ")
                    .append(e.sources().independent())
                    .append(" | ")
                    .append(cell(e.conflicts().stream().map(Conflict::field).collect(Collectors.joining(", "))))
                    .append(" |\n");
        }
        for (TimelineEvent e : timeline.events()) {
            md.append("\n## ")
                    .append(when(e.when()))
                    .append(": ")
                    .append(e.title().orElse(e.kind().wireName()))
                    .append(" (")
                    .append(e.id())
                    .append(")\n\n");
            md.append("Records: ")
                    .append(e.records().stream().map(MarkdownRenderer::ref).collect(Collectors.joining(", ")))
                    .append("\n");
            if (!e.aliases().isEmpty()) {
                md.append("\nAlso called: ")
                        .append(String.join("; ", e.aliases()))
                        .append("\n");
            }
            for (Conflict c : e.conflicts()) {
                md.append("\nConflict on `")
                        .append(c.field())
                        .append("`: ")
                        .append(c.values().stream()
                                .map(v -> show(v.value()) + " (" + String.join(", ", v.reports()) + ")")
                                .collect(Collectors.joining("; ")))
                        .append("\n");
            }
            Explanation x = timeline.explain(e.id()).orElse(null);
            if (x == null) {
                continue;
            }
            if (!x.merges().isEmpty()) {
                md.append("\nMerged because:\n\n");
                x.merges().forEach(d -> md.append(decision(d)));
            }
            if (!x.nearMisses().isEmpty()) {
                md.append("\nKept apart from:\n\n");
                x.nearMisses().forEach(d -> md.append(decision(d)));
            }
        }
        if (!timeline.warnings().isEmpty()) {
            md.append("\n## Warnings\n\n");
            timeline.warnings().forEach(w -> md.append("- ")
                    .append(w.report())
                    .append(w.index().isPresent() ? "#" + w.index().getAsInt() : "")
                    .append(w.path().map(p -> " `" + p + "`").orElse(""))
                    .append(": ")
                    .append(w.message())
                    .append("\n"));
        }
        return md.toString();
    }

    private static String decision(PairDecision d) {
        StringBuilder s = new StringBuilder("- ")
                .append(ref(d.first()))
                .append(" and ")
                .append(ref(d.second()))
                .append(String.format(Locale.ROOT, ": score %.2f", d.score()));
        d.veto().ifPresent(v -> s.append(", vetoed: ").append(v));
        if (d.veto().isEmpty() && !d.merged()) {
            s.append(", below the threshold");
        }
        s.append("\n");
        for (Signal sig : d.signals()) {
            s.append(String.format(Locale.ROOT, "  - %s %+.2f: %s%n", sig.name(), sig.weight(), sig.detail()));
        }
        return s.toString();
    }

    private static String ref(RecordRef r) {
        return r.report() + "#" + r.index();
    }

    private static String when(When w) {
        if (w.isUnknown()) {
            return "unknown";
        }
        return w.earliest().get().equals(w.latest().get())
                ? w.earliest().get().toString()
                : w.earliest().get() + ".." + w.latest().get();
    }

    private static String show(Object v) {
        if (v instanceof When w) {
            return when(w);
        }
        if (v instanceof Actor a) {
            return a.displayName();
        }
        return String.valueOf(v);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
