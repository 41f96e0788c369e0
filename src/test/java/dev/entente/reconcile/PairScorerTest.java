package dev.entente.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Actor;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingMode;
import dev.entente.model.Person;
import dev.entente.model.Report;
import dev.entente.model.Source;
import dev.entente.time.Anchor;
import dev.entente.time.When;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The matching rules for two meeting records, one rule a row. */
class PairScorerTest {

    private static Report report(String id, String agency, Meeting m) {
        Source.Builder s = Source.builder().outlet("outlet " + id);
        if (!agency.isBlank()) {
            s.agency(agency);
        }
        return Report.builder()
                .id(id)
                .source(s.build())
                .publishedAt(Anchor.parse("2026-02-10"))
                .addRecords(m)
                .build();
    }

    private static Meeting meeting(String date, String mode, String people) {
        Meeting.Builder b = Meeting.builder()
                .when(When.parse(date))
                .mode(MeetingMode.fromWireName(mode).orElseThrow());
        for (String p : people.split("\\+")) {
            b.addParticipants(Person.of(p.trim()));
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "same meeting, same day               | 2026-01-27 | in-person | A Rogers+R Singh | 2026-01-27 | in-person | A Rogers+R Singh | true",
                "a day off, all else agrees: conflict | 2026-01-27 | in-person | A Rogers+R Singh | 2026-01-28 | in-person | A Rogers+R Singh | true",
                "a week apart                         | 2026-01-20 | in-person | A Rogers+R Singh | 2026-01-27 | in-person | A Rogers+R Singh | false",
                "call is not the meeting              | 2026-01-27 | phone     | A Rogers+R Singh | 2026-01-27 | in-person | A Rogers+R Singh | false",
                "same guest, two hosts                | 2026-01-25 | in-person | A Rogers+S Jaishankar | 2026-01-27 | in-person | A Rogers+R Singh | false",
                "same guest, two hosts, same day      | 2026-01-27 | in-person | A Rogers+S Jaishankar | 2026-01-27 | in-person | A Rogers+R Singh | false",
                "week around the day                  | 2026-W05   | in-person | A Rogers+R Singh | 2026-01-27 | in-person | Rogers+Singh     | true",
                "subset of participants               | 2026-01-27 | in-person | A Rogers+R Singh+S Gor | 2026-01-27 | in-person | A Rogers+R Singh | true",
            })
    void decide_twoMeetings(
            String rule, String d1, String m1, String p1, String d2, String m2, String p2, boolean merged) {
        Report a = report("a", "", meeting(d1, m1, p1));
        Report b = report("b", "", meeting(d2, m2, p2));
        List<Actor> mentions = new ArrayList<>(a.records().get(0).actors());
        mentions.addAll(b.records().get(0).actors());
        ActorResolver actors = new ActorResolver(mentions);
        RecordView va = new RecordView(0, a, 0, a.records().get(0).when(), actors);
        RecordView vb = new RecordView(1, b, 0, b.records().get(0).when(), actors);
        Origins origins = Origins.compute(List.of(a, b), List.of());
        PairDecision d = new PairScorer(origins).decide(va, vb);
        assertThat(d.merged()).as(rule + ": " + d).isEqualTo(merged);
        assertThat(d.first().report()).isEqualTo("a");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"2026-01-27 | 2026-01-27", "2026-01-26/2026-02-01 | 2026-01-27"})
    void decide_isSymmetric(String d1, String d2) {
        Report a = report("a", "", meeting(d1, "in-person", "A Rogers+R Singh"));
        Report b = report("b", "", meeting(d2, "in-person", "A Rogers+R Singh"));
        List<Actor> mentions = new ArrayList<>(a.records().get(0).actors());
        mentions.addAll(b.records().get(0).actors());
        ActorResolver actors = new ActorResolver(mentions);
        RecordView va = new RecordView(0, a, 0, a.records().get(0).when(), actors);
        RecordView vb = new RecordView(1, b, 0, b.records().get(0).when(), actors);
        Origins origins = Origins.compute(List.of(a, b), List.of());
        PairScorer scorer = new PairScorer(origins);
        assertThat(scorer.decide(va, vb)).isEqualTo(scorer.decide(vb, va));
        assertThat(LocalDate.parse(d2)).isNotNull();
    }
}
