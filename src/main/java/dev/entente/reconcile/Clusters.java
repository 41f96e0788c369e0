package dev.entente.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Complete-link clustering of records: pairs that scored at the threshold are joined best first,
 * and two clusters join only when no pair across them is vetoed, so two incompatible records are
 * never chained through a third. Scores are computed without explanations; the explanations of an
 * event's merges and near-misses are worked out when asked for.
 */
final class Clusters {
    private final List<RecordView> views;
    private final PairScorer scorer;
    private final long[] pairs;
    private final List<List<RecordView>> groups;
    private final Map<Integer, List<Integer>> mergeSteps;
    private final int[] rejected;
    private final int[] clusterOf;

    private Clusters(
            List<RecordView> views,
            PairScorer scorer,
            long[] pairs,
            List<List<RecordView>> groups,
            Map<Integer, List<Integer>> mergeSteps,
            int[] rejected,
            int[] clusterOf) {
        this.views = views;
        this.scorer = scorer;
        this.pairs = pairs;
        this.groups = groups;
        this.mergeSteps = mergeSteps;
        this.rejected = rejected;
        this.clusterOf = clusterOf;
    }

    private static final Comparator<RecordView> BY_REF = (a, b) -> a.ref.compareTo(b.ref);

    static Clusters build(List<RecordView> views, long[] pairs, PairScorer scorer) {
        int n = views.size();
        double[] score = scores(views, pairs, scorer);
        int[] clusterOf = new int[n];
        @SuppressWarnings("unchecked")
        List<RecordView>[] members = new List[n];
        for (int i = 0; i < n; i++) {
            clusterOf[i] = i;
            members[i] = new ArrayList<>(List.of(views.get(i)));
        }
        Map<Integer, List<Integer>> steps = new HashMap<>();
        List<Integer> rejected = new ArrayList<>();
        for (int p : bestFirst(views.stream().map(v -> v.ref).toList(), pairs, score)) {
            int a = clusterOf[(int) (pairs[p] >>> 32)];
            int b = clusterOf[(int) pairs[p]];
            if (!PairScorer.merges(score[p])) {
                rejected.add(p);
            } else if (a != b) {
                if (vetoedAcross(members[a], members[b], scorer)) {
                    rejected.add(p);
                } else {
                    join(Math.min(a, b), Math.max(a, b), p, clusterOf, members, steps);
                }
            }
        }
        List<List<RecordView>> groups = new ArrayList<>();
        for (List<RecordView> g : members) {
            if (g != null) {
                g.sort(BY_REF);
                groups.add(g);
            }
        }
        return new Clusters(
                views,
                scorer,
                pairs,
                groups,
                steps,
                rejected.stream().mapToInt(Integer::intValue).toArray(),
                clusterOf);
    }

    private static double[] scores(List<RecordView> views, long[] pairs, PairScorer scorer) {
        double[] score = new double[pairs.length];
        for (int p = 0; p < pairs.length; p++) {
            score[p] = scorer.score(first(views, pairs[p]), second(views, pairs[p]));
        }
        return score;
    }

    /** Moves cluster {@code drop} into cluster {@code keep}, joined by pair {@code p}. */
    private static void join(
            int keep, int drop, int p, int[] clusterOf, List<RecordView>[] members, Map<Integer, List<Integer>> steps) {
        for (RecordView v : members[drop]) {
            clusterOf[v.seq] = keep;
        }
        members[keep].addAll(members[drop]);
        members[drop] = null;
        List<Integer> s = steps.computeIfAbsent(keep, k -> new ArrayList<>());
        List<Integer> dropped = steps.remove(drop);
        if (dropped != null) {
            s.addAll(dropped);
        }
        s.add(p);
    }

