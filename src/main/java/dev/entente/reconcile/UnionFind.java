package dev.entente.reconcile;

/**
 * Disjoint sets over {@code 0..n-1} in a parent array, as the partition, origins, actor identity
 * and the incremental reconciler keep them: {@link #union} makes the smaller root the root, so a
 * set is named by its smallest member.
 */
final class UnionFind {
    private UnionFind() {}

    /** Returns a parent array of {@code n} sets of one member each. */
    static int[] singletons(int n) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        return parent;
    }

    /** Returns the root of {@code i}'s set, halving the path on the way. */
    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the sets of {@code a} and {@code b}; returns true when they were apart. */
    static boolean union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra == rb) {
            return false;
        }
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
        return true;
    }
}
