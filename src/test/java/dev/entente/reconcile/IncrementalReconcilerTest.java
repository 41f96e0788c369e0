package dev.entente.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.corpus.CorpusGenerator;
import dev.entente.json.TimelineWriter;
import dev.entente.model.Report;
import dev.entente.model.Source;
import java.nio.file.Path;
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
}
