package dev.entente.reconcile;

import dev.entente.model.Report;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether two reports share an origin: the same wire agency, or texts that are near-copies of each
 * other (word 3-shingle containment at least {@value #NEAR_COPY}, after mapping the words synonym
 * spinners swap to one representative, so spun rewrites of one story count as copies too).
 */
final class Origins {
    static final double NEAR_COPY = 0.2;
    private static final int MIN_SHINGLES = 20;

    private final Map<String, long[]> shingles = new ConcurrentHashMap<>();
    private final Map<String, String> parent = new java.util.HashMap<>();

    /**
     * Joins the origins of reports that share an agency, and of the given report pairs whose texts
     * are near-copies; origins are transitive (a rewrite of a wire copy traces back to the wire).
     */
    void link(java.util.Collection<Report> reports, Iterable<Report[]> pairs) {
        Map<String, String> firstOfAgency = new java.util.TreeMap<>();
        for (Report r : reports) {
            parent.putIfAbsent(r.id(), r.id());
            agency(r).ifPresent(a -> {
                String first = firstOfAgency.putIfAbsent(a, r.id());
                if (first != null) {
                    union(first, r.id());
                }
            });
        }
        for (Report[] p : pairs) {
            if (!root(p[0].id()).equals(root(p[1].id()))
                    && p[0].text().isPresent()
                    && p[1].text().isPresent()
                    && containment(shinglesOf(p[0]), shinglesOf(p[1])) >= NEAR_COPY) {
                union(p[0].id(), p[1].id());
            }
        }
    }

    /** The origin of a report after {@link #link}: the smallest report id of its origin. */
    String origin(Report r) {
        return parent.containsKey(r.id()) ? root(r.id()) : r.id();
    }

    private String root(String id) {
        String p = parent.getOrDefault(id, id);
        while (!p.equals(id)) {
            String gp = parent.getOrDefault(p, p);
            parent.put(id, gp);
            id = p;
            p = gp;
        }
        return id;
    }

    private void union(String a, String b) {
        String ra = root(a);
        String rb = root(b);
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    boolean sameOrigin(Report a, Report b) {
        if (a.id().equals(b.id()) || origin(a).equals(origin(b))) {
            return true;
        }
        Optional<String> ga = agency(a);
        if (ga.isPresent() && ga.equals(agency(b))) {
            return true;
        }
        if (a.text().isEmpty() || b.text().isEmpty()) {
            return false;
        }
        return containment(shinglesOf(a), shinglesOf(b)) >= NEAR_COPY;
    }

    /** A short description of why two reports share an origin, for explanations. */
    String why(Report a, Report b) {
        Optional<String> ga = agency(a);
        if (ga.isPresent() && ga.equals(agency(b))) {
            return "same agency " + a.source().agency().get();
        }
        if (origin(a).equals(origin(b))) {
            return "copies of one story (origin " + origin(a) + ")";
        }
        if (a.text().isPresent() && b.text().isPresent()) {
            return String.format(
                    java.util.Locale.ROOT, "text containment %.2f", containment(shinglesOf(a), shinglesOf(b)));
        }
        return "different origins";
    }

    private static Optional<String> agency(Report r) {
        return r.source().agency().map(Names::fold).filter(s -> !s.isEmpty());
    }

    private long[] shinglesOf(Report r) {
        return shingles.computeIfAbsent(
                r.id() + "\u0000" + r.text().get().hashCode(),
                k -> compute(r.text().get()));
    }

    static long[] compute(String text) {
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
}
