package dev.entente.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.corpus.CorpusGenerator;
import dev.entente.json.TimelineWriter;
import dev.entente.model.Country;
import dev.entente.model.Meeting;
import dev.entente.model.Minister;
import dev.entente.model.Report;
import dev.entente.model.Source;
import dev.entente.model.Status;
import dev.entente.time.Anchor;
import dev.entente.time.When;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Adding reports one at a time gives, at every step, the timeline a batch run gives. */
class IncrementalReconcilerTest {
    private static final List<Report> CORPUS = corpus();

    private static List<Report> corpus() {
        List<Report> all = new ArrayList<>(Seeds.reports());
        Path root = Path.of(System.getProperty("entente.repo", "."), "src", "test", "resources", "corpus");
        all.addAll(Seeds.read(root.resolve("tune")));
        all.addAll(Seeds.read(root.resolve("heldout")));
        CorpusGenerator generator = CorpusGenerator.withSeed(3);
        for (int e = 0; e < 40; e++) {
            all.addAll(generator.episode(e).reports());
        }
        return all;
    }

    private static String json(Timeline t) {
        return TimelineWriter.compact().write(t);
    }

    @Property(tries = 4)
    void add_inAnyOrder_givesTheBatchTimeline(@ForAll long seed) {
        List<Report> shuffled = new ArrayList<>(CORPUS);
        Collections.shuffle(shuffled, new Random(seed));
        IncrementalReconciler live = new IncrementalReconciler();
        for (Report r : shuffled) {
            live.add(r);
        }
        assertThat(json(live.timeline())).isEqualTo(json(Reconciler.standard().reconcile(CORPUS)));
    }

    @Test
    void add_eachStep_equalsTheBatchOfWhatIsHeld() {
        IncrementalReconciler live = new IncrementalReconciler();
        List<Report> held = new ArrayList<>();
        for (Report r : Seeds.reports()) {
            live.add(r);
            held.add(r);
            assertThat(json(live.timeline()))
                    .isEqualTo(json(Reconciler.standard().reconcile(held)));
        }
        assertThat(live.size()).isEqualTo(5);
        String id = live.timeline().events().get(0).id();
        assertThat(live.timeline().explain(id)).isPresent();
        assertThat(live.timeline().actors()).isNotEmpty();
    }

    @Test
    void replace_newVersion_givesTheBatchTimelineOfTheNewVersion() {
        IncrementalReconciler live = new IncrementalReconciler();
        Seeds.reports().forEach(live::add);
        Report old = Seeds.reports().get(4);
        Report renamed = Report.builder()
                .id(old.id())
                .source(Source.of("Another outlet"))
                .publishedAt(old.publishedAt())
                .addAllRecords(old.records())
                .build();
        live.replace(renamed);
        List<Report> expected = new ArrayList<>(Seeds.reports().subList(0, 4));
        expected.add(renamed);
        assertThat(json(live.timeline())).isEqualTo(json(Reconciler.standard().reconcile(expected)));
    }

