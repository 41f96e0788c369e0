package dev.entente.reconcile;

import dev.entente.model.Event;
import dev.entente.model.Report;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A timeline kept up to date one report at a time: adding a report reconciles only the component
 * of the candidate graph it joins (and, when it links two origins, the components both touch), so
 * its cost depends on the size of that component, not on the corpus. The timeline it gives is
 * always the one {@link Reconciler#standard()} gives for the reports it holds.
 *
 * <p>Not thread-safe: callers serialise {@link #add}, {@link #replace} and {@link #timeline}
 * (the timeline it returns is immutable and may be read from any thread).
 */
public final class IncrementalReconciler {
    private record Posting(String report, Components.Timing timing) {}

    /**
     * The records sharing one blocking key, indexed the ways {@link Components#comparable} looks
     * at them: by first day (with the longest interval, to find overlaps), by relative words (for
     * stale copies), and those of unknown date.
     */
    private static final class Block {
        TreeMap<Long, List<Posting>> byStart;
        Map<String, List<Posting>> byWords;
        List<Posting> undated;
        long longest;

        void add(Posting p) {
            Components.Timing t = p.timing();
            if (t.earliest() == Components.Timing.UNKNOWN) {
                if (undated == null) {
                    undated = new ArrayList<>(2);
                }
                undated.add(p);
                return;
            }
            if (byStart == null) {
                byStart = new TreeMap<>();
            }
            byStart.computeIfAbsent(t.earliest(), k -> new ArrayList<>(2)).add(p);
            longest = Math.max(longest, t.latest() - t.earliest());
            if (t.words() != null) {
                if (byWords == null) {
                    byWords = new HashMap<>(4);
                }
                byWords.computeIfAbsent(t.words(), k -> new ArrayList<>(2)).add(p);
            }
        }

        /** Calls {@code f} with every posting that may be comparable with {@code t}. */
        void candidates(Components.Timing t, java.util.function.Consumer<Posting> f) {
            if (undated != null) {
                undated.forEach(f);
            }
            if (byStart == null) {
                return;
            }
            if (t.earliest() == Components.Timing.UNKNOWN) {
                byStart.values().forEach(l -> l.forEach(f));
                return;
            }
            byStart.subMap(t.earliest() - longest - Blocking.NEAR_DAYS, true, t.latest() + Blocking.NEAR_DAYS, true)
                    .values()
                    .forEach(l -> l.forEach(f));
            if (t.words() != null && byWords != null) {
                byWords.getOrDefault(t.words(), List.of()).forEach(f);
            }
        }
    }

    /** Added to days since the epoch so that every date's sort key is positive. */
    private static final long DAY_OFFSET = 4_000_000_000L;

    private final Map<String, Report> reports = new HashMap<>();
    private final Map<Long, Block> blocks = new HashMap<>();
    private final Map<String, String> componentParent = new HashMap<>();
    private final Map<String, Set<String>> componentMembers = new HashMap<>();
    private final Map<String, String> originParent = new HashMap<>();
    private final Map<String, Set<String>> originMembers = new HashMap<>();
    private final Map<String, List<TimelineEvent>> eventsOf = new HashMap<>();
    private final TreeMap<String, TimelineEvent> ordered = new TreeMap<>();
    private final Map<String, String> orderKeyOf = new HashMap<>();
    private Timeline cached;

    /** Returns an empty incremental reconciler. */
    public IncrementalReconciler() {}

    /** Returns the number of reports held. */
    public int size() {
        return reports.size();
    }

    /**
     * Adds a report whose id is not held yet.
     *
     * @throws IllegalArgumentException if a report with the same id is held: use {@link #replace}
     * @throws NullPointerException if {@code report} is null
     */
    public void add(Report report) {
        Set<String> roots = new TreeSet<>();
        insert(report, roots);
        recomputeAll(roots);
    }

    /**
     * Adds reports whose ids are not held yet, reconciling each component they touch once: the
     * way to load many reports at a time.
     *
     * @throws IllegalArgumentException if a report with the same id is held or given twice
     * @throws NullPointerException if a report is null
     */
    public void addAll(Collection<Report> batch) {
        Set<String> roots = new TreeSet<>();
        for (Report r : batch) {
            insert(r, roots);
        }
        recomputeAll(roots);
    }

    private void recomputeAll(Set<String> touched) {
        Set<String> roots = new TreeSet<>();
        for (String d : touched) {
            roots.add(findComponent(d));
        }
        roots.forEach(this::recompute);
        cached = null;
    }

    private void insert(Report report, Set<String> touched) {
        Objects.requireNonNull(report, "report");
        if (reports.containsKey(report.id())) {
            throw new IllegalArgumentException("report " + report.id() + " is already held; replace it instead");
        }
        reports.put(report.id(), report);
        String id = report.id();
        Set<String> partners = new TreeSet<>();
        List<long[]> keys = new ArrayList<>();
        List<Components.Timing> timings = new ArrayList<>();
        for (int i = 0; i < report.records().size(); i++) {
            Event e = report.records().get(i);
            long[] k = Blocking.hashedKeys(e);
            Components.Timing t = Components.timing(report, i);
            keys.add(k);
            timings.add(t);
            for (long key : k) {
                Block b = blocks.get(key);
                if (b != null) {
                    b.candidates(t, p -> {
                        if (!p.report().equals(id) && Components.comparable(t, p.timing())) {
                            partners.add(p.report());
                        }
                    });
                }
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            Posting posting = new Posting(id, timings.get(i));
            for (long key : keys.get(i)) {
                blocks.computeIfAbsent(key, x -> new Block()).add(posting);
            }
        }
        Set<String> dirty = new TreeSet<>(linkOrigins(report, partners));
        componentParent.put(id, id);
        componentMembers.put(id, new TreeSet<>(Set.of(id)));
        String root = id;
        for (String p : partners) {
            root = unionComponents(root, findComponent(p));
        }
        dirty.add(root);
        touched.addAll(dirty);
    }

    /**
     * Replaces a held report by another version of it. The timeline is rebuilt from every report
     * held, since an old version may have joined what the new one keeps apart.
     *
     * @throws IllegalArgumentException if no report with that id is held
     */
    public void replace(Report report) {
        Objects.requireNonNull(report, "report");
        if (!reports.containsKey(report.id())) {
            throw new IllegalArgumentException("report " + report.id() + " is not held; add it instead");
        }
        List<Report> all = new ArrayList<>(reports.values());
        all.removeIf(r -> r.id().equals(report.id()));
        all.add(report);
        all.sort(java.util.Comparator.comparing(Report::id));
        reports.clear();
        blocks.clear();
        componentParent.clear();
        componentMembers.clear();
        originParent.clear();
        originMembers.clear();
        eventsOf.clear();
        ordered.clear();
        orderKeyOf.clear();
        addAll(all);
    }

    /** Returns the timeline of the reports held; the same as {@link Reconciler#standard()} gives. */
    public Timeline timeline() {
        if (cached == null) {
            List<Report> held = new ArrayList<>(reports.values());
            held.sort(java.util.Comparator.comparing(Report::id));
            cached = Timeline.builder()
                    .addAllEvents(ordered.values())
                    .context(new LazyContext(held))
                    .build();
        }
        return cached;
    }

    /** Explanations and actors worked out from a batch run over the reports, when first asked. */
    private static final class LazyContext implements TimelineContext {
        private final List<Report> reports;
        private volatile Timeline batch;

        LazyContext(List<Report> reports) {
            this.reports = reports;
        }

        private Timeline batch() {
            Timeline b = batch;
            if (b == null) {
                b = Reconciler.standard().reconcile(reports);
                batch = b;
            }
            return b;
        }

        @Override
        public Optional<Explanation> explain(String eventId) {
            return batch().explain(eventId);
        }

        @Override
        public List<TimelineActor> actors() {
            return batch().actors();
        }
    }

    private void recompute(String root) {
        for (TimelineEvent e : eventsOf.getOrDefault(root, List.of())) {
            ordered.remove(orderKeyOf.remove(e.id()));
        }
        List<Report> component = new ArrayList<>();
        Map<String, String> originOf = new HashMap<>();
        for (String id : componentMembers.get(root)) {
            Report r = reports.get(id);
            component.add(r);
            originOf.put(id, originName(id));
        }
        List<TimelineEvent> events = Components.reconcile(component, originOf);
        eventsOf.put(root, events);
        for (TimelineEvent e : events) {
            long day = e.when().earliest().map(d -> d.toEpochDay() + DAY_OFFSET).orElse(Long.MAX_VALUE / 2);
            String key = String.format("%020d|%s", day, e.id());
            orderKeyOf.put(e.id(), key);
            ordered.put(key, e);
        }
    }

    private String findComponent(String id) {
        String p = componentParent.get(id);
        while (!p.equals(id)) {
            String gp = componentParent.get(p);
            componentParent.put(id, gp);
            id = p;
            p = gp;
        }
        return id;
    }

    private String unionComponents(String a, String b) {
        String ra = findComponent(a);
        String rb = findComponent(b);
        if (ra.equals(rb)) {
            return ra;
        }
        Set<String> ma = componentMembers.get(ra);
        Set<String> mb = componentMembers.get(rb);
        String keep = ma.size() >= mb.size() ? ra : rb;
        String drop = keep.equals(ra) ? rb : ra;
        componentMembers.get(keep).addAll(componentMembers.remove(drop));
        componentParent.put(drop, keep);
        for (TimelineEvent e : eventsOf.getOrDefault(drop, List.of())) {
            ordered.remove(orderKeyOf.remove(e.id()));
        }
        eventsOf.remove(drop);
        return keep;
    }

    // ---- origins ---------------------------------------------------------------------------------

    /** Links the new report's origin; returns components whose origins changed beyond its own. */
    private Set<String> linkOrigins(Report report, Collection<String> partners) {
        String id = report.id();
        originParent.put(id, id);
        originMembers.put(id, new TreeSet<>(Set.of(id)));
        Set<String> dirty = new HashSet<>();
        Optional<String> agency = Components.agencyKey(report);
        if (agency.isPresent()) {
            String node = "\u0000agency:" + agency.get();
            if (!originParent.containsKey(node)) {
                originParent.put(node, node);
                originMembers.put(node, new TreeSet<>());
            }
            dirty.addAll(unionOrigins(id, node));
        }
        if (report.text().isPresent()) {
            for (String p : partners) {
                Report other = reports.get(p);
                if (!findOrigin(p).equals(findOrigin(id)) && Components.nearCopies(report, other)) {
                    dirty.addAll(unionOrigins(id, p));
                }
            }
        }
        return dirty;
    }

    private String findOrigin(String id) {
        String p = originParent.get(id);
        while (!p.equals(id)) {
            String gp = originParent.get(p);
            originParent.put(id, gp);
            id = p;
            p = gp;
        }
        return id;
    }

    /**
     * Joins two origins; returns the components holding reports of both, whose events change when
     * the two count as one origin (none when one side is the new report alone).
     */
    private Set<String> unionOrigins(String a, String b) {
        String ra = findOrigin(a);
        String rb = findOrigin(b);
        if (ra.equals(rb)) {
            return Set.of();
        }
        Set<String> ma = originMembers.get(ra);
        Set<String> mb = originMembers.get(rb);
        Set<String> dirty = new HashSet<>();
        if (!ma.isEmpty() && !mb.isEmpty()) {
            Set<String> small = ma.size() <= mb.size() ? ma : mb;
            Set<String> large = small == ma ? mb : ma;
            for (String r : small) {
                if (!componentParent.containsKey(r)) {
                    continue;
                }
                String c = findComponent(r);
                for (String other : componentMembers.get(c)) {
                    if (large.contains(other)) {
                        dirty.add(c);
                        break;
                    }
                }
            }
        }
        String keep = ma.size() >= mb.size() ? ra : rb;
        String drop = keep.equals(ra) ? rb : ra;
        originMembers.get(keep).addAll(originMembers.remove(drop));
        originParent.put(drop, keep);
        return dirty;
    }

    /** The name of a report's origin: the smallest report id sharing it. */
    private String originName(String id) {
        return ((TreeSet<String>) originMembers.get(findOrigin(id))).first();
    }
}
