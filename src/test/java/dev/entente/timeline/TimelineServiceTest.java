package dev.entente.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.json.ReadResult;
import dev.entente.json.ReportReader;
import dev.entente.json.TimelineWriter;
import dev.entente.model.EventKind;
import dev.entente.model.Report;
import dev.entente.model.Source;
import dev.entente.reconcile.Reconciler;
import dev.entente.reconcile.Timeline;
import dev.entente.time.Anchor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TimelineServiceTest {
    private static final List<Report> SEEDS = read();

    private static List<Report> read() {
        Path dir = Path.of(System.getProperty("entente.repo", "."), "docs", "examples", "seeds");
        try (Stream<ReadResult> r = ReportReader.standard().readAll(List.of(dir))) {
            return r.map(ReadResult::orElseThrow).toList();
        }
    }

    private static Report withOutlet(Report r, String outlet, String publishedAt) {
        return Report.builder()
                .id(r.id())
                .source(Source.of(outlet))
                .publishedAt(Anchor.parse(publishedAt))
                .addAllRecords(r.records())
                .build();
    }

    @Test
    void ingest_sameReportTwice_isNoOp() {
        TimelineService service = TimelineService.inMemory();
        assertThat(service.ingest(SEEDS.get(0))).isEqualTo(Ingest.ADDED);
        Timeline before = service.timeline();
        assertThat(service.ingest(SEEDS.get(0))).isEqualTo(Ingest.UNCHANGED);
        assertThat(service.timeline()).isSameAs(before);
    }

    @Test
    void ingest_newerVersion_replaces_olderVersion_isIgnored_inAnyOrder() {
        Report older = withOutlet(SEEDS.get(4), "first", "2026-01-28");
        Report newer = withOutlet(SEEDS.get(4), "second", "2026-01-29");
        TimelineService a = TimelineService.inMemory();
        assertThat(a.ingest(older)).isEqualTo(Ingest.ADDED);
        assertThat(a.ingest(newer)).isEqualTo(Ingest.REPLACED);
        TimelineService b = TimelineService.inMemory();
        b.ingest(newer);
        assertThat(b.ingest(older)).isEqualTo(Ingest.SUPERSEDED);
        assertThat(a.reports()).containsExactly(newer);
        assertThat(TimelineWriter.pretty().write(a.timeline()))
                .isEqualTo(TimelineWriter.pretty().write(b.timeline()));
    }

    @Test
    void timeline_equalsReconcilingTheReportsHeld() {
        TimelineService service = TimelineService.inMemory();
        service.ingestAll(SEEDS);
        assertThat(service.timeline()).isEqualTo(Reconciler.standard().reconcile(SEEDS));
        assertThat(service.ofKind(EventKind.VISIT)).hasSize(1);
        assertThat(service.involving("EAM")).isNotEmpty();
        assertThat(service.between(LocalDate.parse("2026-02-04"), LocalDate.parse("2026-02-04")))
                .hasSize(2);
    }

    @Test
    void diff_betweenAsOfDates_showsWhatTheLaterReportsAdded() {
        TimelineService service = TimelineService.inMemory();
        service.ingestAll(SEEDS);
        TimelineDiff diff = service.diff(Anchor.parse("2026-01-29"), Anchor.parse("2026-02-03"));
        assertThat(diff.added()).isNotEmpty();
        assertThat(diff.changed()).isNotEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(service.diff(Anchor.parse("2026-02-03"), Anchor.parse("2026-02-03"))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void concurrentIngestAndQuery_endsAsTheSequentialRun_andQueriesSeeWholeIngests() throws Exception {
        List<Report> shuffled = new ArrayList<>(SEEDS);
        Collections.shuffle(shuffled, new Random(7));
        TimelineService service = TimelineService.inMemory();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Report r : shuffled) {
                futures.add(pool.submit(() -> service.ingest(r)));
                futures.add(pool.submit(() -> {
                    Timeline t = service.timeline();
                    int records = t.events().stream()
                            .mapToInt(e -> e.records().size())
                            .sum();
                    int expected = 0;
                    for (Report held : SEEDS) {
                        if (t.events().stream().anyMatch(e -> e.records().stream()
                                .anyMatch(ref -> ref.report().equals(held.id())))) {
                            expected += held.records().size();
                        }
                    }
                    assertThat(records).isEqualTo(expected);
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(TimelineWriter.pretty().write(service.timeline()))
                .isEqualTo(TimelineWriter.pretty().write(Reconciler.standard().reconcile(SEEDS)));
    }
}