    @Test
    void add_sameIdTwice_isRefused_replaceUnknown_isRefused() {
        IncrementalReconciler live = new IncrementalReconciler();
        live.add(Seeds.reports().get(0));
        assertThatThrownBy(() -> live.add(Seeds.reports().get(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Seeds.reports().get(0).id());
        assertThatThrownBy(() -> live.replace(Seeds.reports().get(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not held");
    }

    /**
     * Reports of meetings of one of three people with the same two countries (large blocking blocks: the people's and the country pair's), dated to the
     * day, a few days, a week, a month or a year, some with relative date words: the
     * block's index by interval length and by relative words must find every candidate pair.
     */
    static List<Report> mixedPrecisionBlock(long seed, int count) {
        Random rnd = new Random(seed);
        String[] words = {"next week", "last week", "this month", "on Monday"};
        LocalDate start = LocalDate.of(2024, 1, 1);
        List<Report> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            LocalDate day = start.plusDays(rnd.nextInt(3000));
            int precision = rnd.nextInt(20);
            When.Builder when = When.builder();
            if (precision == 0) {
                when.earliest(day.withDayOfYear(1)).latest(day.withDayOfYear(day.lengthOfYear()));
            } else if (precision < 3) {
                when.earliest(day.withDayOfMonth(1)).latest(day.withDayOfMonth(day.lengthOfMonth()));
            } else if (precision < 5) {
                when.earliest(day).latest(day.plusDays(6));
            } else if (precision < 7) {
                when.earliest(day).latest(day.plusDays(1 + rnd.nextInt(2)));
            } else {
                when.earliest(day).latest(day);
            }
            if (rnd.nextInt(6) == 0) {
                when.text(words[rnd.nextInt(words.length)]);
            }
            LocalDate published = day.minusDays(rnd.nextInt(40) - 10);
            Meeting m = Meeting.builder()
                    .ref("m")
                    .when(when.build())
                    .status(Status.SCHEDULED)
                    .title("Talks")
                    .addParticipants(Minister.of("Asha " + surname(rnd.nextInt(3)), "IN"), Country.of("US"))
                    .build();
            out.add(Report.builder()
                    .id(String.format("mix-%03d", n))
                    .source(Source.of("Outlet " + rnd.nextInt(5)))
                    .publishedAt(Anchor.parse(published.toString()))
                    .addRecords(m)
                    .build());
        }
        return out;
    }

    /** A surname of letters only, different for each {@code n}. */
    private static String surname(int n) {
        StringBuilder b = new StringBuilder("Ka");
        for (int m = n; m > 0; m /= 26) {
            b.append((char) ('a' + m % 26));
        }
        return b.toString();
    }

    @Property(tries = 6)
    void add_mixedPrecisionRecordsInOneBlock_givesTheBatchTimeline(@ForAll long seed) {
        List<Report> reports = mixedPrecisionBlock(seed, 150);
        IncrementalReconciler live = new IncrementalReconciler();
        List<Report> held = new ArrayList<>();
        for (Report r : reports) {
            live.add(r);
            held.add(r);
            if (held.size() % 50 == 0) {
                assertThat(json(live.timeline()))
                        .isEqualTo(json(Reconciler.standard().reconcile(held)));
            }
        }
        assertThat(componentsOf(live)).isEqualTo(batchComponents(reports));
        IncrementalReconciler batch = new IncrementalReconciler();
        batch.addAll(reports.subList(0, 75));
        batch.addAll(reports.subList(75, reports.size()));
        assertThat(json(batch.timeline())).isEqualTo(json(Reconciler.standard().reconcile(reports)));
        List<Report> first = reports.subList(0, 100);
        IncrementalReconciler part = new IncrementalReconciler();
        part.addAll(first);
        IncrementalReconciler restored = IncrementalReconciler.restore(first, part.components(), part.origins());
        reports.subList(100, reports.size()).forEach(restored::add);
        assertThat(componentsOf(restored)).isEqualTo(batchComponents(reports));
        assertThat(json(restored.timeline()))
                .isEqualTo(json(Reconciler.standard().reconcile(reports)));
    }

    private static java.util.Set<java.util.Set<String>> componentsOf(IncrementalReconciler live) {
        java.util.Set<java.util.Set<String>> out = new java.util.HashSet<>();
        live.components().forEach(c -> out.add(java.util.Set.copyOf(c.reports())));
        return out;
    }

    private static java.util.Set<java.util.Set<String>> batchComponents(List<Report> reports) {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(java.util.Comparator.comparing(Report::id));
        java.util.Set<java.util.Set<String>> out = new java.util.HashSet<>();
        Partition.of(sorted)
                .components()
                .forEach(c ->
                        out.add(java.util.Set.copyOf(c.stream().map(Report::id).toList())));
        return out;
    }

    @Test
    void restore_fromSavedState_givesTheSameTimeline_andLaterAddsStayExact() {
        List<Report> first = CORPUS.subList(0, CORPUS.size() - 40);
        IncrementalReconciler live = new IncrementalReconciler();
        live.addAll(first);
        IncrementalReconciler restored = IncrementalReconciler.restore(first, live.components(), live.origins());
        assertThat(json(restored.timeline())).isEqualTo(json(live.timeline()));
        assertThat(restored.size()).isEqualTo(first.size());
        for (Report r : CORPUS.subList(CORPUS.size() - 40, CORPUS.size())) {
            restored.add(r);
        }
        assertThat(json(restored.timeline()))
                .isEqualTo(json(Reconciler.standard().reconcile(CORPUS)));
        assertThat(restored.components())
                .hasSameSizeAs(IncrementalReconciler.restore(CORPUS, restored.components(), restored.origins())
                        .components());
    }

    @Test
    void restore_stateNotNamingEveryReport_isRefused() {
        List<Report> some = Seeds.reports();
        IncrementalReconciler live = new IncrementalReconciler();
        live.addAll(some);
        List<IncrementalReconciler.Component> components = new ArrayList<>(live.components());
        components.remove(0);
        assertThatThrownBy(() -> IncrementalReconciler.restore(some, components, live.origins()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no component");
        assertThatThrownBy(() -> IncrementalReconciler.restore(some, live.components(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
