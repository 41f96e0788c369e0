package dev.entente.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementTerms;
import dev.entente.model.AgreementType;
import dev.entente.model.Country;
import dev.entente.model.Delegation;
import dev.entente.model.Event;
import dev.entente.model.Location;
import dev.entente.model.Meeting;
import dev.entente.model.MeetingMode;
import dev.entente.model.Minister;
import dev.entente.model.Ministerial;
import dev.entente.model.Official;
import dev.entente.model.Organization;
import dev.entente.model.Person;
import dev.entente.model.Report;
import dev.entente.model.Source;
import dev.entente.model.Span;
import dev.entente.model.Status;
import dev.entente.model.Visit;
import dev.entente.time.Anchor;
import dev.entente.time.DateResolver;
import dev.entente.time.Tense;
import dev.entente.time.When;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class ReportWriterTest {

    @Test
    void write_fixture_readsBackEqualWithoutWarnings() {
        Report report = ReportReader.standard()
                .read("full.json", ReportReaderTest.resource("good/full.json"))
                .orElseThrow();

        String json = ReportWriter.pretty().write(report);
        ReadResult again = ReportReader.standard().read("again.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(again.problems()).isEmpty();
        assertThat(again.orElseThrow()).isEqualTo(report);
    }

    @Test
    void write_actorsAsTypedObjectsAndWhenAsOriginalString() {
        Report report = Report.builder()
                .id("r")
                .source(Source.of("O"))
                .addRecords(Meeting.builder()
                        .when(When.of(LocalDate.of(2026, 2, 4)).withText("2026-02-04"))
                        .addParticipants(Person.of("Adam Smith"), Country.of("IN"))
                        .build())
                .build();

        String json = ReportWriter.compact().write(report);

        assertThat(json)
                .isEqualTo(
                        "{\"schema\":\"entente/report@1\",\"id\":\"r\",\"source\":{\"outlet\":\"O\"},\"language\":\"en\","
                                + "\"records\":[{\"kind\":\"meeting\",\"when\":\"2026-02-04\",\"participants\":["
                                + "{\"kind\":\"person\",\"name\":\"Adam Smith\"},{\"kind\":\"country\",\"code\":\"IN\"}]}]}");
    }

    @Property(tries = 200)
    void write_randomReport_readsBackEqual(@ForAll("reports") Report report) {
        String json = ReportWriter.compact().write(report);

        ReadResult result = ReportReader.standard().read("r.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).as(json).isEmpty();
        assertThat(result.orElseThrow()).isEqualTo(report);
        assertThat(ReportWriter.compact().write(result.orElseThrow())).isEqualTo(json);
    }

    // ------------------------------------------------------------------ generators

    static Arbitrary<String> text() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withChars(' ', 'É', 'ü', '中', '"', '\\', '/', '\n', '.', '[')
                .ofMinLength(1)
                .ofMaxLength(12)
                .filter(s -> !s.isBlank());
    }

    static Arbitrary<String> code() {
        return Arbitraries.of("IN", "US", "JP", "GB", "FR", "AU", "XK");
    }

    static Arbitrary<Actor> actor(boolean allowDelegation) {
        Arbitrary<Actor> person = Combinators.combine(text(), text().list().ofMaxSize(2), code().optional())
                .as((n, a, c) ->
                        Person.builder().name(n).addAllAliases(a).country(c).build());
        Arbitrary<Actor> minister = Combinators.combine(text(), text().optional(), code().optional())
                .as((n, p, c) -> Minister.builder()
                        .name(n)
                        .portfolio(p)
                        .country(c)
                        .putIds("wikidata", "Q" + n.length())
                        .build());
        Arbitrary<Actor> official = Combinators.combine(text(), text().optional(), code().optional())
                .as((n, r, c) -> Official.builder().name(n).role(r).country(c).build());
        Arbitrary<Actor> country = code().map(Country::of);
        Arbitrary<Actor> org = Combinators.combine(
                        text(), Arbitraries.of("EU", "QUAD").optional())
                .as((n, c) -> Organization.builder().name(n).code(c).build());
        if (!allowDelegation) {
            return Arbitraries.oneOf(person, minister, official, country, org);
        }
        Arbitrary<Actor> delegation = Combinators.combine(
                        text().optional(),
                        code(),
                        actor(false).optional(),
                        actor(false).list().ofMaxSize(2))
                .as((n, c, l, m) -> Delegation.builder()
                        .name(n)
                        .country(c)
                        .leader(l)
                        .addAllMembers(m)
                        .build());
        return Arbitraries.oneOf(person, minister, official, country, org, delegation);
    }

    static Arbitrary<List<Actor>> actors() {
        return actor(true).list().ofMaxSize(3);
    }

    static Arbitrary<Location> location() {
        return Combinators.combine(text().optional(), text().optional(), code().optional())
                .as((p, c, k) -> Tuple.of(p, c, k))
                .filter(t ->
                        t.get1().isPresent() || t.get2().isPresent() || t.get3().isPresent())
                .map(t -> Location.builder()
                        .place(t.get1())
                        .city(t.get2())
                        .country(t.get3())
                        .build());
    }

    static Arbitrary<AgreementTerms> terms() {
        return Combinators.combine(
                        text().optional(),
                        actors(),
                        Arbitraries.of(AgreementType.class).optional(),
                        Arbitraries.integers().between(1, 999).optional(),
                        Arbitraries.of(Status.class).optional())
                .as((t, p, ty, y, s) -> AgreementTerms.builder()
                        .title(t)
                        .addAllParties(p)
                        .agreementType(ty)
                        .termYears(y.map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty()))
                        .status(s)
                        .build());
    }

    record Common(
            LocalDate day,
            Optional<Status> status,
            Optional<String> title,
            Optional<Location> location,
            List<String> topics,
            Optional<Double> confidence,
            Optional<String> ref) {}

    static Arbitrary<Common> common() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2024, 1, 1)
                                .plusDays(d)),
                        Arbitraries.of(Status.class).optional(),
                        text().optional(),
                        location().optional(),
                        text().list().ofMaxSize(2),
                        Arbitraries.doubles().between(0, 1).optional(),
                        Arbitraries.strings().alpha().ofLength(12).optional())
                .as(Common::new);
    }

    static Arbitrary<Event> event() {
        Arbitrary<Event> meeting = Combinators.combine(
                        common(),
                        actors(),
                        Arbitraries.of(MeetingMode.class),
                        terms().list().ofMaxSize(1))
                .as((c, p, m, a) -> Meeting.builder()
                        .addAllParticipants(p)
                        .mode(m)
                        .addAllAgreements(a)
                        .when(when(c))
                        .status(c.status())
                        .title(c.title())
                        .location(c.location())
                        .addAllTopics(c.topics())
                        .confidence(conf(c))
                        .ref(c.ref())
                        .build());
        Arbitrary<Event> ministerial = Combinators.combine(
                        common(), actor(true).optional(), actors(), actor(true).optional(), text().optional())
                .as((c, conv, att, rep, ed) -> {
                    Ministerial.Builder b = Ministerial.builder()
                            .convener(conv)
                            .addAllAttendees(att)
                            .edition(ed);
                    rep.ifPresent(r -> b.putRepresentatives("JP", r));
                    return b.when(when(c))
                            .status(c.status())
                            .title(c.title())
                            .location(c.location())
                            .addAllTopics(c.topics())
                            .confidence(conf(c))
                            .ref(c.ref())
                            .build();
                });
        Arbitrary<Event> visit = Combinators.combine(
                        common(), actor(true).optional(), location().optional(), text().optional())
                .as((c, v, d, p) -> Visit.builder()
                        .visitor(v)
                        .destination(d)
                        .purpose(p)
                        .when(when(c))
                        .status(c.status())
                        .title(c.title())
                        .location(c.location())
                        .addAllTopics(c.topics())
                        .confidence(conf(c))
                        .ref(c.ref())
                        .build());
        Arbitrary<Event> agreement = Combinators.combine(
                        common(), actors(), Arbitraries.of(AgreementType.class).optional(), actors())
                .as((c, p, t, s) -> Agreement.builder()
                        .addAllParties(p)
                        .agreementType(t)
                        .addAllSignatories(s)
                        .when(when(c))
                        .status(c.status())
                        .title(c.title())
                        .location(c.location())
                        .addAllTopics(c.topics())
                        .confidence(conf(c))
                        .ref(c.ref())
                        .build());
        return Arbitraries.oneOf(meeting, ministerial, visit, agreement);
    }

    private static When when(Common c) {
        return DateResolver.standard()
                .resolve(c.day().toString(), ANCHOR, Tense.NONE)
                .when();
    }

    private static java.util.OptionalDouble conf(Common c) {
        return c.confidence().map(java.util.OptionalDouble::of).orElse(java.util.OptionalDouble.empty());
    }

    static final Anchor ANCHOR = Anchor.parse("2026-01-28");

    @Provide
    Arbitrary<Report> reports() {
        return Combinators.combine(
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                        text(),
                        text().optional(),
                        text().optional(),
                        event().list().ofMaxSize(4))
                .as((id, outlet, agency, body, records) -> {
                    return Report.builder()
                            .id(id)
                            .source(Source.builder()
                                    .outlet(outlet)
                                    .agency(agency)
                                    .build())
                            .publishedAt(ANCHOR)
                            .text(body)
                            .addAllRecords(records)
                            .build();
                });
    }

    @Test
    void write_evidence_readsBack() {
        Report report = Report.builder()
                .id("r")
                .source(Source.of("O"))
                .publishedAt(ANCHOR)
                .text("S. Jaishankar 😀 met")
                .addRecords(Meeting.builder()
                        .when(DateResolver.standard()
                                .resolve("2026-02-04", ANCHOR, Tense.NONE)
                                .when())
                        .putEvidence("participants", Span.of(0, 17))
                        .build())
                .build();

        ReadResult back =
                ReportReader.standard().read("e.json", ReportWriter.compact().writeBytes(report));

        assertThat(back.orElseThrow()).isEqualTo(report);
    }
}
