package dev.entente.reconcile;

import dev.entente.model.Report;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The origin of each report: reports naming the same wire agency share one, and so do reports whose
 * texts are near-copies of each other (word 3-shingle containment at least {@value #NEAR_COPY},
 * after mapping the words synonym spinners swap to one representative). Origins are transitive: a
 * rewrite of a wire copy traces back to the wire. Each origin is named by its smallest report id.
 */
final class Origins {
    static final double NEAR_COPY = 0.2;
    private static final int MIN_SHINGLES = 20;

    private final Map<String, String> originOf;

    private Origins(Map<String, String> originOf) {
        this.originOf = originOf;
    }

    /**
     * Computes the origins of {@code reports}; texts are compared only for the given pairs of
     * reports (those that share a candidate record pair).
     */
    static Origins compute(List<Report> reports, List<Report[]> pairs) {
        return link(reports, pairs, true);
    }

    /** Computes origins from agencies and pairs already known to be near-copies. */
    static Origins computeLinked(List<Report> reports, List<Report[]> nearCopies) {
        return link(reports, nearCopies, false);
    }

    /** Returns origins given by a map from report id to origin. */
    static Origins of(Map<String, String> originOf) {
        return new Origins(new HashMap<>(originOf));
    }

    /** Returns the origin of every report, by report id. */
    Map<String, String> asMap() {
        return java.util.Collections.unmodifiableMap(originOf);
    }

    private static Origins link(List<Report> reports, List<Report[]> pairs, boolean compareTexts) {
        Map<String, Integer> index = new HashMap<>();
        for (Report r : reports) {
            index.put(r.id(), index.size());
        }
        Map<String, Integer> agencyNode = new HashMap<>();
        for (Report r : reports) {
            agency(r).ifPresent(a -> agencyNode.computeIfAbsent(a, k -> index.size() + agencyNode.size()));
        }
        int[] parent = UnionFind.singletons(index.size() + agencyNode.size());
        for (Report r : reports) {
            Optional<String> a = agency(r);
            if (a.isPresent()) {
                UnionFind.union(parent, index.get(r.id()), agencyNode.get(a.get()));
            }
        }
        Map<String, long[]> shingles = new HashMap<>();
        for (Report[] p : pairs) {
            int a = index.get(p[0].id());
            int b = index.get(p[1].id());
            if (!compareTexts) {
                UnionFind.union(parent, a, b);
            } else if (UnionFind.find(parent, a) != UnionFind.find(parent, b)
                    && p[0].text().isPresent()
                    && p[1].text().isPresent()
                    && containment(
                                    shingles.computeIfAbsent(
                                            p[0].id(), k -> shingles(p[0].text().get())),
                                    shingles.computeIfAbsent(
                                            p[1].id(), k -> shingles(p[1].text().get())))
                            >= NEAR_COPY) {
                UnionFind.union(parent, a, b);
            }
        }
        Map<Integer, String> name = new HashMap<>();
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(java.util.Comparator.comparing(Report::id));
        Map<String, String> originOf = new HashMap<>();
        for (Report r : sorted) {
            String origin = name.computeIfAbsent(UnionFind.find(parent, index.get(r.id())), k -> r.id());
            originOf.put(r.id(), origin);
        }
        return new Origins(originOf);
    }

    /** Returns the origins of a subset of the reports (a component), as computed over all of them. */
    Origins restrictedTo(List<Report> subset) {
        Map<String, String> o = new HashMap<>();
        for (Report report : subset) {
            o.put(report.id(), originOf.get(report.id()));
        }
        return new Origins(o);
    }

    /** Returns the report's origin: the smallest id among the reports it shares one with. */
    String origin(Report r) {
        return originOf.getOrDefault(r.id(), r.id());
    }

    boolean sameOrigin(Report a, Report b) {
        return origin(a).equals(origin(b));
    }

    /** A short description of why two reports share an origin, for explanations. */
    String why(Report a, Report b) {
        Optional<String> ga = agency(a);
        if (ga.isPresent() && ga.equals(agency(b))) {
            return "same agency " + a.source().agency().get();
        }
        if (sameOrigin(a, b)) {
            return "copies of one story (origin " + origin(a) + ")";
        }
        return "different origins";
    }

    static Optional<String> agency(Report r) {
        return r.source().agency().map(Names::fold).filter(s -> !s.isEmpty());
    }

    static long[] shingles(String text) {
        List<String> w = Names.words(text);
        if (w.size() < 3) {
            return new long[0];
        }
        long[] out = new long[w.size() - 2];
        for (int i = 0; i + 2 < w.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + 3; j++) {
                String s = Names.SYNONYMS.getOrDefault(w.get(j), w.get(j));
                h = 31 * h + s.hashCode();
                h ^= (h >>> 29);
            }
            out[i] = h;
        }
        Arrays.sort(out);
        return Arrays.stream(out).distinct().toArray();
    }

    static double containment(long[] a, long[] b) {
        if (a.length < MIN_SHINGLES || b.length < MIN_SHINGLES) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int inter = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                inter++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) inter / Math.min(a.length, b.length);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Origins%s", new java.util.TreeMap<>(originOf));
    }
}
