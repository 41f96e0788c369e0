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

    static Clusters build(List<RecordView> views, long[] pairs, PairScorer scorer) {
        int n = views.size();
        double[] score = new double[pairs.length];
        Integer[] order = new Integer[pairs.length];
        for (int p = 0; p < pairs.length; p++) {
            score[p] = scorer.score(first(views, pairs[p]), second(views, pairs[p]));
            order[p] = p;
        }
        Arrays.sort(
                order,
                Comparator.comparingDouble((Integer p) -> -score[p])
                        .thenComparing(p -> first(views, pairs[p]).ref)
                        .thenComparing(p -> second(views, pairs[p]).ref));
        int[] clusterOf = new int[n];
        Map<Integer, List<RecordView>> members = new HashMap<>();
        Map<Integer, List<Integer>> steps = new HashMap<>();
        for (int i = 0; i < n; i++) {
            clusterOf[i] = i;
            members.put(i, new ArrayList<>(List.of(views.get(i))));
        }
        List<Integer> rejected = new ArrayList<>();
        for (int p : order) {
            int a = clusterOf[(int) (pairs[p] >>> 32)];
            int b = clusterOf[(int) pairs[p]];
            if (!PairScorer.merges(score[p])) {
                rejected.add(p);
                continue;
            }
            if (a == b) {
                continue;
            }
            if (vetoedAcross(members.get(a), members.get(b), scorer)) {
                rejected.add(p);
                continue;
            }
            int keep = Math.min(a, b);
            int drop = Math.max(a, b);
            for (RecordView v : members.get(drop)) {
                clusterOf[v.seq] = keep;
            }
            members.get(keep).addAll(members.remove(drop));
            List<Integer> s = steps.computeIfAbsent(keep, k -> new ArrayList<>());
            s.addAll(steps.getOrDefault(drop, List.of()));
            steps.remove(drop);
            s.add(p);
        }
        List<List<RecordView>> groups = new ArrayList<>();
        for (List<RecordView> g : new TreeMap<>(members).values()) {
            g.sort(Comparator.comparing(v -> v.ref));
            groups.add(g);
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
