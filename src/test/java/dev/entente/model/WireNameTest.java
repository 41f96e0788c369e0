package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The enums' JSON names: {@code wireName()} and {@code fromWireName(String)} of each enum. */
class WireNameTest {

    @ParameterizedTest
    @CsvSource({
        "Status, PROPOSED, proposed",
        "Status, SCHEDULED, scheduled",
        "Status, OCCURRED, occurred",
        "Status, POSTPONED, postponed",
        "Status, CANCELLED, cancelled",
        "MeetingMode, IN_PERSON, in-person",
        "MeetingMode, PHONE, phone",
        "MeetingMode, VIDEO, video",
        "AgreementType, FRAMEWORK, framework",
        "AgreementType, MOU, mou",
        "AgreementType, TREATY, treaty",
        "AgreementType, JOINT_STATEMENT, joint-statement",
        "AgreementType, OTHER, other",
        "EventKind, MEETING, meeting",
        "EventKind, MINISTERIAL, ministerial",
        "EventKind, VISIT, visit",
        "EventKind, AGREEMENT, agreement",
        "ActorKind, PERSON, person",
        "ActorKind, MINISTER, minister",
        "ActorKind, OFFICIAL, official",
        "ActorKind, DELEGATION, delegation",
        "ActorKind, COUNTRY, country",
        "ActorKind, ORGANIZATION, organization"
    })
    void wireName_isTheInterchangeName_andReadsBack(String type, String constant, String wire) {
        Enum<?> value = enumOf(type, constant);

        assertThat(wireName(value)).isEqualTo(wire);
        assertThat(fromWireName(type).apply(wire)).hasValue(value);
    }

    @ParameterizedTest
    @MethodSource("unknownNames")
    void fromWireName_unknownOrDifferentlyWritten_isEmpty(String type, String name) {
        assertThat(fromWireName(type).apply(name)).isEmpty();
    }

    static Stream<Arguments> unknownNames() {
        return Stream.of("Status", "MeetingMode", "AgreementType", "EventKind", "ActorKind")
                .flatMap(t -> Stream.of("", "OCCURRED", "IN_PERSON", "Meeting", "unknown")
                        .map(n -> Arguments.of(t, n)));
    }

    @ParameterizedTest
    @CsvSource({"Status", "MeetingMode", "AgreementType", "EventKind", "ActorKind"})
    void wireNames_areDistinct(String type) {
        Enum<?>[] values = constants(type);

        assertThat(Arrays.stream(values).map(WireNameTest::wireName).distinct()).hasSize(values.length);
    }

    @ParameterizedTest
    @CsvSource({"PROPOSED, true", "SCHEDULED, true", "OCCURRED, false", "POSTPONED, false", "CANCELLED, false"})
    void status_isFuture_forPlannedStatuses(Status status, boolean future) {
        assertThat(status.isFuture()).isEqualTo(future);
    }

    private static Enum<?>[] constants(String type) {
        return switch (type) {
            case "Status" -> Status.values();
            case "MeetingMode" -> MeetingMode.values();
            case "AgreementType" -> AgreementType.values();
            case "EventKind" -> EventKind.values();
            case "ActorKind" -> ActorKind.values();
            default -> throw new IllegalArgumentException(type);
        };
    }

    private static Enum<?> enumOf(String type, String constant) {
        return Arrays.stream(constants(type))
                .filter(e -> e.name().equals(constant))
                .findFirst()
                .orElseThrow();
    }

    private static String wireName(Enum<?> value) {
        if (value instanceof Status s) {
            return s.wireName();
        } else if (value instanceof MeetingMode m) {
            return m.wireName();
        } else if (value instanceof AgreementType a) {
            return a.wireName();
        } else if (value instanceof EventKind k) {
            return k.wireName();
        } else if (value instanceof ActorKind k) {
            return k.wireName();
        }
        throw new IllegalArgumentException(value.toString());
    }

    private static Function<String, Optional<Object>> fromWireName(String type) {
        return switch (type) {
            case "Status" -> n -> Status.fromWireName(n).map(Object.class::cast);
            case "MeetingMode" -> n -> MeetingMode.fromWireName(n).map(Object.class::cast);
            case "AgreementType" -> n -> AgreementType.fromWireName(n).map(Object.class::cast);
            case "EventKind" -> n -> EventKind.fromWireName(n).map(Object.class::cast);
            case "ActorKind" -> n -> ActorKind.fromWireName(n).map(Object.class::cast);
            default -> throw new IllegalArgumentException(type);
        };
    }
}
