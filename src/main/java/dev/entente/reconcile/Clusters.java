package dev.entente.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Complete-link clustering of records: pairs that scored above the threshold are joined best
 * first, and two clusters join only when no pair across them is vetoed, so two incompatible
 * records are never chained through a third.
 */
final class Clusters {
    private final List<List<RecordView>> groups;
    private final Map<Integer, List<PairDecision>> mergeSteps;
    private final List<PairDecision> rejected;
    private final int[] clusterOf;
    private final Map<RecordRef, RecordView> byRef;

    private Clusters(
            List<List<RecordView>> groups,
            Map<Integer, List<PairDecision>> mergeSteps,
            List<PairDecision> rejected,
            int[] clusterOf,
            Map<RecordRef, RecordView> byRef) {
        this.groups = groups;
        this.mergeSteps = mergeSteps;
        this.rejected = rejected;
        this.clusterOf = clusterOf;
        this.byRef = byRef;
    }

    static Clusters build(
            List<RecordView> views, List<PairDecision> decisions, Map<RecordRef, RecordView> byRef, PairScorer scorer) {
        int n = views.size();
        int[] clusterOf = new int[n];
        Map<Integer, List<RecordView>> members = new HashMap<>();
        Map<Integer, List<PairDecision>> steps = new HashMap<>();
        for (int i = 0; i < n; i++) {
            clusterOf[i] = i;
            members.put(i, new ArrayList<>(List.of(views.get(i))));
        }
        List<PairDecision> ordered = new ArrayList<>(decisions);
        ordered.sort(Comparator.comparingDouble((PairDecision d) -> -d.score())
                .thenComparing(PairDecision::first)
                .thenComparing(PairDecision::second));
        List<PairDecision> rejected = new ArrayList<>();
        for (PairDecision d : ordered) {
            int a = clusterOf[byRef.get(d.first()).seq];
            int b = clusterOf[byRef.get(d.second()).seq];
            if (!d.merged()) {
                rejected.add(d);
                continue;
            }
            if (a == b) {
                continue;
            }
            if (vetoedAcross(members.get(a), members.get(b), scorer)) {
                rejected.add(d);
                continue;
            }
            int keep = Math.min(a, b);
            int drop = Math.max(a, b);
            for (RecordView v : members.get(drop)) {
                clusterOf[v.seq] = keep;
            }
            members.get(keep).addAll(members.remove(drop));
            List<PairDecision> s = steps.computeIfAbsent(keep, k -> new ArrayList<>());
            s.addAll(steps.getOrDefault(drop, List.of()));
            steps.remove(drop);
            s.add(d);
        }
        List<List<RecordView>> groups = new ArrayList<>();
        for (List<RecordView> g : new TreeMap<>(members).values()) {
            g.sort(Comparator.comparing(v -> v.ref));
            groups.add(g);
        }
        return new Clusters(groups, steps, rejected, clusterOf, byRef);
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

    /** The explanation of every event: its merge steps and its closest rejected pairs. */
    Map<String, Explanation> explanations(Map<RecordRef, String> eventOf) {
        Map<String, Explanation.Builder> out = new TreeMap<>();
        for (List<RecordView> g : groups) {
            String id = eventOf.get(g.get(0).ref);
            Explanation.Builder b = Explanation.builder().event(id);
            b.addAllMerges(mergeSteps.getOrDefault(clusterOf[g.get(0).seq], List.of()));
            out.put(id, b);
        }
        Map<String, Integer> misses = new HashMap<>();
        for (PairDecision d : rejected) {
            String ea = eventOf.get(d.first());
            String eb = eventOf.get(d.second());
            if (ea.equals(eb)) {
                continue;
            }
            for (String e : List.of(ea, eb)) {
                if (misses.merge(e, 1, Integer::sum) <= 3) {
                    out.get(e).addNearMisses(d);
                }
            }
        }
        Map<String, Explanation> built = new TreeMap<>();
        out.forEach((k, v) -> built.put(k, v.build()));
        return built;
    }

    RecordView view(RecordRef ref) {
        return byRef.get(ref);
    }
}
