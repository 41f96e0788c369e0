package dev.entente.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.json.TimelineWriter;
import dev.entente.model.Report;
import dev.entente.reconcile.Timeline;
import dev.entente.timeline.GeneratedReports;
import dev.entente.timeline.Ingest;
import dev.entente.timeline.TimelineService;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A durable {@link TimelineService} over a journal whose file system fails on request (through the
 * package-private {@link JournalIo} seam): a failed ingest changes nothing and says why, nothing
 * acknowledged is lost, and the service stays usable.
 */
class TimelineServiceFaultTest {
    @TempDir
    Path dir;

    private final FaultyIo io = new FaultyIo();

    private TimelineService open() throws Exception {
        return TimelineService.open(Journal.open(dir, JournalOptions.defaults().withSegmentBytes(4_000), io));
    }

    @Test
    void diskFull_ingestThrows_reportNotHeld_timelineUnchanged_thenRetrySucceeds() throws Exception {
        Report first = GeneratedReports.report("f", 1, 0);
        Report second = GeneratedReports.report("f", 2, 0);
        try (TimelineService s = open()) {
            s.ingest(first);
            Timeline before = s.timeline();
            io.diskFullAfterBytes = 30;
            assertThatThrownBy(() -> s.ingest(second))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(JournalWriteException.class)
                    .hasMessageContaining(second.id());
            io.diskFullAfterBytes = -1;
            assertThat(s.reports()).containsExactly(first);
            assertThat(s.timeline()).isSameAs(before);
            assertThat(s.ingest(second)).isEqualTo(Ingest.ADDED);
        }
        try (TimelineService s = TimelineService.open(dir)) {
            assertThat(s.reports()).containsExactly(first, second);
        }
    }

    @Test
    void failingForce_ingestThrows_andTheReportIsNotThereAfterReopen() throws Exception {
        Report r = GeneratedReports.report("g", 1, 0);
        try (TimelineService s = open()) {
            io.failForces.set(1);
            assertThatThrownBy(() -> s.ingest(r)).isInstanceOf(UncheckedIOException.class);
            assertThat(s.size()).isZero();
        }
        try (TimelineService s = TimelineService.open(dir)) {
            assertThat(s.size()).isZero();
        }
    }

    @Test
    void randomFaults_everyAcknowledgedReportKept_nothingElse() throws Exception {
        Random random = new Random(8);
        List<Report> acknowledged = new ArrayList<>();
        int failures = 0;
        for (int round = 0; round < 3; round++) {
            try (TimelineService s = open()) {
                for (int i = 0; i < 60; i++) {
                    switch (random.nextInt(8)) {
                        case 0 -> io.diskFullAfterBytes = random.nextInt(200);
                        case 1 -> io.failWrites.set(1);
                        case 2 -> io.failForces.set(1);
                        case 3 -> io.failTruncates.set(1);
                        case 4 -> io.failDirectorySyncs.set(1);
                        default -> {}
                    }
                    Report r = GeneratedReports.report("h" + round, i, 0);
                    try {
                        assertThat(s.ingest(r)).isEqualTo(Ingest.ADDED);
                        acknowledged.add(r);
                    } catch (UncheckedIOException e) {
                        failures++;
                        assertThat(e).hasCauseInstanceOf(JournalWriteException.class);
                    }
                    io.diskFullAfterBytes = -1;
                    io.failWrites.set(0);
                    io.failForces.set(0);
                    io.failTruncates.set(0);
                    io.failDirectorySyncs.set(0);
                    assertThat(s.reports()).containsExactlyInAnyOrderElementsOf(acknowledged);
                }
            }
        }
        assertThat(failures).isGreaterThan(10);
        assertThat(Journal.verify(dir)).isEmpty();
        try (TimelineService s = TimelineService.open(dir)) {
            assertThat(s.reports()).containsExactlyInAnyOrderElementsOf(acknowledged);
            assertThat(TimelineWriter.pretty().write(s.timeline()))
                    .isEqualTo(TimelineWriter.pretty()
                            .write(dev.entente.reconcile.Reconciler.standard().reconcile(acknowledged)));
        }
    }
}
