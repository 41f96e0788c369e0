package dev.entente.timeline;

import dev.entente.journal.Journal;
import dev.entente.journal.JournalOptions;
import dev.entente.journal.JournalWriteException;
import dev.entente.journal.Snapshot;
import dev.entente.json.ReadResult;
import dev.entente.json.ReportReader;
import dev.entente.json.ReportWriter;
import dev.entente.model.EventKind;
import dev.entente.model.Report;
import dev.entente.reconcile.IncrementalReconciler;
import dev.entente.reconcile.Reconciler;
import dev.entente.reconcile.Timeline;
import dev.entente.reconcile.TimelineEvent;
import dev.entente.time.Anchor;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
 *
 * <p>A service is either in memory ({@link #inMemory()}) or durable ({@link #open(Path)}): a durable
 * service appends every report it accepts to a {@link Journal} (key: the report id; payload: the
 * report's canonical compact JSON) and makes it visible only once the journal has acknowledged it,
 * so that reopening the directory gives back every report an {@code ingest} returned for. Ingests
 * that change nothing ({@link Ingest#UNCHANGED}, {@link Ingest#SUPERSEDED}) write nothing. Close a
 * durable service; closing an in-memory one does nothing. See {@code docs/durability.md}.
 */
public final class TimelineService implements Closeable {
    private static final int STRIPES = 64;

    private final Reconciler reconciler;

    /**
     * The timeline kept up to date report by report, for the standard reconciler (guarded by
     * {@code lock}); null for another reconciler, whose timeline is reconciled on demand.
     */
    private IncrementalReconciler live;

    private final Journal journal;
    private final Object lock = new Object();
    private final Map<String, Report> reports = new TreeMap<>();
    private final Object[] stripes = new Object[STRIPES];
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private volatile long version;
    private volatile Cached current;
    private boolean closed;

    /** True while the journal is replayed on open: the live timeline is built once, at the end. */
    private boolean loading;

    /** What opening had to skip beyond the journal's own warnings (an unreadable snapshot). */
    private final List<String> openWarnings = new java.util.concurrent.CopyOnWriteArrayList<>();

    private record Cached(long version, Timeline timeline) {}

    private TimelineService(Reconciler reconciler, Journal journal) {
        this.reconciler = reconciler;
        this.journal = journal;
        this.live = reconciler == Reconciler.standard() ? new IncrementalReconciler() : null;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    /** Returns an empty in-memory service using the standard reconciler. */
    public static TimelineService inMemory() {
        return new TimelineService(Reconciler.standard(), null);
    }

    /**
     * Returns an empty in-memory service using the given reconciler.
     *
     * @throws NullPointerException if {@code reconciler} is null
     */
    public static TimelineService inMemory(Reconciler reconciler) {
        return new TimelineService(Objects.requireNonNull(reconciler, "reconciler"), null);
    }

    /**
     * Opens a durable service on a journal directory with the default options ({@link
     * JournalOptions#defaults()}: every entry forced to the device before {@code ingest} returns);
     * see {@link #open(Path, JournalOptions)}.
     *
     * @throws NullPointerException if {@code dir} is null
     * @throws dev.entente.journal.JournalCorruptException if the journal holds a damaged entry followed
     *     by intact ones ({@code bin/entente journal repair DIR})
     * @throws dev.entente.journal.JournalInUseException if the directory is already open
     * @throws IOException if the directory cannot be read or written, or an entry no longer reads as
     *     a report
     */
    public static TimelineService open(Path dir) throws IOException {
        return open(dir, JournalOptions.defaults());
    }

    /**
     * Opens a durable service on a journal directory (created if missing), holding every report the
     * journal holds: the latest intact snapshot, then every later entry, later versions of a report
     * replacing earlier ones exactly as {@link #ingest(Report)} does. Uses the standard reconciler.
     *
     * @param dir the journal directory; not null
     * @param options the journal's sync policy and segment size; not null
     * @return the open service; close it
     * @throws NullPointerException if an argument is null
     * @throws dev.entente.journal.JournalCorruptException if the journal holds a damaged entry followed
     *     by intact ones ({@code bin/entente journal repair DIR})
     * @throws dev.entente.journal.JournalInUseException if the directory is already open
     * @throws IOException if the directory cannot be read or written, or an entry no longer reads as
     *     a report (nothing is changed)
     */
    public static TimelineService open(Path dir, JournalOptions options) throws IOException {
        return open(Journal.open(dir, options));
    }

    /**
     * Opens a durable service on a journal that is already open; the service takes it over and closes
     * it on {@link #close()} (also when this method fails). See {@link #open(Path, JournalOptions)}.
     *
     * @throws NullPointerException if {@code journal} is null
     * @throws IOException if the journal cannot be read or an entry no longer reads as a report
     */
    public static TimelineService open(Journal journal) throws IOException {
        Objects.requireNonNull(journal, "journal");
        try {
            TimelineService service = new TimelineService(Reconciler.standard(), journal);
            service.load();
            return service;
        } catch (IOException | RuntimeException | Error e) {
            try {
                journal.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private void load() throws IOException {
        loading = true;
        Set<String> replayed = new HashSet<>();
        SnapshotCodec.Contents snapshot;
        try {
            snapshot = replayJournal(replayed);
        } finally {
            loading = false;
        }
        if (live != null) {
            synchronized (lock) {
                live = liveTimeline(snapshot, replayed);
            }
        }
    }

    /**
     * The live timeline of the reports held after opening: from the snapshot's reconciled state plus
     * the reports added after it when it has one (and no later entry replaced a report it holds),
     * else reconciled from every report.
     */
    private IncrementalReconciler liveTimeline(SnapshotCodec.Contents snapshot, Set<String> replayed) {
        if (snapshot != null && snapshot.hasState()) {
            List<Report> added = new ArrayList<>();
            boolean replaced = false;
            Set<String> inSnapshot = new HashSet<>();
            snapshot.reports().forEach(r -> inSnapshot.add(r.id()));
            for (String id : replayed) {
                if (inSnapshot.contains(id)) {
                    replaced = true;
                } else {
                    added.add(reports.get(id));
                }
            }
            if (!replaced) {
                try {
                    IncrementalReconciler restored = IncrementalReconciler.restore(
                            snapshot.reports(), snapshot.components(), snapshot.origins());
                    added.sort(java.util.Comparator.comparing(Report::id));
                    restored.addAll(added);
                    return restored;
                } catch (IllegalArgumentException e) {
                    openWarnings.add(journal.directory() + ": the snapshot's reconciled state does not match its"
                            + " reports (" + e.getMessage() + "); reconciling every report");
                }
            }
        }
        IncrementalReconciler fresh = new IncrementalReconciler();
        fresh.addAll(reports.values());
        return fresh;
    }

    /**
     * Reads the latest snapshot (an unreadable one is skipped with a warning) and replays the entries
     * after it; returns the snapshot's contents, or null when everything was replayed.
     */
    private SnapshotCodec.Contents replayJournal(Set<String> replayed) throws IOException {
        Optional<Snapshot> snapshot = journal.latestSnapshot();
        long after = 0;
        SnapshotCodec.Contents contents = null;
        if (snapshot.isPresent()) {
            try {
                contents = SnapshotCodec.decodeAll(snapshot.get().stateBuffer());
                for (Report r : contents.reports()) {
                    apply(r, decide(r));
                }
                after = snapshot.get().upToSequence();
            } catch (IOException e) {
                openWarnings.add(journal.directory() + ": ignoring the snapshot up to entry "
                        + snapshot.get().upToSequence() + " (" + e.getMessage() + "); replaying every entry");
                contents = null;
                synchronized (lock) {
                    reports.clear();
                }
            }
        }
        ReportReader reader = ReportReader.standard();
        IOException[] failure = new IOException[1];
        journal.replay(after, entry -> {
            if (failure[0] != null) {
                return;
            }
            ReadResult read = reader.read(entry.key(), entry.payload().getBytes(StandardCharsets.UTF_8));
            if (!read.isAccepted()) {
                failure[0] = new IOException(journal.directory() + ": entry " + entry.sequence() + " (report "
                        + entry.key() + ") no longer reads as a report: " + read.errors());
                return;
            }
            Report r = read.orElseThrow();
            Ingest decision = decide(r);
            apply(r, decision);
            if (decision == Ingest.ADDED || decision == Ingest.REPLACED) {
                replayed.add(r.id());
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return contents;
    }

    /** Returns true when this service keeps its reports in a journal. */
    public boolean isDurable() {
        return journal != null;
    }

    /**
     * Returns the warnings from opening the journal (torn last entry cut off, damaged or unreadable
     * snapshot skipped, everything replayed instead); empty for an in-memory service. Never null.
     */
    public List<String> warnings() {
        if (journal == null) {
            return List.of();
        }
        List<String> all = new ArrayList<>(journal.warnings());
        all.addAll(openWarnings);
        return List.copyOf(all);
    }

    /**
     * Takes one report into the timeline. A durable service returns only once the report is durable
     * under the journal's sync policy, and makes it visible to queries only then; it holds the report
     * as it reads back from its canonical JSON (the form reopening gives back: for example a date
     * interval built without a text gets its canonical text), so that comparisons with later versions
     * do not depend on whether the service was reopened in between.
     *
     * @return what was done with it
     * @throws NullPointerException if {@code report} is null
     * @throws UncheckedIOException (its cause a {@link JournalWriteException}) if the journal could not
     *     write the report, for example on an I/O error or a full disk: nothing changed, the report is
     *     not held, and the service stays usable
     * @throws IllegalStateException if the service is closed
     * @throws IllegalArgumentException if the report does not read back from its canonical JSON (a
     *     report the interchange format cannot hold); nothing is written
     */
    public Ingest ingest(Report report) {
        Objects.requireNonNull(report, "report");
        if (journal == null) {
            return ingest(report, null);
        }
        String json = ReportWriter.compact().write(report);
        ReadResult read = ReportReader.standard().read(report.id(), json.getBytes(StandardCharsets.UTF_8));
        if (!read.isAccepted()) {
            throw new IllegalArgumentException(
                    "report " + report.id() + " does not read back from its canonical JSON: " + read.errors());
        }
        return ingest(read.orElseThrow(), json);
    }

    private Ingest ingest(Report report, String json) {
        ReentrantReadWriteLock.ReadLock open = gate.readLock();
        open.lock();
        try {
            if (closed) {
                throw new IllegalStateException("timeline service on " + journal.directory() + " is closed");
            }
            synchronized (stripes[Math.floorMod(report.id().hashCode(), STRIPES)]) {
                Ingest result = decide(report);
                if (result == Ingest.UNCHANGED || result == Ingest.SUPERSEDED) {
                    return result;
                }
                if (journal != null) {
                    try {
                        journal.append(report.id(), json);
                    } catch (JournalWriteException e) {
                        throw new UncheckedIOException(e.getMessage(), e);
                    }
                }
                apply(report, result);
                return result;
            }
        } finally {
            open.unlock();
        }
    }

    /**
     * Reads a report document with {@link ReportReader#standard()} and ingests it when it is accepted;
     * a rejected document changes nothing and writes nothing.
     *
     * @param displayName the name problems are reported under, such as {@code r7.json}; not null
     * @param json the document, UTF-8; not null
     * @return the read result (problems, warnings) and, when accepted, what was done with the report
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException as {@link #ingest(Report)}
     * @throws IllegalStateException if the service is closed
     */
    public IngestResult ingest(String displayName, byte[] json) {
        ReadResult read = ReportReader.standard().read(displayName, json);
        if (!read.isAccepted()) {
            return new IngestResult(read, null);
        }
        return new IngestResult(read, ingest(read.orElseThrow()));
    }

    /**
     * Takes several reports into the timeline, one after the other; see {@link #ingest(Report)}. Each
     * report becomes visible as it is ingested; if one fails, the earlier ones stay ingested.
     *
     * @return what was done with each, in order
     */
    public List<Ingest> ingestAll(Collection<Report> batch) {
        List<Ingest> out = new ArrayList<>(batch.size());
        for (Report r : batch) {
            out.add(ingest(r));
        }
        return out;
    }

    private Ingest decide(Report report) {
        Report held;
        synchronized (lock) {
            held = reports.get(report.id());
        }
        if (held == null) {
            return Ingest.ADDED;
        } else if (held.equals(report)) {
            return Ingest.UNCHANGED;
        } else if (dev.entente.reconcile.Components.laterVersion(held, report) == report) {
            return Ingest.REPLACED;
        }
        return Ingest.SUPERSEDED;
    }

    private void apply(Report report, Ingest decision) {
        if (decision == Ingest.ADDED || decision == Ingest.REPLACED) {
            synchronized (lock) {
                reports.put(report.id(), report);
                if (live != null && !loading) {
                    if (decision == Ingest.ADDED) {
                        live.add(report);
                    } else {
                        live.replace(report);
                    }
                }
                version++;
            }
        }
    }

    /**
     * Saves the reports held, and the reconciled state of the timeline, as a journal snapshot, so that
     * the next {@link #open(Path)} reads it, replays only the entries after it and does not reconcile
     * again what the snapshot holds. Ingests wait while the state is captured (not while it is
     * written).
     *
     * @throws IllegalStateException if the service is in memory or closed
     * @throws IOException if the snapshot cannot be written (the previous snapshot, if any, stays)
     */
    public void snapshot() throws IOException {
        if (journal == null) {
            throw new IllegalStateException("an in-memory timeline service has no journal to snapshot");
        }
        List<Report> held;
        List<IncrementalReconciler.Component> components = null;
        List<List<String>> origins = null;
        long upTo;
        gate.writeLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("timeline service on " + journal.directory() + " is closed");
            }
            upTo = journal.lastSequence();
            synchronized (lock) {
                held = List.copyOf(reports.values());
                if (live != null) {
                    components = live.components();
                    origins = live.origins();
                }
            }
        } finally {
            gate.writeLock().unlock();
        }
        journal.writeSnapshot(upTo, SnapshotCodec.encode(held, components, origins));
    }

    /**
     * Closes the journal of a durable service, after every ingest under way has finished; later
     * ingests throw {@link IllegalStateException}, queries keep answering from the reports held. Does
     * nothing for an in-memory service or when already closed.
     *
     * @throws IOException if the journal's final force or close fails
     */
    @Override
    public void close() throws IOException {
        if (journal == null) {
            return;
        }
        gate.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            journal.close();
        } finally {
            gate.writeLock().unlock();
        }
    }

    /** Returns the number of reports held. */
    public int size() {
        synchronized (lock) {
            return reports.size();
        }
    }

    /** Returns the reports held, by id. */
    public List<Report> reports() {
        synchronized (lock) {
            return List.copyOf(reports.values());
        }
    }

    /** Returns the current timeline: every report held, reconciled. */
    public Timeline timeline() {
        if (live != null) {
            synchronized (lock) {
                return live.timeline();
            }
        }
        Cached c = current;
        if (c != null && c.version() == version) {
            return c.timeline();
        }
        List<Report> held;
        long v;
        synchronized (lock) {
            v = version;
            c = current;
            if (c != null && c.version() == v) {
                return c.timeline();
            }
            held = List.copyOf(reports.values());
        }
        Timeline t = reconciler.reconcile(held);
        synchronized (lock) {
            if (current == null || current.version() < v) {
                current = new Cached(v, t);
            }
        }
        return t;
    }

    /**
     * Returns the timeline as it was known on a date: only reports published up to then (by their
     * own local date) take part; undated reports are left out.
     *
     * @throws NullPointerException if {@code asOf} is null
     */
    public Timeline asOf(Anchor asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return reconciler.reconcile(reports(), asOf);
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
