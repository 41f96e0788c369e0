package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.time.When;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static final When JAN_13 = When.of(LocalDate.of(2026, 1, 13));
    private static final Minister JAISHANKAR = Minister.of("S. Jaishankar", "IN");
    private static final Minister RUBIO = Minister.of("Marco Rubio", "US");

    private static Meeting phoneCall() {
        return Meeting.builder()
                .when(JAN_13)
                .status(Status.OCCURRED)
                .mode(MeetingMode.PHONE)
                .addParticipants(JAISHANKAR, RUBIO)
                .addTopics("trade", "critical minerals")
                .putEvidence("when", Span.of(3, 9))
                .build();
    }

    @Test
    void builder_buildsAPhoneCall() {
        Meeting call = phoneCall();

        assertThat(call.kind()).isEqualTo(EventKind.MEETING);
        assertThat(call.mode()).isEqualTo(MeetingMode.PHONE);
        assertThat(call.when()).isEqualTo(JAN_13);
        assertThat(call.topics()).containsExactly("trade", "critical minerals");
        assertThat(call.evidence()).containsEntry("when", Span.of(3, 9));
        assertThat(call.ref()).isEmpty();
        assertThat(call.confidence()).isEmpty();
    }

    @Test
    void mode_isInPersonUnlessSet() {
        assertThat(Meeting.builder().when(JAN_13).build().mode()).isEqualTo(MeetingMode.IN_PERSON);
    }

    @Test
    void actors_areTheParticipantsInOrder() {
        assertThat(phoneCall().actors()).containsExactly(JAISHANKAR, RUBIO);
    }

    @Test
    void equalMeetings_areEqual_andAnyFieldMakesADifference() {
        assertThat(phoneCall()).isEqualTo(phoneCall()).hasSameHashCodeAs(phoneCall());
        assertThat(phoneCall().withStatus(Status.SCHEDULED)).isNotEqualTo(phoneCall());
    }

    @Test
    void agreements_areKeptInOrder() {
        AgreementTerms framework = AgreementTerms.builder()
                .title("Major Defence Partnership Framework Agreement")
                .termYears(10)
                .build();

        Meeting m = Meeting.builder().when(JAN_13).addAgreements(framework).build();

        assertThat(m.agreements()).containsExactly(framework);
    }

    @Test
    void when_isRequired() {
        assertThatThrownBy(() -> Meeting.builder().addParticipants(JAISHANKAR).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("when");
    }

    @Test
    void aMeetingWithAnUnknownDate_isValid() {
        Meeting m = Meeting.builder().when(When.unknown("soon")).build();

        assertThat(m.when().isUnknown()).isTrue();
    }

    @Test
    void collections_areImmutable() {
        assertThatThrownBy(() -> phoneCall().participants().add(Person.of("X")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
