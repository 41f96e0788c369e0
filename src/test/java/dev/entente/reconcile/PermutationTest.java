package dev.entente.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.json.TimelineWriter;
import dev.entente.model.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The same set of reports gives the same timeline, byte for byte, in whatever order. */
class PermutationTest {
    private static final List<Report> REPORTS = new ArrayList<>();

    static {
        REPORTS.addAll(Seeds.reports());
        Path corpus = Path.of(System.getProperty("entente.repo", "."), "src", "test", "resources", "corpus", "tune");
        REPORTS.addAll(Seeds.read(corpus).stream().toList());
    }

    private static final String EXPECTED =
            TimelineWriter.pretty().write(Reconciler.standard().reconcile(REPORTS));

    @Property(tries = 12)
    void reconcile_shuffledInput_isByteForByteTheSame(@ForAll long seed) {
        List<Report> shuffled = new ArrayList<>(REPORTS);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(TimelineWriter.pretty().write(Reconciler.standard().reconcile(shuffled)))
                .isEqualTo(EXPECTED);
    }
}
