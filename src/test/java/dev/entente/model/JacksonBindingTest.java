package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.entente.time.Anchor;
import dev.entente.time.When;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The value types bind with a service's own Jackson 2 {@code ObjectMapper} through their annotations, and
 * plain Jackson 3 writes them; reading with Jackson 3 is the job of the {@code dev.entente.json} module.
 */
class JacksonBindingTest {

    private final ObjectMapper jackson2 =
            new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule());

    static Meeting meetingWithEveryKindOfActor() {
        return Meeting.builder()
                .ref("m1")
                .when(When.builder()
                        .earliest(LocalDate.of(2026, 1, 27))
                        .latest(LocalDate.of(2026, 1, 27))
                        .text("on Tuesday")
                        .anchor(Anchor.parse("2026-01-28T09:30:00+05:30"))
                        .build())
                .status(Status.OCCURRED)
                .title("Defence industry talks")
                .location(Location.of("New Delhi", "IN"))
                .addParticipants(Delegation.builder()
                        .name("US Congressional delegation")
                        .country("US")
                        .leader(Person.of("Mike Rogers"))
                        .addMembers(Person.of("Adam Smith"))
                        .build())
                .addParticipants(Official.builder()
                        .name("Rajesh Kumar Singh")
                        .country("IN")
                        .role("Defence Secretary")
                        .build())
                .addParticipants(Minister.builder()
                        .name("S. Jaishankar")
                        .country("IN")
                        .portfolio("External Affairs")
                        .putIds("wikidata", "Q7451948")
                        .build())
                .addParticipants(Country.of("IN"))
                .addParticipants(
                        Organization.builder().name("European Union").code("EU").build())
                .mode(MeetingMode.VIDEO)
                .addTopics("defence", "industry")
                .putEvidence("title", Span.of(0, 10))
                .confidence(0.9)
                .addAgreements(AgreementTerms.builder()
                        .title("Major Defence Partnership Framework Agreement")
                        .agreementType(AgreementType.FRAMEWORK)
                        .termYears(10)
                        .addParties(Country.of("IN"), Country.of("US"))
                        .status(Status.SCHEDULED)
                        .build())
                .build();
    }

    static Report reportWithEveryKindOfEvent() {
        Visit visit = Visit.builder()
                .ref("visit")
                .when(When.of(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 4)))
                .visitor(Minister.of("S. Jaishankar", "IN"))
                .destination(Location.ofCountry("US"))
                .purpose("Critical Minerals Ministerial")
                .build();
        Ministerial ministerial = Ministerial.builder()
                .ref("cmm")
                .partOf("visit")
                .when(When.of(LocalDate.of(2026, 2, 4)))
                .title("Critical Minerals Ministerial")
                .edition("inaugural")
                .convener(Minister.of("Marco Rubio", "US"))
                .putRepresentatives("IN", Minister.of("S. Jaishankar", "IN"))
                .addAttendees(Country.of("IN"))
                .build();
        Agreement agreement = Agreement.builder()
                .when(When.unknown("soon"))
                .status(Status.PROPOSED)
                .addParties(Country.of("IN"), Country.of("US"))
                .agreementType(AgreementType.JOINT_STATEMENT)
                .termYears(10)
                .build();
        return Report.builder()
                .id("004_536a26c0f3987b6d")
                .source(Source.builder()
                        .outlet("Asianet Newsable")
                        .agency("ANI")
                        .url("https://example.org/story")
                        .build())
                .publishedAt(Anchor.parse("2026-01-28"))
                .language("en-IN")
                .text("External Affairs Minister S Jaishankar is scheduled to visit the US next week")
                .addRecords(meetingWithEveryKindOfActor(), visit, ministerial, agreement)
                .build();
    }

    @Test
    void jackson2_meetingWithActorsOfEveryKind_roundTripsAsEvent() throws Exception {
        Meeting meeting = meetingWithEveryKindOfActor();

        String json = jackson2.writeValueAsString(meeting);

        assertThat(jackson2.readValue(json, Event.class)).isEqualTo(meeting);
        assertThat(jackson2.readValue(json, Meeting.class)).isEqualTo(meeting);
    }

    @Test
    void jackson2_report_roundTrips() throws Exception {
        Report report = reportWithEveryKindOfEvent();

        String json = jackson2.writeValueAsString(report);

        assertThat(jackson2.readValue(json, Report.class)).isEqualTo(report);
    }

    @Test
    void jackson2_writesKindsByTheirInterchangeNames() throws Exception {
        com.fasterxml.jackson.databind.JsonNode tree =
                jackson2.readTree(jackson2.writeValueAsString(meetingWithEveryKindOfActor()));

        assertThat(tree.get("kind").asText()).isEqualTo("meeting");
        assertThat(tree.get("participants").findValuesAsText("kind"))
                .contains("delegation", "person", "official", "minister", "country", "organization");
    }

    @Test
    void jackson3_writesTheTypes_andJackson2ReadsThemBack() throws Exception {
        JsonMapper jackson3 = JsonMapper.builder().build();
        Report report = reportWithEveryKindOfEvent();

        String json = jackson3.writeValueAsString(report);

        JsonNode tree = jackson3.readTree(json);
        assertThat(tree.get("publishedAt").asString()).isEqualTo("2026-01-28");
        assertThat(tree.get("records").get(0).get("kind").asString()).isEqualTo("meeting");
        assertThat(tree.get("records").get(0).get("when").get("earliest").asString())
                .isEqualTo("2026-01-27");
        assertThat(jackson2.readValue(json, Report.class)).isEqualTo(report);
    }
}
