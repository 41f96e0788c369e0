package dev.entente.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Actor;
import dev.entente.model.AgreementTerms;
import dev.entente.model.AgreementType;
import dev.entente.model.Country;
import dev.entente.model.Delegation;
import dev.entente.model.Event;
import dev.entente.model.EventKind;
import dev.entente.model.Location;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingMode;
import dev.entente.model.Minister;
import dev.entente.model.Ministerial;
import dev.entente.model.Official;
import dev.entente.model.Person;
import dev.entente.model.Report;
import dev.entente.model.Source;
import dev.entente.model.Status;
import dev.entente.model.Visit;
import dev.entente.time.Anchor;
import dev.entente.time.Precision;
import dev.entente.time.When;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The five seed articles (India-US engagement, January-February 2026) written as {@link Report}s with
 * the fluent API, from outside the model package. The seven events of the episode are:
 *
 * <ol>
 *   <li>2026-01-13 phone call, S. Jaishankar and Marco Rubio;
 *   <li>early January 2026 Finance Ministerial convened by Scott Bessent in Washington, India represented by
 *       Ashwini Vaishnaw;
 *   <li>2026-01-25 Jaishankar meets a US congressional delegation (Mike Rogers, Adam Smith, Jimmy Patronis)
 *       with Ambassador Sergio Gor;
 *   <li>2026-01-27 the delegation led by Rogers, with Gor, meets Defence Secretary Rajesh Kumar Singh about
 *       the 10-year Major Defence Partnership Framework Agreement;
 *   <li>Jaishankar meets Gor in New Delhi;
 *   <li>Jaishankar's visit to the United States, 2026-02-02 to 04;
 *   <li>the inaugural Critical Minerals Ministerial of 2026-02-04 convened by Rubio, part of the visit.
 * </ol>
 */
class SeedEpisodeTest {

    static final Minister JAISHANKAR = Minister.builder()
            .name("S. Jaishankar")
            .country("IN")
            .portfolio("External Affairs")
            .addAliases("EAM Jaishankar", "S Jaishankar")
            .build();
    static final Minister RUBIO = Minister.builder()
            .name("Marco Rubio")
            .country("US")
            .portfolio("Secretary of State")
            .build();
    static final Minister BESSENT = Minister.builder()
            .name("Scott Bessent")
            .country("US")
            .portfolio("Treasury")
            .build();
    static final Minister VAISHNAW = Minister.builder()
            .name("Ashwini Vaishnaw")
            .country("IN")
            .portfolio("Railways, Information and Broadcasting, Electronics and IT")
            .build();
    static final Official GOR = Official.builder()
            .name("Sergio Gor")
            .country("US")
            .role("Ambassador to India")
            .addAliases("@USAmbIndia")
            .build();
    static final Official RAJESH_KUMAR_SINGH = Official.builder()
            .name("Rajesh Kumar Singh")
            .country("IN")
            .role("Defence Secretary")
            .build();
    static final Person ROGERS =
            Person.builder().name("Mike Rogers").country("US").build();
    static final Person ADAM_SMITH =
            Person.builder().name("Adam Smith").country("US").build();
    static final Person PATRONIS =
            Person.builder().name("Jimmy Patronis").country("US").build();

    static final AgreementTerms DEFENCE_FRAMEWORK = AgreementTerms.builder()
            .title("Major Defence Partnership Framework Agreement")
            .agreementType(AgreementType.FRAMEWORK)
            .termYears(10)
            .addParties(Country.of("IN"), Country.of("US"))
            .status(Status.OCCURRED)
            .build();

