package dev.entente.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class UnionFindTest {

    @Property
    void find_sameRootExactlyWhenJoined_andTheRootIsTheSmallestMember(
            @ForAll @Size(max = 40) List<@IntRange(max = 19) Integer> ends) {
        int n = 20;
        int[] parent = UnionFind.singletons(n);
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = i;
        }
        for (int e = 0; e + 1 < ends.size(); e += 2) {
            int a = ends.get(e);
            int b = ends.get(e + 1);
            boolean apart = label[a] != label[b];
            assertThat(UnionFind.union(parent, a, b)).isEqualTo(apart);
            int from = Math.max(label[a], label[b]);
            int to = Math.min(label[a], label[b]);
            for (int i = 0; i < n; i++) {
                if (label[i] == from) {
                    label[i] = to;
                }
            }
        }
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            roots.add(UnionFind.find(parent, i));
        }
        for (int i = 0; i < n; i++) {
            assertThat(roots.get(i)).as("root of %d", i).isEqualTo(label[i]);
        }
    }
}
