package dev.entente.timeline;

import dev.entente.model.EventKind;
import dev.entente.model.Report;
import dev.entente.reconcile.Reconciler;
import dev.entente.reconcile.Timeline;
import dev.entente.reconcile.TimelineEvent;
import dev.entente.time.Anchor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A live timeline: services ingest reports as they arrive and query the reconciled timeline at any
 * time, from any thread.
 *
 * <p>Ingest is idempotent by report id: the same report twice is a no-op; a different version of
 * a report replaces it when it was published later (on a tie, or without dates, the version whose
 * canonical form sorts last wins), whatever the order of arrival. Every query sees a consistent
 * snapshot: all of an ingest or none of it. The timeline depends only on the set of reports held,
 * never on their order of arrival.
 */
public final class TimelineService {
    private final Reconciler reconciler;
    private final Map<String, Report> reports = new TreeMap<>();
    private volatile Timeline current;

    private TimelineService(Reconciler reconciler) {
        this.reconciler = reconciler;
    }

    /** Returns an empty in-memory service using the standard reconciler. */
    public static TimelineService inMemory() {
        return new TimelineService(Reconciler.standard());
    }

    /**
     * Returns an empty in-memory service using the given reconciler.
     *
     * @throws NullPointerException if {@code reconciler} is null
     */
    public static TimelineService inMemory(Reconciler reconciler) {
        return new TimelineService(Objects.requireNonNull(reconciler, "reconciler"));
    }

    /**
     * Takes one report into the timeline.
     *
     * @return what was done with it
     * @throws NullPointerException if {@code report} is null
     */
    public Ingest ingest(Report report) {
        Objects.requireNonNull(report, "report");
        synchronized (reports) {
            Report held = reports.get(report.id());
            Ingest result;
            if (held == null) {
                result = Ingest.ADDED;
            } else if (held.equals(report)) {
                return Ingest.UNCHANGED;
            } else if (Versions.later(held, report) == report) {
                result = Ingest.REPLACED;
            } else {
                return Ingest.SUPERSEDED;
            }
            reports.put(report.id(), report);
            current = null;
            return result;
        }
    }

    /**
     * Takes several reports into the timeline; see {@link #ingest(Report)}.
     *
     * @return what was done with each, in order
     */
    public List<Ingest> ingestAll(Collection<Report> batch) {
        List<Ingest> out = new ArrayList<>(batch.size());
        synchronized (reports) {
            for (Report r : batch) {
                out.add(ingest(r));
            }
        }
        return out;
    }

    /** Returns the number of reports held. */
    public int size() {
        synchronized (reports) {
            return reports.size();
        }
    }

    /** Returns the reports held, by id. */
    public List<Report> reports() {
        synchronized (reports) {
            return List.copyOf(reports.values());
        }
    }

    /** Returns the current timeline: every report held, reconciled. */
    public Timeline timeline() {
        Timeline t = current;
        if (t != null) {
            return t;
        }
        synchronized (reports) {
            if (current == null) {
                current = reconciler.reconcile(reports.values());
            }
            return current;
        }
    }

    /**
     * Returns the timeline as it was known on a date: only reports published up to then (by their
     * own local date) take part; undated reports are left out.
     *
     * @throws NullPointerException if {@code asOf} is null
     */
    public Timeline asOf(Anchor asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<Report> snapshot;
        synchronized (reports) {
            snapshot = List.copyOf(reports.values());
        }
        return reconciler.reconcile(snapshot, asOf);
    }

    /** Returns the events whose date overlaps {@code from..to}, inclusive. */
    public List<TimelineEvent> between(LocalDate from, LocalDate to) {
        return timeline().between(from, to);
    }

    /** Returns the events an actor takes part in, found by any of its names, aliases or handles. */
    public List<TimelineEvent> involving(String actorName) {
        return timeline().involving(actorName);
    }

    /** Returns the events of a kind. */
    public List<TimelineEvent> ofKind(EventKind kind) {
        return timeline().ofKind(kind);
    }

    /** Returns what changed between the timeline as of {@code earlier} and as of {@code later}. */
    public TimelineDiff diff(Anchor earlier, Anchor later) {
        return diff(asOf(earlier), asOf(later));
    }

    /** Returns what changed from timeline {@code before} to timeline {@code after}, event by event id. */
    public static TimelineDiff diff(Timeline before, Timeline after) {
        Map<String, TimelineEvent> a = byId(before);
        Map<String, TimelineEvent> b = byId(after);
        TimelineDiff.Builder d = TimelineDiff.builder();
        b.forEach((id, e) -> {
            TimelineEvent old = a.get(id);
            if (old == null) {
                d.addAdded(e);
            } else if (!old.equals(e)) {
                d.addChanged(e);
            }
        });
        a.forEach((id, e) -> {
            if (!b.containsKey(id)) {
                d.addRemoved(e);
            }
        });
        return d.build();
    }

    private static Map<String, TimelineEvent> byId(Timeline t) {
        return t.events().stream()
                .collect(Collectors.toMap(TimelineEvent::id, Function.identity(), (x, y) -> x, TreeMap::new));
    }
}