    static final When FEB_2_TO_4 = When.of(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 4));
    static final When FEB_4 = When.of(LocalDate.of(2026, 2, 4));
    static final When EARLY_JANUARY =
            When.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)).withText("earlier this month");

    static Visit visitToTheUs(When when) {
        return Visit.builder()
                .ref("visit")
                .when(when)
                .status(Status.SCHEDULED)
                .visitor(JAISHANKAR)
                .destination(Location.ofCountry("US"))
                .purpose("Critical Minerals Ministerial")
                .build();
    }

    static Ministerial criticalMineralsMinisterial() {
        return Ministerial.builder()
                .ref("cmm")
                .partOf("visit")
                .when(FEB_4)
                .status(Status.SCHEDULED)
                .title("Critical Minerals Ministerial")
                .edition("inaugural")
                .convener(RUBIO)
                .putRepresentatives("IN", JAISHANKAR)
                .location(Location.builder()
                        .place("US Department of State")
                        .city("Washington")
                        .country("US")
                        .build())
                .addTopics("critical minerals")
                .build();
    }

    static Ministerial financeMinisterial() {
        return Ministerial.builder()
                .when(EARLY_JANUARY)
                .status(Status.OCCURRED)
                .title("Finance Ministerial")
                .convener(BESSENT)
                .putRepresentatives("IN", VAISHNAW)
                .location(Location.of("Washington", "US"))
                .addTopics("critical minerals", "rare earths")
                .build();
    }

    static Meeting jaishankarMeetsGor(When when) {
        return Meeting.builder()
                .when(when)
                .status(Status.OCCURRED)
                .addParticipants(JAISHANKAR, GOR)
                .location(Location.of("New Delhi", "IN"))
                .build();
    }

    static Meeting delegationMeetsDefenceSecretary(When when) {
        Delegation codel = Delegation.builder()
                .name("US Congressional delegation")
                .country("US")
                .leader(ROGERS)
                .build();
        return Meeting.builder()
                .when(when)
                .status(Status.OCCURRED)
                .addParticipants(codel, GOR, RAJESH_KUMAR_SINGH)
                .addAgreements(DEFENCE_FRAMEWORK)
                .addTopics("defence industry")
                .build();
    }

    static Report seed000() {
        return Report.builder()
                .id("000_70eb6c1f64903aad")
                .source(Source.of("unnamed outlet (seed 000)"))
                .addRecords(
                        visitToTheUs(When.unknown("next week")),
                        criticalMineralsMinisterial(),
                        jaishankarMeetsGor(When.unknown("today")),
                        financeMinisterial())
                .build();
    }

    static Report seed001() {
        return Report.builder()
                .id("001_a5f4d8e5828a6f42")
                .source(Source.builder()
                        .outlet("unnamed outlet (seed 001)")
                        .agency("ANI")
                        .build())
                .publishedAt(Anchor.parse("2026-02-02"))
                .addRecords(
                        visitToTheUs(FEB_2_TO_4),
                        criticalMineralsMinisterial(),
                        financeMinisterial(),
                        delegationMeetsDefenceSecretary(When.unknown("today")))
                .build();
    }

    static Report seed002() {
        return Report.builder()
                .id("002_dc6a1f052386c434")
                .source(Source.builder()
                        .outlet("unnamed outlet (seed 002)")
                        .agency("ANI")
                        .build())
                .addRecords(
                        visitToTheUs(FEB_2_TO_4),
                        criticalMineralsMinisterial(),
                        delegationMeetsDefenceSecretary(
                                When.of(LocalDate.of(2026, 1, 27)).withText("on 27 January")),
                        financeMinisterial())
                .build();
    }

    static Report seed003() {
        Meeting phoneCall = Meeting.builder()
                .when(When.of(LocalDate.of(2026, 1, 13)).withText("on January 13"))
                .status(Status.OCCURRED)
                .mode(MeetingMode.PHONE)
                .addParticipants(JAISHANKAR, RUBIO)
                .addTopics("civil nuclear energy", "trade", "critical minerals", "Indo-Pacific security")
                .build();
        Meeting codelMeetsJaishankar = Meeting.builder()
                .when(When.of(LocalDate.of(2026, 1, 25)).withText("On January 25"))
                .status(Status.OCCURRED)
                .addParticipants(JAISHANKAR, GOR)
                .addParticipants(Delegation.builder()
                        .name("US Congressional delegation")
                        .country("US")
                        .addMembers(ROGERS, ADAM_SMITH, PATRONIS)
                        .build())
                .build();
        return Report.builder()
                .id("003_401876e4a38e5f6a")
                .source(Source.builder()
                        .outlet("unnamed outlet (seed 003)")
                        .agency("ANI")
                        .build())
                .publishedAt(Anchor.parse("2026-02-02"))
                .addRecords(
                        visitToTheUs(FEB_2_TO_4),
                        criticalMineralsMinisterial(),
                        jaishankarMeetsGor(When.unknown("last week")),
                        phoneCall,
                        codelMeetsJaishankar)
                .build();
    }

    static Report seed004() {
        return Report.builder()
                .id("004_536a26c0f3987b6d")
                .source(Source.builder()
                        .outlet("Asianet Newsable")
                        .agency("ANI")
                        .build())
                .publishedAt(Anchor.parse("2026-01-28"))
                .addRecords(
                        visitToTheUs(When.unknown("next week")),
                        criticalMineralsMinisterial(),
                        financeMinisterial(),
                        delegationMeetsDefenceSecretary(When.unknown("today")))
                .build();
    }

    static List<Report> seeds() {
        return List.of(seed000(), seed001(), seed002(), seed003(), seed004());
    }

    /** The example of the README (there in ten lines): keep the two in step. */
    @Test
    void readmeExample() {
        Minister jaishankar = Minister.of("S. Jaishankar", "IN");
        Visit visit = Visit.builder()
                .ref("visit")
                .status(Status.SCHEDULED)
                .when(When.of(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 4)))
                .visitor(jaishankar)
                .destination(Location.ofCountry("US"))
                .build();
        Ministerial ministerial = Ministerial.builder()
                .ref("cmm")
                .partOf("visit")
                .when(When.of(LocalDate.of(2026, 2, 4)))
                .title("Critical Minerals Ministerial")
                .edition("inaugural")
                .convener(Minister.of("Marco Rubio", "US"))
                .putRepresentatives("IN", jaishankar)
                .build();
        Report report = Report.builder()
                .id("004_536a26c0f3987b6d")
                .source(Source.builder()
                        .outlet("Asianet Newsable")
                        .agency("ANI")
                        .build())
                .publishedAt(Anchor.parse("2026-01-28"))
                .addRecords(visit, ministerial)
                .build();

        assertThat(report.records()).containsExactly(visit, ministerial);
        assertThat(visit.when().contains(ministerial.when())).isTrue();
        assertThat(visit.withStatus(Status.OCCURRED).status()).contains(Status.OCCURRED);
        assertThat(visit.status()).contains(Status.SCHEDULED);
    }

    @Test
    void everySeed_buildsAReport_withUniqueIds() {
        assertThat(seeds()).extracting(Report::id).doesNotHaveDuplicates().hasSize(5);
        assertThat(seeds()).allSatisfy(r -> assertThat(r.records()).isNotEmpty());
    }

    @Test
    void theCriticalMineralsMinisterial_isPartOfTheVisit_inEveryReport() {
        for (Report report : seeds()) {
            Event cmm = only(report, "cmm");
            Event visit = only(report, "visit");

            assertThat(cmm.partOf()).contains("visit");
            assertThat(visit.kind()).isEqualTo(EventKind.VISIT);
            assertThat(cmm.when()).isEqualTo(FEB_4);
            assertThat(((Ministerial) cmm).convener()).contains(RUBIO);
        }
    }

    @Test
    void theVisit_whenDated_coversTheMinisterial() {
        Visit visit = (Visit) only(seed003(), "visit");

        assertThat(visit.when().precision()).isEqualTo(Precision.RANGE);
        assertThat(visit.when().contains(only(seed003(), "cmm").when())).isTrue();
        assertThat(visit.when().lengthInDays()).isEqualTo(3);
    }

    @Test
    void relativeDates_stayUnresolved_untilTheResolverRuns() {
        Visit visit = (Visit) only(seed004(), "visit");

        assertThat(visit.when().isUnknown()).isTrue();
        assertThat(visit.when().text()).contains("next week");
        assertThat(seed004().publishedAt().map(Anchor::date)).contains(LocalDate.of(2026, 1, 28));
    }

    @Test
    void thePhoneCall_isAPhoneMeetingOfJaishankarAndRubio() {
        Meeting call = (Meeting) seed003().records().get(3);

        assertThat(call.mode()).isEqualTo(MeetingMode.PHONE);
        assertThat(call.actors()).containsExactly(JAISHANKAR, RUBIO);
        assertThat(call.when().earliest()).contains(LocalDate.of(2026, 1, 13));
    }

    @Test
    void theDefenceMeeting_discussesTheTenYearFramework() {
        Meeting defence = (Meeting) seed002().records().get(2);

        assertThat(defence.agreements()).containsExactly(DEFENCE_FRAMEWORK);
        assertThat(defence.agreements().get(0).termYears()).hasValue(10);
        assertThat(names(defence.actors()))
                .containsExactly("US Congressional delegation", "Sergio Gor", "Rajesh Kumar Singh");
    }

    @Test
    void theFinanceMinisterial_isRepresentedForIndiaByVaishnaw() {
        Ministerial finance = (Ministerial) seed004().records().get(2);

        assertThat(finance.representatives()).containsEntry("IN", VAISHNAW);
        assertThat(finance.convener()).contains(BESSENT);
        assertThat(finance.when().precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void theSameEvent_fromTwoReports_isAnEqualValue() {
        assertThat(only(seed001(), "cmm")).isEqualTo(only(seed004(), "cmm"));
        assertThat(seed001().records().get(2)).isEqualTo(seed002().records().get(3));
    }

    @Test
    void everyActorOfTheEpisode_appearsInSomeReport() {
        Set<String> all = seeds().stream()
                .flatMap(r -> r.records().stream())
                .flatMap(e -> e.actors().stream())
                .flatMap(SeedEpisodeTest::withMembers)
                .map(Actor::displayName)
                .collect(Collectors.toSet());

        assertThat(all)
                .contains(
                        "S. Jaishankar",
                        "Marco Rubio",
                        "Scott Bessent",
                        "Ashwini Vaishnaw",
                        "Sergio Gor",
                        "Rajesh Kumar Singh",
                        "Mike Rogers",
                        "Adam Smith",
                        "Jimmy Patronis");
    }

    private static Stream<Actor> withMembers(Actor actor) {
        if (actor instanceof Delegation d) {
            return Stream.concat(Stream.of(actor), Stream.concat(d.leader().stream(), d.members().stream()));
        }
        return Stream.of(actor);
    }

    private static Event only(Report report, String ref) {
        return report.records().stream()
                .filter(e -> e.ref().equals(Optional.of(ref)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(report.id() + " has no record " + ref));
    }

    private static List<String> names(List<Actor> actors) {
        return actors.stream().map(Actor::displayName).toList();
    }
}
