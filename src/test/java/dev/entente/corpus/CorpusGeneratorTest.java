package dev.entente.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.json.ReportReader;
import dev.entente.model.Report;
import dev.entente.reconcile.Reconciler;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    private static String[] generate(long seed, long episodes) {
        StringWriter reports = new StringWriter();
        StringWriter gold = new StringWriter();
        CorpusGenerator.withSeed(seed).write(episodes, reports, gold);
        return new String[] {reports.toString(), gold.toString()};
    }

    private static List<Report> read(String jsonl) {
        List<Report> out = new ArrayList<>();
        ReportReader.strict()
                .readLines("gen.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)))
                .forEach(r -> {
                    assertThat(r.problems()).as(r.toString()).isEmpty();
                    out.add(r.orElseThrow());
                });
        return out;
    }

    @Test
    void write_sameSeed_sameBytes() {
        assertThat(generate(7, 40)).isEqualTo(generate(7, 40));
    }

    @Test
    void write_otherSeed_otherCorpus() {
        assertThat(generate(7, 40)[0]).isNotEqualTo(generate(8, 40)[0]);
    }

    @Test
    void write_everyReportIsValidWithoutWarnings_andIdsAreUnique() {
        List<Report> reports = read(generate(3, 200)[0]);
        Set<String> ids = new HashSet<>();
        reports.forEach(r -> assertThat(ids.add(r.id())).as(r.id()).isTrue());
        long records = reports.stream().mapToLong(r -> r.records().size()).sum();
        assertThat(records / 200.0).isBetween(8.0, 14.0);
    }

    @Test
    void write_goldCoversEveryRecordExactlyOnce() {
        String[] corpus = generate(5, 150);
        Set<String> expected = new HashSet<>();
        for (Report r : read(corpus[0])) {
            for (int i = 0; i < r.records().size(); i++) {
                expected.add(r.id() + "#" + i);
            }
        }
        Map<String, List<String>> gold =
                Scores.readGold(new ByteArrayInputStream(corpus[1].getBytes(StandardCharsets.UTF_8)));
        List<String> named = gold.values().stream().flatMap(List::stream).toList();
        assertThat(named).doesNotHaveDuplicates();
        assertThat(new HashSet<>(named)).isEqualTo(expected);
    }

    @Test
    void episode_isTheSameAloneAsInsideACorpus() {
        CorpusGenerator g = CorpusGenerator.withSeed(11);
        assertThat(g.episode(42)).isEqualTo(g.episode(42));
        assertThat(g.episode(42).reports().get(0).id()).startsWith("g42-");
    }

    @Test
    void episode_afterSixtyYearsOfEpisodes_continuesSixtyYearsLater_notInTheSameWeeks() {
        CorpusGenerator g = CorpusGenerator.withSeed(1);
        long era = 52 * 60 * 26L;
        for (long n = 0; n < era; n += 997) {
            java.time.LocalDate later = firstPublished(g, n + era);
            assertThat(java.time.temporal.ChronoUnit.WEEKS.between(firstPublished(g, n), later))
                    .as("episode %d against %d", n + era, n)
                    .isEqualTo(52 * 60);
        }
    }

    private static java.time.LocalDate firstPublished(CorpusGenerator g, long episode) {
        return g.episode(episode).reports().get(0).publishedAt().orElseThrow().date();
    }

    @Test
    void reconcile_generatedCorpus_pairwiseF1AtLeastMeasured() {
        String[] corpus = generate(1, 300);
        Scores s = Scores.of(
                Reconciler.standard().reconcile(read(corpus[0])),
                Scores.readGold(new ByteArrayInputStream(corpus[1].getBytes(StandardCharsets.UTF_8))));
        assertThat(s.pairwiseF1()).as("measured 1.0 for seed 1").isGreaterThanOrEqualTo(0.98);
        assertThat(s.records()).isGreaterThan(2400);
    }
}
