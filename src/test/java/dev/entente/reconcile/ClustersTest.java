package dev.entente.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ClustersTest {

    @Property(tries = 300)
    void bestFirst_sameOrderAsComparingScoreThenReferences(
            @ForAll @IntRange(min = 1, max = 40) int records,
            @ForAll @IntRange(min = 0, max = 200) int pairCount,
            @ForAll boolean shuffled,
            @ForAll long seed) {
        Random random = new Random(seed);
        List<RecordRef> refs = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            refs.add(RecordRef.of("r" + (char) ('a' + i / 3), i % 3));
        }
        if (shuffled) {
            Collections.shuffle(refs, random);
        }
        long[] pairs = random.longs(pairCount, 0, (long) records * records)
                .map(x -> {
                    int i = (int) (x / records);
                    int j = (int) (x % records);
                    return ((long) Math.min(i, j) << 32) | Math.max(i, j);
                })
                .filter(p -> (p >>> 32) != (int) p)
                .sorted()
                .distinct()
                .toArray();
        double[] choices = {Double.NEGATIVE_INFINITY, -1.5, 0, 1.5, 2, 3.25};
        double[] score = new double[pairs.length];
        for (int p = 0; p < pairs.length; p++) {
            score[p] = choices[random.nextInt(choices.length)];
        }
        Integer[] expected = new Integer[pairs.length];
        Arrays.setAll(expected, p -> p);
        Arrays.sort(
                expected,
                Comparator.comparingDouble((Integer p) -> -score[p])
                        .thenComparing(p -> refs.get((int) (pairs[p] >>> 32)))
                        .thenComparing(p -> refs.get((int) (long) pairs[p])));
        assertThat(Clusters.bestFirst(refs, pairs, score))
                .containsExactly(
                        Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    }

    @Property(tries = 200)
    void recordRef_compareTo_byReportThenIndex(
            @ForAll String a, @ForAll @IntRange(max = 5) int i, @ForAll String b, @ForAll @IntRange(max = 5) int j) {
        RecordRef x = RecordRef.of(a, i);
        RecordRef y = RecordRef.of(b, j);
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(RecordRef.ORDER.compare(x, y)));
    }
}
