package dev.entente.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.EventKind;
import dev.entente.model.Status;
import dev.entente.time.Anchor;
import dev.entente.time.Precision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed episode reconciled: the seven events of the reconciliation issue, and nothing else. */
class SeedTimelineTest {
    private final Timeline timeline = Reconciler.standard().reconcile(Seeds.reports());

    private TimelineEvent at(String earliest, String latest, EventKind kind) {
        List<TimelineEvent> found = timeline.events().stream()
                .filter(e -> e.kind() == kind
                        && e.when()
                                .earliest()
                                .map(LocalDate::toString)
                                .orElse("")
                                .equals(earliest)
                        && e.when().latest().map(LocalDate::toString).orElse("").equals(latest))
                .toList();
        assertThat(found).as("%s %s..%s", kind, earliest, latest).hasSize(1);
        return found.get(0);
    }

    private static List<String> reports(TimelineEvent e) {
        return e.records().stream().map(RecordRef::report).distinct().sorted().toList();
    }

    @Test
    void reconcile_seeds_givesExactlySevenEvents() {
        assertThat(timeline.events()).hasSize(7);
        int records = Seeds.reports().stream().mapToInt(r -> r.records().size()).sum();
        assertThat(timeline.events().stream().mapToInt(e -> e.records().size()).sum())
                .isEqualTo(records);
    }

    @Test
    void phoneCall_jan13_isItsOwnEvent() {
        TimelineEvent call = at("2026-01-13", "2026-01-13", EventKind.MEETING);
        assertThat(reports(call)).containsExactly("seed-003");
        assertThat(call.event()).isInstanceOfSatisfying(dev.entente.model.Meeting.class, m -> assertThat(m.mode())
                .isEqualTo(dev.entente.model.MeetingMode.PHONE));
    }

    @Test
    void financeMinisterial_staleEarlierThisMonth_isNoConflict() {
        TimelineEvent fm = at("2026-01-01", "2026-01-27", EventKind.MINISTERIAL);
        assertThat(reports(fm)).containsExactly("seed-000", "seed-001", "seed-002", "seed-004");
        assertThat(fm.conflicts()).noneMatch(c -> c.field().equals("when"));
        assertThat(fm.when().precision()).isEqualTo(Precision.RANGE);
        assertThat(fm.participants()).anyMatch(a -> a.displayName().equals("Ashwini Vaishnaw"));
    }

    @Test
    void sameDelegation_twoHostsOnTwoDays_staysTwoEvents() {
        TimelineEvent jan25 = at("2026-01-25", "2026-01-25", EventKind.MEETING);
        TimelineEvent jan27 = at("2026-01-27", "2026-01-27", EventKind.MEETING);
        assertThat(reports(jan25)).containsExactly("seed-003");
        assertThat(reports(jan27)).containsExactly("seed-001", "seed-002", "seed-004");
        assertThat(jan27.participants()).anyMatch(a -> a.displayName().equals("Rajesh Kumar Singh"));
    }

    @Test
    void gorMeeting_lastWeek_mergesUndatedCopy() {
        TimelineEvent gor = at("2026-01-26", "2026-02-01", EventKind.MEETING);
        assertThat(reports(gor)).containsExactly("seed-000", "seed-003");
        assertThat(gor.when().precision()).isEqualTo(Precision.WEEK);
    }

    @Test
    void visit_allFiveReports_mostSpecificDate_oneIndependentOrigin() {
        TimelineEvent visit = at("2026-02-02", "2026-02-04", EventKind.VISIT);
        assertThat(reports(visit)).containsExactly("seed-000", "seed-001", "seed-002", "seed-003", "seed-004");
        assertThat(visit.status()).contains(Status.SCHEDULED);
        assertThat(visit.sources().reports()).isEqualTo(5);
        assertThat(visit.sources().outlets()).isEqualTo(5);
        assertThat(visit.sources().independent()).isEqualTo(1);
    }

    @Test
    void ministerial_partOfVisit_withSpunTitleAsAlias() {
        TimelineEvent visit = at("2026-02-02", "2026-02-04", EventKind.VISIT);
        TimelineEvent cmm = at("2026-02-04", "2026-02-04", EventKind.MINISTERIAL);
        assertThat(reports(cmm)).hasSize(5);
        assertThat(cmm.partOf()).contains(visit.id());
        assertThat(cmm.title()).contains("Critical Minerals Ministerial");
        assertThat(cmm.aliases()).contains("Vital Minerals Ministerial");
        assertThat(cmm.conflicts()).anyMatch(c -> c.field().equals("title"));
        assertThat(cmm.sources().independent()).isEqualTo(1);
        assertThat(cmm.provenance().get("when")).contains("seed-001", "seed-004");
    }

    @Test
    void actors_jaishankarUnderEveryName_isOneActor() {
        assertThat(timeline.involving("@DrSJaishankar"))
                .hasSize(timeline.involving("S. Jaishankar").size());
        assertThat(timeline.involving("EAM")).isNotEmpty();
        long jaishankars = timeline.actors().stream()
                .filter(a -> TimelineActors.names(a.actor()).stream().anyMatch(n -> n.contains("Jaishankar")))
                .count();
        assertThat(jaishankars).isEqualTo(1);
    }

    @Test
    void asOf_jan29_showsOnlyWhatTheReportsOfJan28Knew() {
        Timeline early = Reconciler.standard().reconcile(Seeds.reports(), Anchor.parse("2026-01-29"));
        assertThat(early.events()).allSatisfy(e -> assertThat(reports(e)).containsExactly("seed-004"));
        assertThat(early.events()).hasSize(4);
        assertThat(early.events())
                .anyMatch(e -> e.kind() == EventKind.VISIT && e.when().precision() == Precision.WEEK);
        TimelineEvent visitThen = early.ofKind(EventKind.VISIT).get(0);
        TimelineEvent visitNow = at("2026-02-02", "2026-02-04", EventKind.VISIT);
        assertThat(visitThen.id()).isEqualTo(visitNow.id());
    }

    @Test
    void explain_mergeAndNearMiss_nameTheirSignals() {
        TimelineEvent cmm = at("2026-02-04", "2026-02-04", EventKind.MINISTERIAL);
        Explanation x = timeline.explain(cmm.id()).orElseThrow();
        assertThat(x.merges()).hasSize(4);
        assertThat(x.merges()).allSatisfy(d -> assertThat(d.merged()).isTrue());
        TimelineEvent jan25 = at("2026-01-25", "2026-01-25", EventKind.MEETING);
        Explanation apart = timeline.explain(jan25.id()).orElseThrow();
        assertThat(apart.nearMisses()).isNotEmpty();
        assertThat(apart.nearMisses())
                .allSatisfy(d -> assertThat(d.merged() && d.veto().isEmpty()).isFalse());
    }
}
