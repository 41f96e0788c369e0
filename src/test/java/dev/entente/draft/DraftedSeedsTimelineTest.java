package dev.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.EventKind;
import dev.entente.model.Report;
import dev.entente.reconcile.Reconciler;
import dev.entente.reconcile.RecordRef;
import dev.entente.reconcile.Timeline;
import dev.entente.reconcile.TimelineEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The five seed articles drafted, then reconciled: the seven seed events, with their dates. */
class DraftedSeedsTimelineTest {
    private static final Path SEEDS = Path.of(System.getProperty("entente.repo", "."), "docs/examples/articles");

    private static List<Report> drafts() throws IOException {
        ReportDrafter drafter = ReportDrafter.builder()
                .clock(Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC))
                .build();
        List<Report> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(SEEDS)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String stem = f.getFileName().toString().replace(".txt", "");
            out.add(drafter.draft(Files.readString(f), "unnamed outlet (" + stem + ")", null, null)
                    .report());
        }
        return out;
    }

    private static String when(TimelineEvent e) {
        return e.when().isUnknown()
                ? "unknown"
                : e.when().earliest().get() + ".." + e.when().latest().get();
    }

    @Test
    void draftedSeeds_reconcile_toTheSevenSeedEvents_withTheirDates() throws IOException {
        List<Report> drafts = drafts();
        assertThat(drafts).hasSize(5);
        Timeline t = Reconciler.standard().reconcile(drafts);
        Map<String, EventKind> expected = Map.of(
                "2026-01-13..2026-01-13", EventKind.MEETING,
                "2026-01-01..2026-01-27", EventKind.MINISTERIAL,
                "2026-01-25..2026-01-25", EventKind.MEETING,
                "2026-01-27..2026-01-27", EventKind.MEETING,
                "2026-01-26..2026-02-01", EventKind.MEETING,
                "2026-02-02..2026-02-04", EventKind.VISIT,
                "2026-02-04..2026-02-04", EventKind.MINISTERIAL);
        assertThat(t.events()).hasSize(7);
        long rightDates = t.events().stream()
                .filter(e -> expected.get(when(e)) == e.kind())
                .count();
        assertThat(rightDates).as("events with the seed table's date").isGreaterThanOrEqualTo(6);
        TimelineEvent visit = t.ofKind(EventKind.VISIT).get(0);
        assertThat(visit.records().stream().map(RecordRef::report).distinct()).hasSize(5);
        TimelineEvent cmm = t.events().stream()
                .filter(e -> e.title().orElse("").contains("Critical Minerals"))
                .findFirst()
                .orElseThrow();
        assertThat(cmm.partOf()).contains(visit.id());
        assertThat(cmm.records().stream().map(RecordRef::report).distinct()).hasSize(5);
    }
}
