package dev.entente.reconcile;

import dev.entente.model.Event;
import dev.entente.model.Report;
import dev.entente.time.When;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The corpus cut into independent components: reports joined by candidate record pairs
 * ({@link Blocking}), and the origins of every report (which need all reports, since wire copies
 * of one agency are spread over many components).
 */
final class Partition {
    private final List<List<Report>> components;
    private final List<List<PerReport>> prepared;
    private final long[][] pairs;
    private final Origins origins;

    private Partition(List<List<Report>> components, List<List<PerReport>> prepared, long[][] pairs, Origins origins) {
        this.components = components;
        this.prepared = prepared;
        this.pairs = pairs;
        this.origins = origins;
    }

    /** Partitions reports sorted by id. */
    static Partition of(List<Report> reports) {
        PerReport[] prepared = java.util.stream.IntStream.range(0, reports.size())
                .parallel()
                .mapToObj(ri -> PerReport.of(reports.get(ri)))
                .toArray(PerReport[]::new);
        int[] owner = java.util.stream.IntStream.range(0, reports.size())
                .flatMap(ri -> java.util.stream.IntStream.range(
                                0, reports.get(ri).records().size())
                        .map(i -> ri))
                .toArray();
        long[] pairs = recordPairs(reports, java.util.Arrays.asList(prepared));
        int[] parent = UnionFind.singletons(reports.size());
        List<Report[]> reportPairs = new ArrayList<>();
        long last = -1;
        for (long p : pairs) {
            int a = owner[(int) (p >>> 32)];
            int b = owner[(int) p];
            long reportPair = ((long) Math.min(a, b) << 32) | Math.max(a, b);
            if (reportPair != last
                    && reports.get(a).text().isPresent()
                    && reports.get(b).text().isPresent()) {
                reportPairs.add(new Report[] {reports.get(a), reports.get(b)});
            }
            last = reportPair;
            UnionFind.union(parent, a, b);
        }
        TreeMap<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < reports.size(); i++) {
            groups.computeIfAbsent(UnionFind.find(parent, i), k -> new ArrayList<>())
                    .add(i);
        }
        List<List<Report>> components = new ArrayList<>(groups.size());
        List<List<PerReport>> preparedByComponent = new ArrayList<>(groups.size());
        int[] firstRecord = new int[reports.size()];
        for (int ri = 1; ri < reports.size(); ri++) {
            firstRecord[ri] =
                    firstRecord[ri - 1] + reports.get(ri - 1).records().size();
        }
        int[] componentOf = new int[owner.length];
        int[] local = new int[owner.length];
        for (List<Integer> members : groups.values()) {
            List<Report> component = new ArrayList<>(members.size());
            List<PerReport> inputs = new ArrayList<>(members.size());
            int records = 0;
            for (int i : members) {
                component.add(reports.get(i));
                inputs.add(prepared[i]);
                for (int r = 0; r < reports.get(i).records().size(); r++) {
                    componentOf[firstRecord[i] + r] = components.size();
                    local[firstRecord[i] + r] = records++;
                }
            }
            components.add(component);
            preparedByComponent.add(inputs);
        }
        return new Partition(
                components,
                preparedByComponent,
                pairsByComponent(pairs, componentOf, local, components.size()),
                Origins.compute(reports, reportPairs));
    }

    /**
     * The candidate record pairs among {@code reports}, their records numbered in report order,
     * from the reports' blocking inputs ({@link Blocking#pairs}).
     */
    static long[] recordPairs(List<Report> reports, List<PerReport> prepared) {
        return recordPairs(reports, prepared, 0);
    }

    /** {@link #recordPairs(List, List)} with the keys cut into {@code shards}; 0 lets blocking choose. */
    static long[] recordPairs(List<Report> reports, List<PerReport> prepared, int shards) {
        int n = 0;
        for (Report r : reports) {
            n += r.records().size();
        }
        List<long[]> keys = new ArrayList<>(n);
        Components.Timing[] timings = new Components.Timing[n];
        int[] owner = new int[n];
        int record = 0;
        for (int ri = 0; ri < reports.size(); ri++) {
            PerReport p = prepared.get(ri);
            for (int i = 0; i < p.keys.length; i++) {
                keys.add(p.keys[i]);
                timings[record] = p.timings[i];
                owner[record++] = ri;
            }
        }
        return shards == 0 ? Blocking.pairs(keys, timings, owner) : Blocking.pairs(keys, timings, owner, shards);
    }

    /**
     * The candidate pairs of each component, in its own record numbering: the corpus's pairs
     * grouped by component. Record numbers grow with report order inside a component as in the
     * corpus, so each group stays sorted; it equals {@link Blocking#pairs} run on the component.
     */
    private static long[][] pairsByComponent(long[] pairs, int[] componentOf, int[] local, int components) {
        int[] count = new int[components];
        for (long p : pairs) {
            count[componentOf[(int) (p >>> 32)]]++;
        }
        long[][] out = new long[components][];
        for (int c = 0; c < components; c++) {
            out[c] = new long[count[c]];
        }
        int[] filled = new int[components];
        for (long p : pairs) {
            int c = componentOf[(int) (p >>> 32)];
            out[c][filled[c]++] = ((long) local[(int) (p >>> 32)] << 32) | local[(int) p];
        }
        return out;
    }

    /**
     * What blocking needs of each record of one report, worked out independently of the others:
     * its hashed keys, its date (resolved against the report's date) and its timing (that date in
     * days, with its relative date words).
     */
    record PerReport(long[][] keys, When[] dates, Components.Timing[] timings) {
        static PerReport of(Report r) {
            int n = r.records().size();
            PerReport p = new PerReport(new long[n][], new When[n], new Components.Timing[n]);
            for (int i = 0; i < n; i++) {
                Event e = r.records().get(i);
                p.keys[i] = Blocking.hashedKeys(e);
                p.dates[i] = StandardReconciler.resolve(r, e);
                p.timings[i] = Blocking.timing(p.dates[i], Blocking.words(r, e));
            }
            return p;
        }
    }

    /** The components, each a list of reports sorted by id, in order of their first report. */
    List<List<Report>> components() {
        return components;
    }

    /** The blocking inputs of the reports of component {@code c}, in the order of its reports. */
    List<PerReport> prepared(int c) {
        return prepared.get(c);
    }

    /** The candidate record pairs of component {@code c}, as {@link Blocking#pairs} numbers them. */
    long[] pairs(int c) {
        return pairs[c];
    }

    Origins origins() {
        return origins;
    }
}