    /**
     * The pairs best first, as indexes into {@code pairs}: by score, highest first, then by the
     * reference of the pair's first record and of its second ({@code refs} holds the reference of
     * each record). Sorted as primitive keys (rank of the score, rank of the pair by references), since
     * the pairs of a large component are many.
     */
    static int[] bestFirst(List<RecordRef> refs, long[] pairs, double[] score) {
        int[] refRank = refRanks(refs);
        int m = pairs.length;
        long[] byRefs = new long[m];
        boolean inOrder = true;
        for (int p = 0; p < m; p++) {
            byRefs[p] = ((long) refRank[(int) (pairs[p] >>> 32)] << 32) | refRank[(int) pairs[p]];
            inOrder &= p == 0 || byRefs[p] > byRefs[p - 1];
        }
        long[] refOrder = null;
        int[] pairAt = null;
        if (!inOrder) {
            refOrder = byRefs.clone();
            Arrays.sort(refOrder);
            pairAt = new int[m];
        }
        double[] distinct = Arrays.stream(score).sorted().distinct().toArray();
        long[] keys = new long[m];
        for (int p = 0; p < m; p++) {
            long scoreRank = distinct.length - 1 - Arrays.binarySearch(distinct, score[p]);
            int tie = p;
            if (!inOrder) {
                tie = Arrays.binarySearch(refOrder, byRefs[p]);
                pairAt[tie] = p;
            }
            keys[p] = (scoreRank << 32) | tie;
        }
        Arrays.sort(keys);
        int[] order = new int[m];
        for (int k = 0; k < m; k++) {
            int tie = (int) keys[k];
            order[k] = inOrder ? tie : pairAt[tie];
        }
        return order;
    }

    /** The rank of each reference among them (they are all different). */
    private static int[] refRanks(List<RecordRef> refs) {
        int n = refs.size();
        int[] rank = new int[n];
        boolean inOrder = true;
        for (int i = 0; i < n; i++) {
            rank[i] = i;
            inOrder &= i == 0 || refs.get(i - 1).compareTo(refs.get(i)) < 0;
        }
        if (!inOrder) {
            Integer[] byRef = new Integer[n];
            for (int i = 0; i < n; i++) {
                byRef[i] = i;
            }
            Arrays.sort(byRef, Comparator.comparing(refs::get));
            for (int r = 0; r < n; r++) {
                rank[byRef[r]] = r;
            }
        }
        return rank;
    }

    private static RecordView first(List<RecordView> views, long pair) {
        return views.get((int) (pair >>> 32));
    }

    private static RecordView second(List<RecordView> views, long pair) {
        return views.get((int) pair);
    }

    private static boolean vetoedAcross(List<RecordView> a, List<RecordView> b, PairScorer scorer) {
        for (RecordView x : a) {
            for (RecordView y : b) {
                if (scorer.veto(x, y) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    List<List<RecordView>> groups() {
        return groups;
    }

    private PairDecision decision(int p) {
        return scorer.decide(first(views, pairs[p]), second(views, pairs[p]));
    }

    /** The explanation of every event: its merge steps and its three closest rejected pairs. */
    Map<String, Explanation> explanations(Map<RecordRef, String> eventOf) {
        Map<String, Explanation.Builder> out = new TreeMap<>();
        for (List<RecordView> g : groups) {
            String id = eventOf.get(g.get(0).ref);
            Explanation.Builder b = Explanation.builder().event(id);
            for (int p : mergeSteps.getOrDefault(clusterOf[g.get(0).seq], List.of())) {
                b.addMerges(decision(p));
            }
            out.put(id, b);
        }
        Map<String, Integer> misses = new HashMap<>();
        for (int p : rejected) {
            String ea = eventOf.get(first(views, pairs[p]).ref);
            String eb = eventOf.get(second(views, pairs[p]).ref);
            if (ea.equals(eb)) {
                continue;
            }
            PairDecision d = null;
            for (String e : List.of(ea, eb)) {
                if (misses.merge(e, 1, Integer::sum) <= 3) {
                    d = d == null ? decision(p) : d;
                    out.get(e).addNearMisses(d);
                }
            }
        }
        Map<String, Explanation> built = new TreeMap<>();
        out.forEach((k, v) -> built.put(k, v.build()));
        return built;
    }
}
