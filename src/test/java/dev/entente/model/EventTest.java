package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.time.When;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules every kind of event shares, checked on each kind through its {@link Event.Builder}. */
class EventTest {

    private static final When FEB_4 = When.of(LocalDate.of(2026, 2, 4));

    /** A rule: what a builder gets, and the field and value its message must name. */
    record Rule(String name, Consumer<Event.Builder<?>> setup, String field, String value) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Rule> rules() {
        return Stream.of(
                new Rule("blank ref", b -> b.ref(" "), "ref", "\" \""),
                new Rule("blank title", b -> b.title(""), "title", "\"\""),
                new Rule("blank partOf", b -> b.partOf("\t"), "partOf", "\"\t\""),
                new Rule("blank topic", b -> b.addAllTopics(List.of("defence", " ")), "topics[1]", "\" \""),
                new Rule("partOf own ref", b -> b.ref("visit").partOf("visit"), "partOf", "visit"),
                new Rule("confidence above 1", b -> b.confidence(1.5), "confidence", "1.5"),
                new Rule("confidence below 0", b -> b.confidence(-0.1), "confidence", "-0.1"),
                new Rule("confidence NaN", b -> b.confidence(Double.NaN), "confidence", "NaN"));
    }

    static Stream<Arguments> rulesByKind() {
        return rules().flatMap(r -> Stream.of(EventKind.values()).map(k -> Arguments.of(r, k)));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("rulesByKind")
    void eachSharedRule_rejectsTheRecord_namingFieldAndValue(Rule rule, EventKind kind) {
        Event.Builder<?> b = fresh(kind);
        rule.setup().accept(b);

        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(rule.field())
                .hasMessageContaining(rule.value());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void confidenceAtTheBounds_isAccepted(EventKind kind) {
        assertThat(fresh(kind).confidence(0).build().confidence()).hasValue(0);
        assertThat(fresh(kind).confidence(1).build().confidence()).hasValue(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void builder_setsEverySharedField_onEveryKind(EventKind kind) {
        Span span = Span.of(0, 4);
        Event e = fresh(kind)
                .ref("visit")
                .status(Status.SCHEDULED)
                .title("Critical Minerals Ministerial")
                .location(Location.ofCountry("US"))
                .addAllTopics(List.of("critical minerals"))
                .partOf("trip")
                .putAllEvidence(Map.of("title", span))
                .confidence(0.8)
                .build();

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.ref()).contains("visit");
        assertThat(e.when()).isEqualTo(FEB_4);
        assertThat(e.status()).contains(Status.SCHEDULED);
        assertThat(e.title()).contains("Critical Minerals Ministerial");
        assertThat(e.location()).contains(Location.ofCountry("US"));
        assertThat(e.topics()).containsExactly("critical minerals");
        assertThat(e.partOf()).contains("trip");
        assertThat(e.evidence()).containsEntry("title", span);
        assertThat(e.confidence()).hasValue(0.8);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void withWhen_andWithStatus_copy_leavingTheOriginalUnchanged(EventKind kind) {
        Event original = fresh(kind).build();
        When later = When.of(LocalDate.of(2026, 3, 1));

        Event moved = original.withWhen(later).withStatus(Status.POSTPONED);

        assertThat(moved.when()).isEqualTo(later);
        assertThat(moved.status()).contains(Status.POSTPONED);
        assertThat(moved.kind()).isEqualTo(kind);
        assertThat(original.when()).isEqualTo(FEB_4);
        assertThat(original.status()).isEmpty();
        assertThat(moved.withWhen(FEB_4)).isNotEqualTo(original);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void kind_matchesTheType(EventKind kind) {
        assertThat(fresh(kind).build().kind()).isEqualTo(kind);
    }

    static Stream<EventKind> kinds() {
        return Stream.of(EventKind.values());
    }

    /** A builder of the kind with {@code when} set, seen as any event's builder. */
    private static Event.Builder<?> fresh(EventKind kind) {
        return switch (kind) {
            case MEETING -> Meeting.builder().when(FEB_4);
            case MINISTERIAL -> Ministerial.builder().when(FEB_4);
            case VISIT -> Visit.builder().when(FEB_4);
            case AGREEMENT -> Agreement.builder().when(FEB_4);
        };
    }
}
