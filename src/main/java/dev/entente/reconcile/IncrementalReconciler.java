package dev.entente.reconcile;

import dev.entente.model.Report;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A timeline kept up to date one report at a time: adding a report reconciles only the component
 * of the candidate graph it joins (and, when it links two origins, the components both touch), so
 * its cost depends on the size of that component, not on the corpus. The timeline it gives is
 * always the one {@link Reconciler#standard()} gives for the reports it holds.
 *
 * <p>Its reconciled state (components with their events, and origins) can be saved with {@link
 * #components()} and {@link #origins()} and given back to {@link #restore}, which then does not
 * reconcile again.
 *
 * <p>Not thread-safe: callers serialise {@link #add}, {@link #replace} and {@link #timeline}
 * (the timeline it returns is immutable and may be read from any thread).
 */
public final class IncrementalReconciler {

    /**
     * One component of the candidate graph, as {@link #components()} gives it: the ids of its
     * reports and its reconciled events.
     *
     * @param reports the ids of the component's reports
     * @param events the component's events, in {@link Components#EVENT_ORDER}
     */
    public record Component(List<String> reports, List<TimelineEvent> events) {
        /** Copies both lists. */
        public Component {
            reports = List.copyOf(reports);
            events = List.copyOf(events);
        }
    }

    private final Map<String, Integer> indexOf = new HashMap<>();
    /** Node by index: a report, or null for an agency's origin node. */
    private final List<Report> nodes = new ArrayList<>();

    private int held;
    private final Map<Long, PostingIndex> blocks = new HashMap<>();
    /** Union-find over reports into components; -1 for a node that is not a report. */
    private int[] componentParent = new int[16];

    private final List<IntList> componentMembers = new ArrayList<>();
    private final List<List<TimelineEvent>> eventsOf = new ArrayList<>();
    /** Union-find over reports and agencies into origins. */
    private int[] originParent = new int[16];
    /** The reports of each origin (at its root). */
    private final List<IntList> originMembers = new ArrayList<>();
    /** The smallest report id of each origin (at its root), the origin's name; null for none. */
    private final List<String> originName = new ArrayList<>();

    private final Map<String, Integer> agencyNodes = new HashMap<>();
    private final TreeSet<TimelineEvent> ordered = new TreeSet<>(Components.EVENT_ORDER);
    private Timeline cached;

    /** Returns an empty incremental reconciler. */
    public IncrementalReconciler() {}

    /** Returns the number of reports held. */
    public int size() {
        return held;
    }

    /**
     * Adds a report whose id is not held yet.
     *
     * @throws IllegalArgumentException if a report with the same id is held: use {@link #replace}
     * @throws NullPointerException if {@code report} is null
     */
    public void add(Report report) {
        IntList touched = new IntList();
        insert(report, touched);
        recomputeAll(touched);
    }

    /**
     * Adds reports whose ids are not held yet, reconciling each component they touch once: the
     * way to load many reports at a time.
     *
     * @throws IllegalArgumentException if a report with the same id is held or given twice
     * @throws NullPointerException if a report is null
     */
    public void addAll(Collection<Report> batch) {
        IntList touched = new IntList();
        for (Report r : batch) {
            insert(r, touched);
        }
        recomputeAll(touched);
    }

    private void recomputeAll(IntList touched) {
        IntList roots = new IntList();
        for (int i = 0; i < touched.size; i++) {
            roots.add(findComponent(touched.data[i]));
        }
        roots.sortUnique();
        for (int i = 0; i < roots.size; i++) {
            recompute(roots.data[i]);
        }
        cached = null;
    }

    /** Makes a new node (a report, or an agency's origin node when {@code report} is null). */
    private int newNode(Report report) {
        int n = nodes.size();
        if (n == componentParent.length) {
            componentParent = Arrays.copyOf(componentParent, n * 2);
            originParent = Arrays.copyOf(originParent, n * 2);
        }
        nodes.add(report);
        componentParent[n] = -1;
        componentMembers.add(null);
        eventsOf.add(null);
        originParent[n] = n;
        originMembers.add(report == null ? new IntList() : IntList.of(n));
        originName.add(report == null ? null : report.id());
        if (report != null) {
            if (indexOf.putIfAbsent(report.id(), n) != null) {
                throw new IllegalArgumentException("report " + report.id() + " is already held; replace it instead");
            }
            held++;
        }
        return n;
    }

    private void insert(Report report, IntList touched) {
        Objects.requireNonNull(report, "report");
        if (indexOf.containsKey(report.id())) {
            throw new IllegalArgumentException("report " + report.id() + " is already held; replace it instead");
        }
        int id = newNode(report);
        List<Keyed> postings = postings(id, report);
        IntList partners = new IntList();
        for (Keyed k : postings) {
            Components.Timing t = k.posting().timing();
            for (long key : k.keys()) {
                PostingIndex b = blocks.get(key);
                if (b != null) {
                    b.candidates(t, Blocking.staleCopies(key), q -> {
                        if (q.report() != id && Blocking.comparable(t, q.timing(), Blocking.staleCopies(key))) {
                            partners.add(q.report());
                        }
                    });
                }
            }
        }
        index(postings);
        partners.sortUnique();
        IntList dirty = linkOrigins(id, report, partners);
        componentParent[id] = id;
        componentMembers.set(id, IntList.of(id));
        int root = id;
        for (int i = 0; i < partners.size; i++) {
            root = unionComponents(root, partners.data[i]);
        }
        touched.add(root);
        touched.addAll(dirty);
    }

    /** A record's posting with its blocking keys. */
    private record Keyed(PostingIndex.Posting posting, long[] keys) {}

    /** The postings of a report's records: each record's timing and blocking keys. */
    private static List<Keyed> postings(int id, Report report) {
        List<Keyed> out = new ArrayList<>(report.records().size());
        for (int i = 0; i < report.records().size(); i++) {
            out.add(new Keyed(
                    new PostingIndex.Posting(id, Components.timing(report, i)),
                    Blocking.hashedKeys(report.records().get(i))));
        }
        return out;
    }

    private void index(List<Keyed> postings) {
        for (Keyed k : postings) {
            for (long key : k.keys()) {
                blocks.computeIfAbsent(key, x -> new PostingIndex()).add(k.posting());
            }
        }
    }

    /**
     * Replaces a held report by another version of it. The timeline is rebuilt from every report
     * held, since an old version may have joined what the new one keeps apart.
     *
     * @throws IllegalArgumentException if no report with that id is held
     */
    public void replace(Report report) {
        Objects.requireNonNull(report, "report");
        if (!indexOf.containsKey(report.id())) {
            throw new IllegalArgumentException("report " + report.id() + " is not held; add it instead");
        }
        List<Report> all = heldReports();
        all.removeIf(r -> r.id().equals(report.id()));
        all.add(report);
        all.sort(Comparator.comparing(Report::id));
        clear();
        addAll(all);
    }

    private void clear() {
        indexOf.clear();
        nodes.clear();
        held = 0;
        blocks.clear();
        componentMembers.clear();
        eventsOf.clear();
        originMembers.clear();
        originName.clear();
        agencyNodes.clear();
        ordered.clear();
        cached = null;
    }

    private List<Report> heldReports() {
        List<Report> out = new ArrayList<>(held);
        for (Report r : nodes) {
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** Returns the timeline of the reports held; the same as {@link Reconciler#standard()} gives. */
    public Timeline timeline() {
        if (cached == null) {
            List<Report> all = heldReports();
            all.sort(Comparator.comparing(Report::id));
            cached = Timeline.builder()
                    .addAllEvents(ordered)
                    .context(new LazyContext(all))
                    .build();
        }
        return cached;
    }

    // ---- saving and restoring the reconciled state ----------------------------------------------

    /**
     * Returns the components of the reports held, each with its events: with {@link #origins()},
     * what {@link #restore} needs to give back this reconciler without reconciling again.
     */
    public List<Component> components() {
        List<Component> out = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            if (nodes.get(n) != null && componentParent[n] == n) {
                IntList members = componentMembers.get(n);
                List<String> ids = new ArrayList<>(members.size);
                for (int i = 0; i < members.size; i++) {
                    ids.add(nodes.get(members.data[i]).id());
                }
                List<TimelineEvent> events = eventsOf.get(n);
                out.add(new Component(ids, events == null ? List.of() : events));
            }
        }
        return out;
    }

    /**
     * Returns the origins of the reports held, each as the ids of its reports: reports naming the
     * same agency, and near-copies of one another, transitively.
     */
    public List<List<String>> origins() {
        List<List<String>> out = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            IntList members = originMembers.get(n);
            if (originParent[n] == n && members != null && members.size > 0) {
                List<String> ids = new ArrayList<>(members.size);
                for (int i = 0; i < members.size; i++) {
                    ids.add(nodes.get(members.data[i]).id());
                }
                out.add(ids);
            }
        }
        return out;
    }

    /**
     * Returns a reconciler holding {@code reports} with the reconciled state another reconciler
     * holding exactly these reports gave ({@link #components()}, {@link #origins()}), without
     * reconciling again: only the blocking index is rebuilt. The state is trusted: given a state
     * that does not belong to these reports, the timeline is wrong.
     *
     * @param reports the reports, one version of each id
     * @param components every report's component, from {@link #components()}
     * @param origins every report's origin, from {@link #origins()}
     * @return the reconciler
     * @throws IllegalArgumentException if a report id is given twice, or the components or origins
     *     do not name every report exactly once
     * @throws NullPointerException if an argument or element is null
     */
    public static IncrementalReconciler restore(
            Collection<Report> reports, List<Component> components, List<List<String>> origins) {
        IncrementalReconciler r = new IncrementalReconciler();
        List<Report> list = List.copyOf(reports);
        for (Report report : list) {
            r.newNode(report);
        }
        List<List<Keyed>> postings = java.util.stream.IntStream.range(0, list.size())
                .parallel()
                .mapToObj(i -> postings(i, list.get(i)))
                .toList();
        for (List<Keyed> ps : postings) {
            for (Keyed k : ps) {
                for (long key : k.keys()) {
                    r.blocks.computeIfAbsent(key, x -> new PostingIndex()).addUnsealed(k.posting());
                }
            }
        }
        r.blocks.values().parallelStream().forEach(PostingIndex::seal);
        boolean[] inComponent = new boolean[list.size()];
        for (Component c : components) {
            IntList members = r.indexes(c.reports(), "component", inComponent);
            int root = members.data[0];
            for (int i = 0; i < members.size; i++) {
                r.componentParent[members.data[i]] = root;
            }
            r.componentMembers.set(root, members);
            r.eventsOf.set(root, c.events());
            r.ordered.addAll(c.events());
        }
        boolean[] inOrigin = new boolean[list.size()];
        for (List<String> o : origins) {
            IntList members = r.indexes(o, "origin", inOrigin);
            int root = members.data[0];
            String name = null;
            for (int i = 0; i < members.size; i++) {
                int m = members.data[i];
                r.originParent[m] = root;
                r.originMembers.set(m, null);
                String id = r.nodes.get(m).id();
                name = name == null || id.compareTo(name) < 0 ? id : name;
            }
            r.originMembers.set(root, members);
            r.originName.set(root, name);
        }
        for (int n = 0; n < list.size(); n++) {
            if (!inComponent[n] || !inOrigin[n]) {
                throw new IllegalArgumentException(
                        "report " + list.get(n).id() + " is in no component or no origin of the state given");
            }
            Optional<String> agency = Components.agencyKey(list.get(n));
            if (agency.isPresent()) {
                int node = r.agencyNode(agency.get());
                int ra = r.findOrigin(node);
                int rn = r.findOrigin(n);
                if (ra == node && r.originMembers.get(node).size == 0) {
                    r.originParent[node] = rn;
                    r.originMembers.set(node, null);
                } else if (ra != rn) {
                    throw new IllegalArgumentException(
                            "reports naming the agency " + agency.get() + " are in different origins");
                }
            }
        }
        return r;
    }

    /** The indexes of the reports a part of a restored state names, each named once in all parts. */
    private IntList indexes(List<String> ids, String what, boolean[] seen) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("an empty " + what + " in the state given");
        }
        IntList out = new IntList();
        for (String id : ids) {
            Integer n = indexOf.get(Objects.requireNonNull(id, "id"));
            if (n == null || seen[n]) {
                throw new IllegalArgumentException(
                        "report " + id + " of a " + what + " in the state given is not held or is named twice");
            }
            seen[n] = true;
            out.add(n);
        }
        return out;
    }

    // ---- components ---------------------------------------------------------------------------

    private void recompute(int root) {
        List<TimelineEvent> old = eventsOf.get(root);
        if (old != null) {
            old.forEach(ordered::remove);
        }
        IntList members = componentMembers.get(root);
        List<Report> component = new ArrayList<>(members.size);
        Map<String, String> originOf = new HashMap<>();
        for (int i = 0; i < members.size; i++) {
            int m = members.data[i];
            Report r = nodes.get(m);
            component.add(r);
            originOf.put(r.id(), originName.get(findOrigin(m)));
        }
        List<TimelineEvent> events = Components.reconcile(component, originOf);
        eventsOf.set(root, events);
        ordered.addAll(events);
    }

    private int findComponent(int id) {
        return UnionFind.find(componentParent, id);
    }

    private int unionComponents(int a, int b) {
        int ra = findComponent(a);
        int rb = findComponent(b);
        if (ra == rb) {
            return ra;
        }
        IntList ma = componentMembers.get(ra);
        IntList mb = componentMembers.get(rb);
        int keep = ma.size >= mb.size ? ra : rb;
        int drop = keep == ra ? rb : ra;
        componentMembers.get(keep).addAll(componentMembers.get(drop));
        componentMembers.set(drop, null);
        componentParent[drop] = keep;
        List<TimelineEvent> dropped = eventsOf.get(drop);
        if (dropped != null) {
            dropped.forEach(ordered::remove);
            eventsOf.set(drop, null);
        }
        return keep;
    }

    // ---- origins --------------------------------------------------------------------------------

    private int agencyNode(String agency) {
        Integer node = agencyNodes.get(agency);
        if (node == null) {
            node = newNode(null);
            agencyNodes.put(agency, node);
        }
        return node;
    }

    /** Links the new report's origin; returns components whose origins changed beyond its own. */
    private IntList linkOrigins(int id, Report report, IntList partners) {
        IntList dirty = new IntList();
        Optional<String> agency = Components.agencyKey(report);
        if (agency.isPresent()) {
            dirty.addAll(unionOrigins(id, agencyNode(agency.get())));
        }
        if (report.text().isPresent()) {
            for (int i = 0; i < partners.size; i++) {
                int p = partners.data[i];
                if (findOrigin(p) != findOrigin(id) && Components.nearCopies(report, nodes.get(p))) {
                    dirty.addAll(unionOrigins(id, p));
                }
            }
        }
        return dirty;
    }

    private int findOrigin(int id) {
        return UnionFind.find(originParent, id);
    }

    /**
     * Joins two origins; returns the components holding reports of both, whose events change when
     * the two count as one origin (none when one side is the new report alone).
     */
    private IntList unionOrigins(int a, int b) {
        int ra = findOrigin(a);
        int rb = findOrigin(b);
        IntList dirty = new IntList();
        if (ra == rb) {
            return dirty;
        }
        IntList ma = originMembers.get(ra);
        IntList mb = originMembers.get(rb);
        if (ma.size > 0 && mb.size > 0) {
            IntList small = ma.size <= mb.size ? ma : mb;
            int large = small == ma ? rb : ra;
            for (int i = 0; i < small.size; i++) {
                int r = small.data[i];
                if (componentParent[r] < 0) {
                    continue;
                }
                int c = findComponent(r);
                IntList members = componentMembers.get(c);
                for (int j = 0; j < members.size; j++) {
                    if (findOrigin(members.data[j]) == large) {
                        dirty.add(c);
                        break;
                    }
                }
            }
        }
        int keep = ma.size >= mb.size ? ra : rb;
        int drop = keep == ra ? rb : ra;
        originMembers.get(keep).addAll(originMembers.get(drop));
        originMembers.set(drop, null);
        originParent[drop] = keep;
        String nk = originName.get(keep);
        String nd = originName.get(drop);
        originName.set(keep, nk == null || (nd != null && nd.compareTo(nk) < 0) ? nd : nk);
        originName.set(drop, null);
        return dirty;
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

    /** A growable array of ints. */
    static final class IntList {
        int[] data;
        int size;

        IntList() {
            data = new int[4];
        }

        static IntList of(int v) {
            IntList l = new IntList();
            l.data = new int[] {v};
            l.size = 1;
            return l;
        }

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, Math.max(4, size * 2));
            }
            data[size++] = v;
        }

        void addAll(IntList other) {
            if (size + other.size > data.length) {
                data = Arrays.copyOf(data, Math.max(size + other.size, size * 2));
            }
            System.arraycopy(other.data, 0, data, size, other.size);
            size += other.size;
        }

        /** Sorts the values and drops repeated ones. */
        void sortUnique() {
            Arrays.sort(data, 0, size);
            int m = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || data[i] != data[i - 1]) {
                    data[m++] = data[i];
                }
            }
            size = m;
        }
    }
}
