package dev.entente.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.journal.Journal;
import dev.entente.journal.JournalOptions;
import dev.entente.journal.SyncPolicy;
import dev.entente.json.ReportWriter;
import dev.entente.json.TimelineWriter;
import dev.entente.model.Report;
import dev.entente.reconcile.Reconciler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TimelineService} on a journal: what reopening gives back, what is written, snapshots. */
class DurableTimelineServiceTest {
    @TempDir
    Path dir;

    private static List<Report> reports(int count) {
        return LongStream.range(0, count)
                .mapToObj(n -> GeneratedReports.report("r", n, 0))
                .toList();
    }

    private static String pretty(List<Report> reports) {
        return TimelineWriter.pretty().write(Reconciler.standard().reconcile(reports));
    }

    private long entries() throws Exception {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            return j.replay(e -> {});
        }
    }

    @Test
    void reopen_holdsEveryIngestedReport_andTheSameTimeline() throws Exception {
        List<Report> reports = reports(40);
        try (TimelineService s = TimelineService.open(dir)) {
            assertThat(s.isDurable()).isTrue();
            assertThat(s.ingestAll(reports)).containsOnly(Ingest.ADDED);
        }
        try (TimelineService s = TimelineService.open(dir)) {
            assertThat(s.reports()).containsExactlyInAnyOrderElementsOf(reports);
            assertThat(TimelineWriter.pretty().write(s.timeline())).isEqualTo(pretty(reports));
        }
    }

    @Test
    void ingest_thatChangesNothing_writesNothing() throws Exception {
        Report v0 = GeneratedReports.report("r", 1, 0);
        Report v1 = GeneratedReports.report("r", 1, 1);
        try (TimelineService s = TimelineService.open(dir)) {
            assertThat(s.ingest(v1)).isEqualTo(Ingest.ADDED);
            assertThat(s.ingest(v1)).isEqualTo(Ingest.UNCHANGED);
            assertThat(s.ingest(v0)).isEqualTo(Ingest.SUPERSEDED);
        }
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void reopen_laterVersionReplacesEarlier_asInMemoryIngestDoes() throws Exception {
        Report v0 = GeneratedReports.report("r", 1, 0);
        Report v1 = GeneratedReports.report("r", 1, 1);
        try (TimelineService s = TimelineService.open(dir)) {
            s.ingest(v0);
            assertThat(s.ingest(v1)).isEqualTo(Ingest.REPLACED);
        }
        try (TimelineService s = TimelineService.open(dir)) {
            assertThat(s.reports()).containsExactly(v1);
            assertThat(s.ingest(v0)).isEqualTo(Ingest.SUPERSEDED);
        }
        assertThat(entries()).isEqualTo(2);
    }

    @Test
    void ingestBytes_rejected_returnsProblems_andWritesNothing() throws Exception {
        Report good = GeneratedReports.report("r", 2, 0);
        try (TimelineService s = TimelineService.open(dir)) {
            IngestResult bad = s.ingest("bad.json", "{\"id\": 3}".getBytes(StandardCharsets.UTF_8));
            assertThat(bad.isAccepted()).isFalse();
            assertThat(bad.ingest()).isEmpty();
            assertThat(bad.read().errors()).isNotEmpty();
            IngestResult ok = s.ingest("good.json", ReportWriter.compact().writeBytes(good));
            assertThat(ok.ingest()).contains(Ingest.ADDED);
            assertThat(s.reports()).containsExactly(good);
        }
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void snapshot_thenMoreIngests_reopenHoldsAll_andReplaysOnlyLaterEntries() throws Exception {
        List<Report> first = reports(30);
        List<Report> all = new ArrayList<>(first);
        try (TimelineService s = TimelineService.open(dir)) {
            s.ingestAll(first);
            s.snapshot();
            Report replaced = GeneratedReports.report("r", 3, 2);
            s.ingest(replaced);
            all.set(3, replaced);
            Report extra = GeneratedReports.report("x", 1, 0);
            s.ingest(extra);
            all.add(extra);
        }
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            assertThat(j.latestSnapshot())
                    .hasValueSatisfying(sn -> assertThat(sn.upToSequence()).isEqualTo(30));
        }
        try (TimelineService s = TimelineService.open(dir)) {
            assertThat(s.reports()).containsExactlyInAnyOrderElementsOf(all);
            assertThat(TimelineWriter.pretty().write(s.timeline())).isEqualTo(pretty(all));
        }
    }

    @Test
    void snapshot_damaged_isSkipped_andEverythingIsReplayed() throws Exception {
        List<Report> reports = reports(10);
        try (TimelineService s = TimelineService.open(dir)) {
            s.ingestAll(reports);
            s.snapshot();
        }
        Path snap;
        try (var files = Files.list(dir)) {
            snap = files.filter(p -> p.toString().endsWith(".snap")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(snap);
        bytes[bytes.length - 5] ^= 0x20;
        Files.write(snap, bytes);
        try (TimelineService s = TimelineService.open(dir)) {
            assertThat(s.reports()).containsExactlyInAnyOrderElementsOf(reports);
            assertThat(s.warnings()).anyMatch(w -> w.contains("snapshot"));
        }
    }

    @Test
    void closed_ingestThrows_andQueriesStillAnswer() throws Exception {
        Report r = GeneratedReports.report("r", 1, 0);
        TimelineService s = TimelineService.open(dir);
        s.ingest(r);
        s.close();
        assertThatThrownBy(() -> s.ingest(GeneratedReports.report("r", 2, 0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(s.reports()).containsExactly(r);
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void snapshot_ofInMemoryService_isRefused() {
        assertThatThrownBy(() -> TimelineService.inMemory().snapshot()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void snapshotCodec_roundTripsReports() throws Exception {
        List<Report> reports = reports(20);
        assertThat(SnapshotCodec.decode(SnapshotCodec.encode(reports))).isEqualTo(reports);
    }

    /** Generated episodes (wire copies, near-copies, agencies), as a durable service holds them. */
    private static List<Report> episodes(int from, int to) {
        dev.entente.corpus.CorpusGenerator g = dev.entente.corpus.CorpusGenerator.withSeed(5);
        List<Report> out = new ArrayList<>();
        for (int e = from; e < to; e++) {
            g.episode(e).reports().forEach(r -> out.add(GeneratedReports.canonical(r)));
        }
        return out;
    }

    private void deleteSnapshots() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".snap")).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void reopen_fromSnapshotWithStateAndLaterEntries_equalsFullReplay_equalsTheBatchTimeline() throws Exception {
        List<Report> first = episodes(0, 25);
        List<Report> later = episodes(25, 35);
        List<Report> all = new ArrayList<>(first);
        all.addAll(later);
        try (TimelineService s = TimelineService.open(dir)) {
            s.ingestAll(first);
            s.snapshot();
            s.ingestAll(later);
        }
        String fromSnapshot;
        try (TimelineService s = TimelineService.open(dir)) {
            assertThat(s.warnings()).isEmpty();
            assertThat(s.reports()).containsExactlyInAnyOrderElementsOf(all);
            fromSnapshot = TimelineWriter.pretty().write(s.timeline());
            Report extra = episodes(35, 36).get(0);
            s.ingest(extra);
            List<Report> withExtra = new ArrayList<>(all);
            withExtra.add(extra);
            assertThat(TimelineWriter.pretty().write(s.timeline())).isEqualTo(pretty(withExtra));
        }
        assertThat(fromSnapshot).isEqualTo(pretty(all));
        deleteSnapshots();
        try (TimelineService s = TimelineService.open(dir)) {
            assertThat(TimelineWriter.pretty().write(s.timeline())).isEqualTo(pretty(new ArrayList<>(s.reports())));
        }
    }

    @Test
    void reopen_snapshotThenAReplacedReport_reconcilesEverything_andEqualsTheBatchTimeline() throws Exception {
        List<Report> first = episodes(0, 10);
        List<Report> all = new ArrayList<>(first);
        try (TimelineService s = TimelineService.open(dir)) {
            s.ingestAll(first);
            s.snapshot();
            Report replaced = GeneratedReports.canonical(Report.builder()
                    .id(first.get(2).id())
                    .source(dev.entente.model.Source.of("Another outlet"))
                    .publishedAt(dev.entente.time.Anchor.parse("2099-01-01"))
                    .addAllRecords(first.get(2).records())
                    .build());
            assertThat(s.ingest(replaced)).isEqualTo(Ingest.REPLACED);
            all.set(2, replaced);
        }
        try (TimelineService s = TimelineService.open(dir)) {
            assertThat(s.reports()).containsExactlyInAnyOrderElementsOf(all);
            assertThat(TimelineWriter.pretty().write(s.timeline())).isEqualTo(pretty(all));
        }
    }

    @Test
    void reopen_fromAVersion2Snapshot_reportsOnly_reconcilesThemAndEqualsTheBatchTimeline() throws Exception {
        List<Report> first = episodes(0, 8);
        byte[] v3 = SnapshotCodec.encode(first);
        byte[] v2 = java.util.Arrays.copyOf(v3, v3.length - 9);
        v2["entente-timeline-snapshot ".length()] = '2';
        try (TimelineService s = TimelineService.open(dir)) {
            s.ingestAll(first);
        }
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            j.writeSnapshot(j.lastSequence(), v2);
        }
        assertThat(SnapshotCodec.decodeAll(v2).hasState()).isFalse();
        try (TimelineService s = TimelineService.open(dir)) {
            assertThat(s.warnings()).isEmpty();
            assertThat(s.reports()).containsExactlyInAnyOrderElementsOf(first);
            assertThat(TimelineWriter.pretty().write(s.timeline())).isEqualTo(pretty(first));
        }
    }

    @Test
    void reopen_fromASnapshotOfUnknownFormat_replaysEverything_withAWarning() throws Exception {
        List<Report> first = reports(12);
        try (TimelineService s = TimelineService.open(dir)) {
            s.ingestAll(first);
        }
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            j.writeSnapshot(j.lastSequence(), "entente-timeline-snapshot 1\n[]".getBytes(StandardCharsets.UTF_8));
        }
        try (TimelineService s = TimelineService.open(dir)) {
            assertThat(s.warnings()).singleElement().asString().contains("ignoring the snapshot");
            assertThat(s.reports()).containsExactlyInAnyOrderElementsOf(first);
            assertThat(TimelineWriter.pretty().write(s.timeline())).isEqualTo(pretty(first));
        }
    }

    @Test
    void snapshotCodec_roundTripsTheReconciledState() throws Exception {
        List<Report> reports = episodes(0, 6);
        dev.entente.reconcile.IncrementalReconciler live = new dev.entente.reconcile.IncrementalReconciler();
        live.addAll(reports);
        SnapshotCodec.Contents c =
                SnapshotCodec.decodeAll(SnapshotCodec.encode(reports, live.components(), live.origins()));
        assertThat(c.reports()).isEqualTo(reports);
        assertThat(c.components()).isEqualTo(live.components());
        assertThat(c.origins()).isEqualTo(live.origins());
    }

    @Test
    void eightThreadsIngestingAndQuerying_endAsTheSequentialRun_andNoQuerySeesAPartialIngest() throws Exception {
        List<Report> pool = new ArrayList<>();
        for (int n = 0; n < 120; n++) {
            for (int v = 0; v < 3; v++) {
                pool.add(GeneratedReports.report("c", n, v));
            }
        }
        Map<String, Integer> recordsById = new HashMap<>();
        pool.forEach(r -> recordsById.put(r.id(), r.records().size()));
        AtomicLong queries = new AtomicLong();
        AtomicReference<String> partial = new AtomicReference<>();
        JournalOptions batched = JournalOptions.defaults().withSync(SyncPolicy.batched(Duration.ofMillis(5)));
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        try (TimelineService s = TimelineService.open(dir, batched)) {
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    Random rnd = new Random(t);
                    done.add(threads.submit(() -> {
                        List<Report> mine = new ArrayList<>(pool);
                        Collections.shuffle(mine, rnd);
                        int i = 0;
                        while (i < mine.size() || System.nanoTime() < deadline) {
                            if (i < mine.size()) {
                                s.ingest(mine.get(i++));
                            }
                            if (rnd.nextInt(8) == 0) {
                                Map<String, Integer> seen = new HashMap<>();
                                s.timeline().events().forEach(e -> e.records()
                                        .forEach(ref -> seen.merge(ref.report(), 1, Integer::sum)));
                                seen.forEach((id, n) -> {
                                    if (!n.equals(recordsById.get(id))) {
                                        partial.set(id + ": " + n + " of " + recordsById.get(id) + " records");
                                    }
                                });
                                queries.incrementAndGet();
                            }
                            if (i >= mine.size()) {
                                Thread.onSpinWait();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                threads.shutdown();
            }
            TimelineService sequential = TimelineService.inMemory();
            sequential.ingestAll(pool);
            assertThat(partial.get()).isNull();
            assertThat(queries.get()).isPositive();
            assertThat(s.reports()).isEqualTo(sequential.reports());
            assertThat(TimelineWriter.pretty().write(s.timeline()))
                    .isEqualTo(TimelineWriter.pretty().write(sequential.timeline()));
        }
        try (TimelineService s = TimelineService.open(dir)) {
            assertThat(s.reports()).hasSize(120);
            assertThat(s.reports()).allMatch(r -> r.source().outlet().endsWith("v2"));
        }
        assertThat(entries()).isBetween(120L, 360L);
    }
}
