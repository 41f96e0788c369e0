package dev.entente.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.corpus.CorpusGenerator;
import dev.entente.model.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PartitionTest {

    private static List<Report> corpus(int seed, int episodes) {
        CorpusGenerator g = CorpusGenerator.withSeed(seed);
        List<Report> reports = new ArrayList<>();
        for (int e = 0; e < episodes; e++) {
            reports.addAll(g.episode(e * 37L).reports());
        }
        reports.sort(Comparator.comparing(Report::id));
        return reports;
    }

    @Property(tries = 8)
    void pairs_ofEachComponent_areWhatBlockingFindsInTheComponentAlone(@ForAll @IntRange(max = 1000) int seed) {
        Partition p = Partition.of(corpus(seed, 120));
        assertThat(java.util.stream.IntStream.range(0, p.components().size())
                        .map(c -> p.pairs(c).length)
                        .sum())
                .isGreaterThan(100);
        for (int c = 0; c < p.components().size(); c++) {
            List<Report> component = p.components().get(c);
            long[] alone = Partition.recordPairs(
                    component, component.stream().map(Partition.PerReport::of).toList());
            assertThat(p.pairs(c)).as("component %d", c).containsExactly(alone);
        }
    }

    @Property(tries = 4)
    void components_holdEveryReportOnce(@ForAll @IntRange(max = 1000) int seed) {
        List<Report> reports = corpus(seed, 80);
        Partition p = Partition.of(reports);
        Set<String> seen = new HashSet<>();
        p.components().forEach(c -> c.forEach(r -> assertThat(seen.add(r.id())).isTrue()));
        assertThat(seen).hasSize(reports.size());
        assertThat(p.components()).anySatisfy(c -> assertThat(c).hasSizeGreaterThan(1));
    }
}
