package dev.entente.draft;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.model.Delegation;
import dev.entente.model.Event;
import dev.entente.model.Location;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingMode;
import dev.entente.model.Minister;
import dev.entente.model.Ministerial;
import dev.entente.model.Official;
import dev.entente.model.Person;
import dev.entente.model.Report;
import dev.entente.model.Span;
import dev.entente.model.Status;
import dev.entente.model.Visit;
import dev.entente.time.Anchor;
import dev.entente.time.When;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReportDrafterTest {

    private static final Clock MARCH_2026 = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ReportDrafter DRAFTER =
            ReportDrafter.builder().clock(MARCH_2026).build();
    private static final List<String> SEEDS = List.of(
            "000_70eb6c1f64903aad",
            "001_a5f4d8e5828a6f42",
            "002_dc6a1f052386c434",
            "003_401876e4a38e5f6a",
            "004_536a26c0f3987b6d");

    static String article(String name) {
        try (InputStream in = ReportDrafterTest.class.getResourceAsStream("/drafting/dev/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String seed(String id) {
        return article("seeds/" + id);
    }

    static Stream<String> seeds() {
        return SEEDS.stream();
    }

    static Stream<String> devArticles() {
        return Stream.concat(
                SEEDS.stream().map(id -> "seeds/" + id),
                Stream.of(
                        "synthetic-postponed",
                        "synthetic-summit",
                        "synthetic-agreement",
                        "synthetic-spun-office",
                        "synthetic-state-visit",
                        "synthetic-pair",
                        "synthetic-cancelled"));
    }

    private static Draft draftSeed(int n) {
        return DRAFTER.draft(seed(SEEDS.get(n)));
    }

    private static <T extends Event> List<T> records(Report r, Class<T> type) {
        return r.records().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Ministerial ministerial(Report r, String title) {
        return records(r, Ministerial.class).stream()
                .filter(m -> m.title().equals(Optional.of(title)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + title + " in " + r.records()));
    }

    private static Visit visit(Report r) {
        List<Visit> visits = records(r, Visit.class);
        assertThat(visits).hasSize(1);
        return visits.get(0);
    }

    private static Meeting meetingWith(Report r, String surname) {
        List<Meeting> found = records(r, Meeting.class).stream()
                .filter(m -> m.participants().stream().anyMatch(a -> names(a).contains(surname)))
                .toList();
        assertThat(found).as("meetings with %s", surname).hasSize(1);
        return found.get(0);
    }

    private static String names(Actor a) {
        if (a instanceof Delegation d) {
            StringBuilder b = new StringBuilder(d.displayName());
            d.leader().ifPresent(l -> b.append(" ").append(l.displayName()));
            d.members().forEach(m -> b.append(" ").append(m.displayName()));
            return b.toString();
        }
        return a.displayName();
    }

    private static String when(Event e) {
        return e.when().text().orElse(null);
    }

    private static String name(Optional<Actor> a) {
        return a.map(Actor::displayName).orElse(null);
    }

    @Test
    void draft_seed000_findsVisitBothMinisterialsAndTheGorMeeting() {
        Report r = draftSeed(0).report();

        assertThat(r.records()).hasSize(4);
        assertThat(r.publishedAt()).isEmpty();
        assertThat(r.source().agency()).isEmpty();
        Visit v = visit(r);
        assertThat(name(v.visitor())).isEqualTo("S. Jaishankar");
        assertThat(v.destination()).contains(Location.ofCountry("US"));
        assertThat(when(v)).isEqualTo("next week");
        assertThat(v.status()).contains(Status.SCHEDULED);
        Ministerial cmm = ministerial(r, "Critical Minerals Ministerial");
        assertThat(when(cmm)).isEqualTo("February 4");
        assertThat(name(cmm.convener())).isEqualTo("Marco Rubio");
        assertThat(cmm.edition()).contains("inaugural");
        assertThat(cmm.partOf()).isEqualTo(v.ref());
        Ministerial fin = ministerial(r, "Finance Ministerial");
        assertThat(when(fin)).isEqualToIgnoringCase("earlier this month");
        assertThat(name(fin.convener())).isEqualTo("Scott Bessent");
        assertThat(fin.representatives().get("IN").displayName()).isEqualTo("Ashwini Vaishnaw");
        assertThat(fin.location().flatMap(Location::city)).contains("Washington");
        assertThat(fin.status()).contains(Status.OCCURRED);
        assertThat(fin.attendees()).contains(Country.of("JP"), Country.of("GB"), Country.of("EU"));
        Meeting gor = meetingWith(r, "Gor");
        assertThat(gor.participants()).extracting(Actor::displayName).containsExactly("S. Jaishankar", "Sergio Gor");
        assertThat(gor.location().flatMap(Location::city)).contains("New Delhi");
        assertThat(gor.when().text()).isEmpty();
    }

    @Test
    void draft_seed001_readsDatelineAgencyAndMergesTheSummaryIntoOneRecordPerEvent() {
        Draft d = draftSeed(1);
        Report r = d.report();

        assertThat(r.publishedAt()).contains(Anchor.parse("2026-02-02"));
        assertThat(r.source().agency()).contains("ANI");
        assertThat(r.source().headline()).hasValueSatisfying(h -> assertThat(h).startsWith("Jaishankar Heads to US"));
        assertThat(r.records()).hasSize(4);
        Visit v = visit(r);
        assertThat(when(v)).isEqualTo("February 2-4");
        Ministerial cmm = ministerial(r, "Critical Minerals Ministerial");
        assertThat(when(cmm)).isEqualTo("on February 4");
        assertThat(cmm.partOf()).isEqualTo(v.ref());
        assertThat(name(cmm.convener())).isEqualTo("Marco Rubio");
        Ministerial fin = ministerial(r, "Finance Ministerial");
        assertThat(when(fin)).isEqualTo("earlier this month");
        assertThat(fin.attendees()).contains(Country.of("IN"), Country.of("KR"));
        Meeting m = meetingWith(r, "Rajesh Kumar Singh");
        assertThat(when(m)).isEqualTo("on January 27");
        assertThat(m.status()).contains(Status.OCCURRED);
        Delegation del = (Delegation) m.participants().get(0);
        assertThat(del.country()).contains("US");
        assertThat(name(del.leader())).isEqualTo("Mike Rogers");
        assertThat(((Official) del.leader().orElseThrow()).role()).contains("Chairman, House Armed Services Committee");
        assertThat(del.members()).extracting(Actor::displayName).containsExactly("Sergio Gor");
        assertThat(d.warnings()).anyMatch(w -> w.contains("hold meetings with"));
    }

    @Test
    void draft_datedSeeds_resolveTheirDatesAgainstThePublicationDate() {
        Report r1 = draftSeed(1).report();
        Report r4 = draftSeed(4).report();
        Report r3 = draftSeed(3).report();

        assertThat(visit(r1).when().interval()).isEqualTo(When.of(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 4)));
        assertThat(ministerial(r1, "Critical Minerals Ministerial").when().interval())
                .isEqualTo(When.of(LocalDate.of(2026, 2, 4)));
        assertThat(meetingWith(r4, "Rajesh Kumar Singh").when().interval())
                .isEqualTo(When.of(LocalDate.of(2026, 1, 27)));
        assertThat(ministerial(r4, "Finance Ministerial").when().interval())
                .isEqualTo(When.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 27)));
        assertThat(meetingWith(r3, "Marco Rubio").when().interval()).isEqualTo(When.of(LocalDate.of(2026, 1, 13)));
        assertThat(visit(r4).when().text()).contains("next week");
        assertThat(visit(r4).when().earliest()).contains(LocalDate.of(2026, 2, 2));
    }

    @Test
    void draft_relativeDateWithoutPublicationDate_staysUnresolvedWithItsText() {
        Visit v = visit(draftSeed(0).report());

        assertThat(v.when().isUnknown()).isTrue();
        assertThat(v.when().text()).contains("next week");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "New Delhi [India], January 28 (ANI): Jaishankar will visit Japan next week.|2026-01-28|ANI",
                "NEW DELHI, Jan 28 (Reuters) - Jaishankar will visit Japan next week.|2026-01-28|Reuters",
                "Tokyo, January 28, 2025 (PTI) Jaishankar will visit Japan next week.|2025-01-28|PTI"
            })
    void draft_wireDatelines_givePublicationDateAndAgency(String text, String date, String agency) {
        Draft d = DRAFTER.draft(text);

        assertThat(d.report().publishedAt()).contains(Anchor.parse(date));
        assertThat(d.report().source().agency()).contains(agency);
        assertThat(d.report().records()).hasSize(1);
        assertThat(d.dropped()).first().satisfies(s -> assertThat(s.start()).isZero());
    }

    @Test
    void draft_evidenceOffsets_countCodePointsNotChars() {
        String text = "\uD83C\uDDEE\uD83C\uDDF3 External Affairs Minister S. Jaishankar will visit Japan next week.";

        Visit v = visit(DRAFTER.draft(text).report());

        int cpStart = text.codePointCount(0, text.indexOf("next week"));
        assertThat(v.evidence().get("when")).isEqualTo(Span.of(cpStart, cpStart + "next week".length()));
        assertThat(cpStart).isEqualTo(text.indexOf("next week") - 2);
    }

    @Test
    void draft_datelineWithoutYearAndNoClock_hasNoPublicationDateAndWarns() {
        Draft d = ReportDrafter.standard().draft(seed(SEEDS.get(1)));

        assertThat(d.report().publishedAt()).isEmpty();
        assertThat(d.warnings()).anyMatch(w -> w.contains("New Delhi, February 2") && w.contains("no year"));
    }

    @Test
    void draft_seed002_readsTheSpunRewrite() {
        Report r = draftSeed(2).report();

        assertThat(r.publishedAt()).isEmpty();
        assertThat(r.source().agency()).contains("ANI");
        assertThat(r.records()).hasSize(4);
        Visit v = visit(r);
        assertThat(when(v)).isEqualTo("2 to 4 February 2026");
        assertThat(v.visitor()).containsInstanceOf(Minister.class);
        assertThat(((Minister) v.visitor().orElseThrow()).portfolio()).contains("External Affairs");
        Ministerial vmm = ministerial(r, "Vital Minerals Ministerial");
        assertThat(when(vmm)).isEqualTo("on 4 February");
        assertThat(vmm.partOf()).isEqualTo(v.ref());
        assertThat(ministerial(r, "Finance Ministerial").representatives()).containsKey("IN");
        Meeting m = meetingWith(r, "Rajesh Kumar Singh");
        assertThat(when(m)).isEqualTo("on 27 January");
        assertThat(name(((Delegation) m.participants().get(0)).leader())).isEqualTo("Mike Rogers");
    }

    @Test
    void draft_seed003_findsThePhoneCallAndBothMeetingsWithTheirDates() {
        Report r = draftSeed(3).report();

        assertThat(r.publishedAt()).contains(Anchor.parse("2026-02-02"));
        assertThat(r.source().agency()).contains("ANI");
        assertThat(r.records()).hasSize(5);
        Visit v = visit(r);
        assertThat(when(v)).isEqualTo("February 2 to 4");
        assertThat(ministerial(r, "Critical Minerals Ministerial").partOf()).isEqualTo(v.ref());
        Meeting call = meetingWith(r, "Marco Rubio");
        assertThat(call.mode()).isEqualTo(MeetingMode.PHONE);
        assertThat(when(call)).isEqualTo("on January 13");
        List<Meeting> withGor = records(r, Meeting.class).stream()
                .filter(m -> m.mode() == MeetingMode.IN_PERSON)
                .toList();
        assertThat(withGor).extracting(ReportDrafterTest::when).containsExactly("last week", "January 25");
        Delegation del = (Delegation) withGor.get(1).participants().get(1);
        assertThat(del.members())
                .extracting(Actor::displayName)
                .containsExactly("Mike Rogers", "Adam Smith", "Jimmy Patronis", "Sergio Gor");
    }

    @Test
    void draft_seed004_doesNotDuplicateTheRepeatedWireCopy() {
        Report r = draftSeed(3 + 1).report();

        assertThat(r.publishedAt()).contains(Anchor.parse("2026-01-28"));
        assertThat(r.source().agency()).contains("ANI");
        assertThat(r.records()).extracting(Event::kind).hasSize(4);
        assertThat(when(visit(r))).isEqualTo("next week");
        assertThat(when(ministerial(r, "Critical Minerals Ministerial"))).isEqualTo("on February 4");
        assertThat(when(ministerial(r, "Finance Ministerial"))).isEqualTo("earlier this month");
        assertThat(ministerial(r, "Finance Ministerial")
                        .representatives()
                        .get("IN")
                        .displayName())
                .isEqualTo("Ashwini Vaishnaw");
        assertThat(when(meetingWith(r, "Rajesh Kumar Singh"))).isEqualTo("on January 27");
    }

    @ParameterizedTest
    @MethodSource("devArticles")
    void draft_everyFieldSet_hasEvidenceThatSupportsIt(String name) {
        String text = article(name);
        Report r = DRAFTER.draft(text).report();
        int[] cps = text.codePoints().toArray();

        for (Event e : r.records()) {
            Map<String, Span> ev = e.evidence();
            assertThat(e.confidence()).isPresent();
            e.when().text().ifPresent(w -> assertThat(at(cps, ev.get("when"))).isEqualTo(w));
            e.status().ifPresent(s -> assertThat(ev).containsKey("status"));
            e.title().ifPresent(t -> assertThat(at(cps, ev.get("title"))).isEqualTo(t));
            e.location().flatMap(l -> l.place().or(l::city)).ifPresent(c -> assertThat(at(cps, ev.get("location")))
                    .contains(c));
            e.partOf().ifPresent(p -> assertThat(ev).containsKey("partOf"));
            if (e instanceof Meeting m) {
                assertThat(m.participants()).isNotEmpty();
                for (int i = 0; i < m.participants().size(); i++) {
                    assertSupports(
                            at(cps, ev.get("participants[" + i + "]")),
                            m.participants().get(i));
                }
                if (m.mode() != MeetingMode.IN_PERSON) {
                    assertThat(at(cps, ev.get("mode"))).containsAnyOf("phone", "call", "spoke", "video", "virtual");
                }
            } else if (e instanceof Ministerial m) {
                m.convener().ifPresent(c -> assertSupports(at(cps, ev.get("convener")), c));
                m.edition()
                        .ifPresent(x -> assertThat(at(cps, ev.get("edition"))).isEqualToIgnoringCase(x));
                for (int i = 0; i < m.attendees().size(); i++) {
                    assertSupports(
                            at(cps, ev.get("attendees[" + i + "]")),
                            m.attendees().get(i));
                }
                m.representatives().forEach((code, a) -> assertSupports(at(cps, ev.get("representatives." + code)), a));
            } else if (e instanceof Agreement a) {
                for (int i = 0; i < a.signatories().size(); i++) {
                    assertSupports(
                            at(cps, ev.get("signatories[" + i + "]")),
                            a.signatories().get(i));
                }
                assertThat(ev)
                        .containsKeys(a.parties().isEmpty() ? new String[0] : new String[] {"parties", "parties[0]"});
                a.termYears()
                        .ifPresent(y -> assertThat(at(cps, ev.get("termYears"))).contains(String.valueOf(y)));
                a.agreementType().ifPresent(t -> assertThat(ev).containsKey("agreementType"));
            } else if (e instanceof Visit v) {
                v.visitor().ifPresent(a -> assertSupports(at(cps, ev.get("visitor")), a));
                v.destination()
                        .filter(l -> l.city().isEmpty())
                        .flatMap(Location::country)
                        .ifPresent(c -> assertThat(at(cps, ev.get("destination")))
                                .containsAnyOf(c, Country.of(c).displayName(), "United States"));
                v.destination().flatMap(Location::city).ifPresent(c -> assertThat(at(cps, ev.get("destination")))
                        .contains(c));
            }
        }
    }

    private static String at(int[] cps, Span s) {
        assertThat(s).as("evidence span").isNotNull();
        return new String(cps, s.start(), s.end() - s.start());
    }

    private static void assertSupports(String span, Actor a) {
        if (a instanceof Country c) {
            assertThat(span)
                    .containsAnyOf(
                            c.code(),
                            c.displayName(),
                            c.displayName().replace("United ", ""),
                            "EU",
                            "UK",
                            "European Union");
        } else if (a instanceof Delegation d) {
            assertThat(span.toLowerCase()).contains("delegation");
            d.leader().ifPresent(l -> assertThat(span).contains(Gazetteer.surname(l.displayName())));
            d.members().forEach(m -> assertThat(span).contains(Gazetteer.surname(m.displayName())));
        } else {
            assertThat(span).contains(Gazetteer.surname(a.displayName()));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void draft_sameText_givesTheSameDraft(String id) {
        String text = seed(id);

        Draft first = DRAFTER.draft(text);
        Draft second = ReportDrafter.builder().clock(MARCH_2026).build().draft(text);

        assertThat(second).isEqualTo(first);
        assertThat(second.report().id()).isEqualTo(first.report().id());
    }

    @Test
    void draft_dropsReaderCommentsShareButtonsAndKeyPoints() {
        String text = seed(SEEDS.get(1));
        Draft d = DRAFTER.draft(text);
        int comments = text.codePointCount(0, text.indexOf("Reader Comments"));
        int keyPointsEnd = text.codePointCount(0, text.indexOf("3 min read"));

        assertThat(d.dropped())
                .anyMatch(s -> s.start() <= comments && s.end() == text.codePointCount(0, text.length()));
        assertThat(d.dropped()).anyMatch(s -> s.start() <= keyPointsEnd && keyPointsEnd < s.end());
        for (Event e : d.report().records()) {
            assertThat(e.evidence().values()).allMatch(s -> s.end() <= comments);
        }
    }

    @Test
    void draft_dropsMarkdownImagesAndTheirDates() {
        Draft d = draftSeed(2);

        assertThat(d.dropped()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(d.warnings()).noneMatch(w -> w.contains("Feb 17") || w.contains("Sept 7"));
        assertThat(d.report().records())
                .allMatch(e -> e.when().text().map(t -> !t.contains("Aug")).orElse(true));
    }

    @Test
    void draft_syndicationNoteAndPreferredSourceButton_areDropped() {
        String text = seed(SEEDS.get(4));
        Draft d = DRAFTER.draft(text);
        int note = text.codePointCount(0, text.indexOf("(Except for the headline"));
        int button = text.codePointCount(0, text.indexOf("Add Asianet Newsable"));

        assertThat(d.dropped()).anyMatch(s -> s.start() == note);
        assertThat(d.dropped()).anyMatch(s -> s.start() == button);
    }

    @Test
    void draft_postponedVisit_isPostponedAndSpokeWithIsAPhoneCall() {
        Report r = DRAFTER.draft(article("synthetic-postponed")).report();

        assertThat(r.publishedAt()).contains(Anchor.parse("2026-03-03"));
        assertThat(r.source().agency()).contains("PTI");
        Visit v = visit(r);
        assertThat(v.status()).contains(Status.POSTPONED);
        assertThat(when(v)).isEqualTo("March 10");
        assertThat(v.destination()).contains(Location.ofCountry("IN"));
        assertThat(((Minister) v.visitor().orElseThrow()).country()).contains("JP");
        Meeting call = meetingWith(r, "S. Jaishankar");
        assertThat(call.mode()).isEqualTo(MeetingMode.PHONE);
        assertThat(when(call)).isEqualTo("on Monday");
    }

    @Test
    void draft_summitImageCaptionAndKeyPoints_summitDraftedCaptionAndBulletsIgnored() {
        Draft d = DRAFTER.draft(article("synthetic-summit"));
        Report r = d.report();

        assertThat(r.records()).hasSize(2);
        Ministerial g20 = ministerial(r, "G20 Summit");
        assertThat(when(g20)).isEqualTo("on November 22");
        assertThat(g20.status()).contains(Status.SCHEDULED);
        assertThat(g20.attendees()).extracting(Actor::displayName).containsExactly("Narendra Modi");
        Meeting m = meetingWith(r, "Anthony Albanese");
        assertThat(m.location().flatMap(Location::city)).contains("New Delhi");
        assertThat(r.records()).noneMatch(e -> e.actors().stream()
                .anyMatch(a -> a.displayName().contains("Xi")));
    }

    @Test
    void draft_signedAgreement_isDraftedButARecentlyConcludedOneIsNot() {
        Report r = DRAFTER.draft(article("synthetic-agreement")).report();

        List<Agreement> agreements = records(r, Agreement.class);
        assertThat(agreements).hasSize(1);
        Agreement a = agreements.get(0);
        assertThat(a.title()).contains("Critical Minerals Investment Partnership Agreement");
        assertThat(a.termYears()).hasValue(5);
        assertThat(a.status()).contains(Status.OCCURRED);
        assertThat(a.signatories()).extracting(Actor::displayName).containsExactly("Penny Wong", "S. Jaishankar");
        assertThat(a.parties()).containsExactly(Country.of("AU"), Country.of("IN"));
        Meeting talks = meetingWith(r, "Penny Wong");
        assertThat(when(talks)).isEqualTo("on Wednesday");
        assertThat(talks.location().flatMap(Location::city)).contains("Canberra");
        Ministerial quad = ministerial(r, "Quad Foreign Ministers' Meeting");
        assertThat(when(quad)).isEqualTo("later this month");
        assertThat(quad.status()).contains(Status.SCHEDULED);
    }

    @Test
    void draft_stateVisit_meetingDuringTheVisitIsPartOfItAndCounterpartIsAParticipant() {
        Report r = DRAFTER.draft(article("synthetic-state-visit")).report();

        assertThat(r.publishedAt()).contains(Anchor.parse("2025-06-14"));
        assertThat(r.source().agency()).contains("PTI");
        Visit v = visit(r);
        assertThat(name(v.visitor())).isEqualTo("Narendra Modi");
        assertThat(when(v)).isEqualTo("June 21 to 24");
        Meeting talks = meetingWith(r, "Joe Biden");
        assertThat(talks.partOf()).isEqualTo(v.ref());
        assertThat(when(talks)).isEqualTo("on June 22");
        assertThat(talks.location().flatMap(Location::place)).contains("White House");
        Meeting sco = meetingWith(r, "Wang Yi");
        assertThat(sco.partOf()).isEmpty();
        assertThat(when(sco)).isEqualTo("on Monday");
        assertThat(sco.location().flatMap(Location::city)).contains("Goa");
        Person wang = (Person) sco.participants().get(1);
        assertThat(wang.country()).contains("CN");
    }

    @Test
    void draft_pairSubjectsBetweenAndGenericMinisters_giveMeetingsWithBothSides() {
        Report r = DRAFTER.draft(article("synthetic-pair")).report();

        Meeting summit = meetingWith(r, "Donald Trump");
        assertThat(summit.participants())
                .extracting(Actor::displayName)
                .containsExactly("Narendra Modi", "Donald Trump");
        assertThat(when(summit)).isEqualTo("on Thursday");
        assertThat(summit.location().flatMap(Location::place)).contains("White House");
        Meeting nsa = meetingWith(r, "Masataka Okano");
        assertThat(nsa.participants()).extracting(Actor::displayName).containsExactly("Ajit Doval", "Masataka Okano");
        assertThat(nsa.status()).contains(Status.OCCURRED);
        assertThat(((Official) nsa.participants().get(1)).country()).contains("JP");
        Meeting trade = meetingWith(r, "Jamieson Greer");
        assertThat(((Minister) trade.participants().get(0)).portfolio()).contains("Commerce and Industry");
        Visit shah = visit(r);
        assertThat(name(shah.visitor())).isEqualTo("Amit Shah");
        assertThat(shah.destination().flatMap(Location::city)).contains("Dhaka");
        assertThat(when(shah)).isEqualTo("mid-March");
        assertThat(r.records()).hasSize(4);
    }

    @Test
    void draft_calledOffDialogueVirtualMeetingAndPhoneCall_getStatusAndMode() {
        Report r = DRAFTER.draft(article("synthetic-cancelled")).report();

        assertThat(r.source().headline()).contains("EAM Jaishankar holds virtual meeting with Australian counterpart");
        Meeting virtual = meetingWith(r, "Penny Wong");
        assertThat(virtual.mode()).isEqualTo(MeetingMode.VIDEO);
        assertThat(when(virtual)).isEqualTo("on Friday");
        Ministerial dialogue = ministerial(r, "India-Australia 2+2 Ministerial Dialogue");
        assertThat(dialogue.status()).contains(Status.CANCELLED);
        assertThat(when(dialogue)).isEqualTo("next month");
        assertThat(dialogue.location().flatMap(Location::city)).contains("Canberra");
        Meeting call = meetingWith(r, "Anthony Albanese");
        assertThat(call.mode()).isEqualTo(MeetingMode.PHONE);
        assertThat(call.status()).contains(Status.OCCURRED);
        assertThat(((Minister) call.participants().get(0)).portfolio()).contains("Prime Minister");
        assertThat(r.records()).hasSize(3);
    }

    @Test
    void builder_officeAddedByTheUser_namesTheVisitorAndTheMeeting() {
        String text = article("synthetic-spun-office");
        Report without = DRAFTER.draft(text).report();
        ReportDrafter extended = ReportDrafter.builder()
                .office(Office.minister("Overseas Relations Chief", "ES", "Foreign Affairs"))
                .build();

        Report with = extended.draft(text).report();

        assertThat(visit(without).visitor()).containsInstanceOf(Person.class);
        Minister lopez = (Minister) visit(with).visitor().orElseThrow();
        assertThat(lopez.name()).isEqualTo("Maria Lopez");
        assertThat(lopez.country()).contains("ES");
        Meeting m = meetingWith(with, "Piyush Goyal");
        assertThat(m.participants()).first().isEqualTo(lopez);
        assertThat(when(m)).isEqualTo("on January 12");
        assertThat(m.location().flatMap(Location::city)).contains("Mumbai");
    }

    @Test
    void builder_knownActor_isUsedForItsSurnameAndAliases() {
        Minister known = Minister.builder()
                .name("Subrahmanyam Jaishankar")
                .addAliases("S. Jaishankar", "EAM")
                .putIds("wikidata", "Q7451948")
                .country("IN")
                .build();
        ReportDrafter drafter = ReportDrafter.builder().knownActor(known).build();

        Report r = drafter.draft("Jaishankar met Adam Smith and US Senator Jim Risch in New Delhi on Friday.")
                .report();

        Meeting m = records(r, Meeting.class).get(0);
        assertThat(m.participants()).first().isEqualTo(known);
        assertThat(m.participants()).extracting(Actor::displayName).contains("Jim Risch");
    }

    @Test
    void draft_vagueMeetingWithoutANamedCounterpart_isNotDraftedButWarned() {
        Draft d = DRAFTER.draft("External Affairs Minister S. Jaishankar will hold meetings with senior members of "
                + "the US administration next week.");

        assertThat(d.report().records()).isEmpty();
        assertThat(d.warnings()).anyMatch(w -> w.contains("without a named counterpart"));
    }

    @Test
    void draft_givenOutletUrlAndDate_areWrittenToTheReport() {
        Report r = DRAFTER.draft(
                        seed(SEEDS.get(0)), "Example Times", "https://example.org/a", Anchor.parse("2026-01-28"))
                .report();

        assertThat(r.source().outlet()).isEqualTo("Example Times");
        assertThat(r.source().url()).contains("https://example.org/a");
        assertThat(r.publishedAt()).contains(Anchor.parse("2026-01-28"));
        assertThat(r.text()).contains(seed(SEEDS.get(0)));
    }

    @Test
    void draft_delegationLeaderAndMembers_areNotParticipantsOfTheirOwn() {
        Report r = draftSeed(4).report();

        List<String> participants = new ArrayList<>();
        records(r, Meeting.class).forEach(m -> m.participants().forEach(a -> participants.add(a.displayName())));
        assertThat(participants).doesNotContain("Sergio Gor", "Mike Rogers");
        assertThat(participants).noneMatch(p -> p.equals("Person"));
        assertThat(records(r, Meeting.class).get(0).participants()).noneMatch(Person.class::isInstance);
    }
}
