package dev.entente.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.time.When;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules every kind of event shares, checked on each kind. */
class EventTest {

    private static final When FEB_4 = When.of(LocalDate.of(2026, 2, 4));

    /** A rule: what a builder gets, and the field and value its message must name. */
    record Rule(String name, Function<Builders, Builders> setup, String field, String value) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One builder of each kind, set up alike. */
    record Builders(
            Meeting.Builder meeting,
            Ministerial.Builder ministerial,
            Visit.Builder visit,
            Agreement.Builder agreement) {}

    static Stream<Rule> rules() {
        return Stream.of(
                new Rule("blank ref", b -> each(b, "ref", " "), "ref", "\" \""),
                new Rule("blank title", b -> each(b, "title", ""), "title", "\"\""),
                new Rule("blank partOf", b -> each(b, "partOf", "\t"), "partOf", "\"\t\""),
                new Rule("blank topic", b -> each(b, "topic", " "), "topics[1]", "\" \""),
                new Rule("partOf own ref", b -> each(b, "self", "visit"), "partOf", "visit"),
                new Rule("confidence above 1", b -> confidence(b, 1.5), "confidence", "1.5"),
                new Rule("confidence below 0", b -> confidence(b, -0.1), "confidence", "-0.1"),
                new Rule("confidence NaN", b -> confidence(b, Double.NaN), "confidence", "NaN"));
    }

    static Stream<Arguments> rulesByKind() {
        return rules().flatMap(r -> Stream.of(EventKind.values()).map(k -> Arguments.of(r, k)));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("rulesByKind")
    void eachSharedRule_rejectsTheRecord_namingFieldAndValue(Rule rule, EventKind kind) {
        Builders b = rule.setup().apply(fresh());

        assertThatThrownBy(() -> build(b, kind))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(rule.field())
                .hasMessageContaining(rule.value());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void confidenceAtTheBounds_isAccepted(EventKind kind) {
        assertThat(build(confidence(fresh(), 0), kind).confidence()).hasValue(0);
        assertThat(build(confidence(fresh(), 1), kind).confidence()).hasValue(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void withWhen_andWithStatus_copy_leavingTheOriginalUnchanged(EventKind kind) {
        Event original = build(fresh(), kind);
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
        assertThat(build(fresh(), kind).kind()).isEqualTo(kind);
    }

    static Stream<EventKind> kinds() {
        return Stream.of(EventKind.values());
    }

    private static Builders fresh() {
        return new Builders(
                Meeting.builder().when(FEB_4),
                Ministerial.builder().when(FEB_4),
                Visit.builder().when(FEB_4),
                Agreement.builder().when(FEB_4));
    }

    private static Builders each(Builders b, String what, String value) {
        switch (what) {
            case "ref" -> {
                b.meeting().ref(value);
                b.ministerial().ref(value);
                b.visit().ref(value);
                b.agreement().ref(value);
            }
            case "title" -> {
                b.meeting().title(value);
                b.ministerial().title(value);
                b.visit().title(value);
                b.agreement().title(value);
            }
            case "partOf" -> {
                b.meeting().partOf(value);
                b.ministerial().partOf(value);
                b.visit().partOf(value);
                b.agreement().partOf(value);
            }
            case "topic" -> {
                b.meeting().addTopics("defence", value);
                b.ministerial().addTopics("defence", value);
                b.visit().addTopics("defence", value);
                b.agreement().addTopics("defence", value);
            }
            case "self" -> {
                b.meeting().ref(value).partOf(value);
                b.ministerial().ref(value).partOf(value);
                b.visit().ref(value).partOf(value);
                b.agreement().ref(value).partOf(value);
            }
            default -> throw new IllegalArgumentException(what);
        }
        return b;
    }

    private static Builders confidence(Builders b, double c) {
        b.meeting().confidence(c);
        b.ministerial().confidence(c);
        b.visit().confidence(c);
        b.agreement().confidence(c);
        return b;
    }

    private static Event build(Builders b, EventKind kind) {
        return switch (kind) {
            case MEETING -> b.meeting().build();
            case MINISTERIAL -> b.ministerial().build();
            case VISIT -> b.visit().build();
            case AGREEMENT -> b.agreement().build();
        };
    }
}
