package dev.entente.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Actor;
import dev.entente.model.Agreement;
import dev.entente.model.Country;
import dev.entente.model.Delegation;
import dev.entente.model.Location;
import dev.entente.model.Meeting;
import dev.entente.model.Minister;
import dev.entente.model.Official;
import dev.entente.model.Organization;
import dev.entente.model.Person;
import dev.entente.model.Report;
import dev.entente.model.Span;
import dev.entente.model.Status;
import dev.entente.model.Visit;
import dev.entente.time.Anchor;
import dev.entente.time.DateResolver;
import dev.entente.time.Precision;
import dev.entente.time.Resolution;
import dev.entente.time.Tense;
import dev.entente.time.When;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportReaderTest {

    /** The standard resolver, except that it rejects 2026-02-30 as the full resolver will (wiring test). */
    static final DateResolver RESOLVER = (text, anchor, tense, language) -> text.equals("2026-02-30")
            ? Resolution.builder()
                    .when(When.unknown(text))
                    .error("2026-02-30 is not a valid date")
                    .build()
            : DateResolver.standard().resolve(text, anchor, tense, language);

    static final ReportReader READER = ReportReader.builder().resolver(RESOLVER).build();

    static byte[] resource(String name) {
        try (InputStream in = ReportReaderTest.class.getResourceAsStream("/json/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("missing fixture " + name, e);
        }
    }

    static ReadResult read(String json) {
        return READER.read("t.json", json.getBytes(StandardCharsets.UTF_8));
    }

    static String minimal(String records) {
        return "{\"schema\": \"entente/report@1\", \"id\": \"r1\", \"source\": {\"outlet\": \"O\"},"
                + " \"publishedAt\": \"2026-01-28\", \"records\": [" + records + "]}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
latin1-byte | $ | 4 | 28 | not valid UTF-8
utf16 | $ | 1 | 1 | UTF-16
lone-surrogate | source.outlet | 4 | 24 | lone surrogate
duplicate-key | id | 7 | 3 | duplicate key
trailing-content | $ | 27 | 3 | after the root object
root-array | $ | 1 | 1 | root must be a JSON object
empty | $ | 1 | 1 | empty
comment | $ | 3 | 3 | comments are not allowed
too-deep | extra.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a | 7 | 390 | deeper than 64
missing-schema | schema | 1 | 1 | missing required field
missing-outlet | source.outlet | 4 | 13 | missing required field
empty-id | id | 3 | 9 | must not be empty
null-records | records | 8 | 14 | must not be null
missing-record-kind | records[0].kind | 9 | 5 | missing required field
missing-when | records[1].when | 18 | 5 | missing required field
wrong-type-list | records[0].participants | 15 | 23 | expected a list
term-fraction | records[1].termYears | 24 | 20 | not an integer
term-exponent | records[1].termYears | 24 | 20 | not an integer
term-string | records[1].termYears | 24 | 20 | expected an integer
term-range | records[1].termYears | 24 | 20 | outside 1..999
unknown-schema | schema | 2 | 13 | entente/report@1
unknown-record-kind | records[1].kind | 19 | 15 | unknown record kind
unknown-actor-kind | records[0].participants[2].kind | 15 | 56 | unknown actor kind
unknown-status | records[0].status | 13 | 17 | unknown status
unknown-mode | records[0].mode | 14 | 15 | unknown mode
unknown-agreement-type | records[1].agreementType | 23 | 24 | unknown agreementType
invalid-iso-when | records[0].when | 12 | 15 | 2026-02-30
timestamp-without-offset | publishedAt | 5 | 18 | without an offset
country-bare-uk | records[0].participants[1] | 15 | 41 | GB
country-field | records[0].participants[2].country | 15 | 102 | XX
country-location | records[0].location.country | 14 | 53 | ZZ
country-object | records[1].parties[1].code | 22 | 53 | QQ
country-representatives-key | records[1].representatives.ZZ | 21 | 50 | ZZ
country-destination | records[1].destination | 22 | 22 | GB
partof-no-ref | records[1].partOf | 21 | 17 | names no ref
duplicate-ref | records[1].ref | 21 | 14 | already the ref
evidence-past-text | records[0].evidence.when[1] | 16 | 33 | past the end
evidence-end-before-start | records[0].evidence.when[1] | 16 | 33 | before start
truncated | $ | 9 | 33 | ends before
crlf-lines | source.outlet | 4 | 24 | expected a string
astral-columns | records[0].participants[1] | 15 | 40 | expected an actor
            """)
    void read_badFixture_isRejectedWithLocatedProblem(String name, String path, int line, int column, String fragment) {
        String file = name + ".json";
        ReadResult result = READER.read(file, resource("bad/" + file));

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.report()).isEmpty();
        assertThat(result.errors()).as(result.problems().toString()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.message()).contains(fragment);
        });
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.message())
                .doesNotContain("Exception", "java.", "tools.jackson", "dev.entente"));
    }

    @Test
    void read_overlongNumber_messageNamesNoJavaClass() {
        ReadResult result = read("{\"schema\": " + "1".repeat(20_000) + "}");

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).doesNotContain("Constraints", "`", "tools.jackson", "java.");
        });
    }

    @Test
    void read_syntaxError_reportsOnlyThatError() {
        ReadResult result = READER.read("c.json", resource("bad/comment.json"));

        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).toString()).isEqualTo("c.json:3:3: $: comments are not allowed in JSON");
    }

    @Test
    void read_goodFixture_bindsEveryField() {
        Report report = READER.read("full.json", resource("good/full.json")).orElseThrow();

        assertThat(report.id()).isEqualTo("r1");
        assertThat(report.source().agency()).contains("ANI");
        assertThat(report.publishedAt()).contains(Anchor.parse("2026-01-28"));
        assertThat(report.records()).hasSize(2);
        Meeting m = (Meeting) report.records().get(0);
        assertThat(m.when().earliest()).contains(LocalDate.of(2026, 1, 27));
        assertThat(m.when().text()).contains("2026-01-27");
        assertThat(m.status()).contains(Status.OCCURRED);
        assertThat(m.location()).contains(Location.of("Washington", "US"));
        assertThat(m.participants())
                .containsExactly(Person.of("S. Jaishankar"), Country.of("US"), Minister.of("Marco Rubio", "US"));
        assertThat(m.evidence()).containsEntry("when", Span.of(38, 48));
        Agreement a = (Agreement) report.records().get(1);
        assertThat(a.partOf()).contains("m1");
        assertThat(a.termYears()).isEqualTo(OptionalInt.of(10));
    }

    @Test
    void read_everyActorForm_isAccepted() {
        String actors = "\"S. Jaishankar\", \"IN\", \"EU\","
                + "{\"kind\": \"minister\", \"name\": \"S. Jaishankar\", \"aliases\": [\"EAM\"], \"portfolio\": \"External Affairs\", \"country\": \"IN\"},"
                + "{\"kind\": \"official\", \"name\": \"Sergio Gor\", \"role\": \"Ambassador to India\", \"country\": \"US\"},"
                + "{\"kind\": \"delegation\", \"name\": \"US Congressional delegation\", \"country\": \"US\","
                + "  \"leader\": {\"kind\": \"official\", \"name\": \"Mike Rogers\", \"country\": \"US\"},"
                + "  \"members\": [\"Adam Smith\", {\"kind\": \"person\", \"name\": \"Jimmy Patronis\", \"ids\": {\"wikidata\": \"Q1\"}}]},"
                + "{\"kind\": \"country\", \"code\": \"JP\"},"
                + "{\"kind\": \"organization\", \"name\": \"Quad\"},"
                + "{\"kind\": \"organization\", \"code\": \"EU\"}";
        Report report = read(minimal(
                        "{\"kind\": \"meeting\", \"when\": \"2026-01-27\", \"participants\": [" + actors + "]}"))
                .orElseThrow();

        List<Actor> p = ((Meeting) report.records().get(0)).participants();
        assertThat(p.get(0)).isEqualTo(Person.of("S. Jaishankar"));
        assertThat(p.get(1)).isEqualTo(Country.of("IN"));
        assertThat(p.get(2)).isEqualTo(p.get(8)).isInstanceOf(Organization.class);
        assertThat(p.get(3)).isInstanceOfSatisfying(Minister.class, m -> {
            assertThat(m.aliases()).containsExactly("EAM");
            assertThat(m.portfolio()).contains("External Affairs");
        });
        assertThat(p.get(4)).isInstanceOfSatisfying(Official.class, o -> assertThat(o.role())
                .contains("Ambassador to India"));
        assertThat(p.get(5)).isInstanceOfSatisfying(Delegation.class, d -> {
            assertThat(d.leader()).contains(Official.of("Mike Rogers", "US"));
            assertThat(d.members()).hasSize(2);
            assertThat(((Person) d.members().get(1)).ids()).containsEntry("wikidata", "Q1");
        });
        assertThat(p.get(6)).isEqualTo(Country.of("JP"));
        assertThat(p.get(7)).isEqualTo(Organization.of("Quad"));
    }

    @Test
    void read_locationAndDestinationForms_areAccepted() {
        Report report = read(minimal(
                        "{\"kind\": \"visit\", \"when\": \"2026-02-02\", \"location\": \"Washington\","
                                + " \"visitor\": \"S. Jaishankar\", \"destination\": \"US\"},"
                                + "{\"kind\": \"visit\", \"when\": \"2026-02-02\", \"destination\": {\"city\": \"Tokyo\", \"country\": \"JP\"}}"))
                .orElseThrow();

        Visit first = (Visit) report.records().get(0);
        assertThat(first.location()).contains(Location.ofCity("Washington"));
        assertThat(first.destination()).contains(Location.ofCountry("US"));
        assertThat(((Visit) report.records().get(1)).destination()).contains(Location.of("Tokyo", "JP"));
    }

    @Test
    void read_everyProblem_isReportedAtOnce() {
        ReadResult result = read(
                "{\"schema\": \"x\", \"id\": \"\", \"source\": {}, \"records\": ["
                        + "{\"kind\": \"visit\", \"when\": \"2026-01-01\", \"status\": \"nope\"}, {\"when\": \"2026-01-01\"}]}");

        assertThat(result.errors())
                .extracting(Problem::path)
                .contains("schema", "id", "source.outlet", "records[0].status", "records[1].kind");
    }

    @Test
    void read_nullForOptionalField_isSameAsAbsent() {
        ReadResult result =
                read(minimal("{\"kind\": \"meeting\", \"when\": \"2026-01-27\", \"title\": null, \"status\": null}"));

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.orElseThrow().records().get(0).title()).isEmpty();
    }

    @Test
    void read_unknownField_isAWarningAndStrictRejects() {
        String json = minimal("{\"kind\": \"meeting\", \"when\": \"2026-01-27\",\n \"partcipants\": [\"IN\"]}");

        ReadResult standard = read(json);
        ReadResult strict = ReportReader.builder()
                .strict(true)
                .resolver(RESOLVER)
                .build()
                .read("t.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(standard.isAccepted()).isTrue();
        assertThat(standard.warnings())
                .singleElement()
                .hasToString("t.json:2:2: records[0].partcipants: warning: unknown field \"partcipants\" (ignored)");
        assertThat(strict.isAccepted()).isFalse();
        assertThat(strict.errors()).singleElement().extracting(Problem::path).isEqualTo("records[0].partcipants");
    }

    @Test
    void read_unreadableWhen_keepsRecordWithUnknownPrecisionAndWarns() {
        ReadResult result = read(minimal("{\"kind\": \"meeting\", \"when\": \"in the coming days\"}"));

        assertThat(result.isAccepted()).isTrue();
        When when = result.orElseThrow().records().get(0).when();
        assertThat(when.precision()).isEqualTo(Precision.UNKNOWN);
        assertThat(when.text()).contains("in the coming days");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.path()).isEqualTo("records[0].when");
            assertThat(w.message()).contains("in the coming days");
        });
    }

    @Test
    void read_whenResolution_usesPublishedAtStatusTenseAndLanguage() {
        List<Object[]> calls = new ArrayList<>();
        DateResolver spy = (text, anchor, tense, language) -> {
            calls.add(new Object[] {text, anchor, tense, language});
            return Resolution.of(When.unknown(text));
        };
        String json = "{\"schema\": \"entente/report@1\", \"id\": \"r\", \"source\": {\"outlet\": \"O\"},"
                + " \"publishedAt\": \"2026-01-28T10:15:00+05:30\", \"language\": \"en-IN\", \"records\": ["
                + "{\"kind\": \"meeting\", \"when\": \"next week\", \"status\": \"scheduled\"},"
                + "{\"kind\": \"meeting\", \"when\": \"on Monday\", \"status\": \"occurred\"},"
                + "{\"kind\": \"meeting\", \"when\": \"today\", \"status\": \"postponed\"}]}";

        ReportReader.builder().resolver(spy).build().read("t.json", json.getBytes(StandardCharsets.UTF_8));

        Anchor anchor = Anchor.parse("2026-01-28T10:15:00+05:30");
        assertThat(calls).extracting(c -> c[1]).containsOnly(anchor);
        assertThat(calls).extracting(c -> c[2]).containsExactly(Tense.FUTURE, Tense.PAST, Tense.NONE);
        assertThat(calls).extracting(c -> c[3]).containsOnly("en-IN");
    }

    @Test
    void read_rejectedReport_leavesReaderUntouchedAndReturnsNothing() {
        byte[] good = resource("good/full.json");
        ReadResult before = READER.read("full.json", good);

        ReadResult bad = READER.read("bad.json", resource("bad/duplicate-ref.json"));
        ReadResult after = READER.read("full.json", good);

        assertThat(bad.report()).isEmpty();
        assertThatRejected(bad);
        assertThat(after.report()).isEqualTo(before.report());
        assertThat(after.problems()).isEqualTo(before.problems());
    }

    private static void assertThatRejected(ReadResult r) {
        assertThat(r.isAccepted()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(r::orElseThrow)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bad.json");
    }

    @Test
    void read_stringLongerThan8Mi_isRejected() {
        String big = "x".repeat(TreeParser.MAX_STRING + 1);
        ReadResult result = read("{\"schema\": \"entente/report@1\",\n \"text\": \"" + big + "\"}");

        assertThat(result.errors()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("text");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(10);
            assertThat(p.message()).contains("longer than");
        });
    }

    @Test
    void read_jsonFileOver64MiB_isRejected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        try (var out = Files.newOutputStream(file)) {
            out.write(new byte[(int) ReportReader.MAX_DOCUMENT_BYTES + 1]);
        }

        ReadResult result = ReportReader.standard().read(file);

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).contains("64 MiB");
        });
    }

    @Test
    void read_byteOrderMark_isNotCounted() {
        byte[] body = "{\"schema\": 5}".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        ReadResult result = READER.read("b.json", bytes);

        assertThat(result.errors()).anySatisfy(p -> assertThat(p)
                .hasToString("b.json:1:12: schema: expected a string, got the integer 5"));
    }

    @Test
    void read_crLineEndings_countAsLines() {
        ReadResult result = read("{\r\"schema\":\r\r  5}");

        assertThat(result.errors()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(3);
        });
    }

    @Test
    void readLines_badLine_rejectsOnlyThatReportWithFileLineNumbers() {
        String good = minimal("{\"kind\": \"meeting\", \"when\": \"2026-01-27\"}");
        String jsonl = good + "\n\n" + good.replace("\"r1\"", "\"r2\"").replace("meeting", "summit") + "\r\n  \n"
                + good.replace("\"r1\"", "\"r3\"") + "\n";

        List<ReadResult> results;
        try (Stream<ReadResult> s =
                READER.readLines("feed.jsonl", new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)))) {
            results = s.toList();
        }

        assertThat(results).hasSize(3);
        assertThat(results).extracting(ReadResult::isAccepted).containsExactly(true, false, true);
        assertThat(results.get(2).orElseThrow().id()).isEqualTo("r3");
        Problem p = results.get(1).errors().get(0);
        assertThat(p.file()).isEqualTo("feed.jsonl");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.path()).isEqualTo("records[0].kind");
        assertThat(p.column()).isEqualTo(good.indexOf("\"meeting\"") + 1);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\n", "\r\n", "\r"})
    void readLines_liveStream_givesEachLineWithoutWaitingForMore(String ending) throws IOException {
        java.io.PipedOutputStream writer = new java.io.PipedOutputStream();
        java.io.PipedInputStream pipe = new java.io.PipedInputStream(writer, 1 << 16);
        String good = minimal("").replace("\n", " ");
        writer.write((good + ending + good.replace("\"r1\"", "\"r2\"") + ending).getBytes(StandardCharsets.UTF_8));
        writer.flush();
        java.util.Iterator<ReadResult> results =
                READER.readLines("live.jsonl", pipe).iterator();
        List<String> ids = new ArrayList<>();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            ids.add(results.next().orElseThrow().id());
            ids.add(results.next().orElseThrow().id());
        });
        assertThat(ids).containsExactly("r1", "r2");
        writer.close();
    }

    @Test
    void readLines_manyLines_resultsInOrderWithTheirLineNumbers() {
        String good = minimal("").replace("\n", " ");
        StringBuilder jsonl = new StringBuilder();
        for (int i = 1; i <= 3000; i++) {
            jsonl.append(i % 700 == 0 ? "{\"schema\": 7}" : good.replace("\"r1\"", "\"r" + i + "\""))
                    .append(i % 2 == 0 ? "\r\n" : "\n");
        }
        List<ReadResult> results = READER.readLines(
                        "many.jsonl", new ByteArrayInputStream(jsonl.toString().getBytes(StandardCharsets.UTF_8)))
                .toList();
        assertThat(results).hasSize(3000);
        for (int i = 1; i <= 3000; i++) {
            ReadResult r = results.get(i - 1);
            int line = i;
            if (i % 700 == 0) {
                assertThat(r.isAccepted()).isFalse();
                assertThat(r.problems()).isNotEmpty().allMatch(p -> p.line() == line);
            } else {
                assertThat(r.orElseThrow().id()).isEqualTo("r" + i);
            }
        }
    }

    @net.jqwik.api.Property(tries = 30)
    void readLines_anyLineEndingsAndBlankLines_eachReportWithItsLineNumber(
            @net.jqwik.api.ForAll("lineShapes") List<Integer> shapes) {
        String good = minimal("").replace("\n", " ");
        String[] endings = {"\n", "\r\n", "\r"};
        StringBuilder jsonl = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            int shape = shapes.get(i);
            int line = i + 1;
            if (shape % 4 == 0) {
                jsonl.append(shape % 8 == 0 ? " " : " \t "); // never empty: CR, then an empty line's LF, is one CRLF
            } else if (shape % 4 == 1) {
                jsonl.append("{\"schema\": 7").append(" ".repeat(shape % 300)).append('}');
                expected.add("problem@" + line);
            } else {
                jsonl.append(good.replace("\"r1\"", "\"r" + line + "\"").replace("{", "{" + " ".repeat(shape % 2000)));
                expected.add("r" + line);
            }
            jsonl.append(endings[shape % 3]);
        }
        List<String> read = READER.readLines(
                        "shapes.jsonl",
                        new ByteArrayInputStream(jsonl.toString().getBytes(StandardCharsets.UTF_8)))
                .map(r -> r.isAccepted()
                        ? r.orElseThrow().id()
                        : "problem@" + r.problems().get(0).line())
                .toList();
        assertThat(read).containsExactlyElementsOf(expected);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<Integer>> lineShapes() {
        return net.jqwik.api.Arbitraries.integers()
                .between(0, 100_000)
                .list()
                .ofMinSize(1)
                .ofMaxSize(300);
    }

    @Test
    void readLines_isLazy_oneLineAtATime() {
        String good = minimal("{\"kind\": \"meeting\", \"when\": \"2026-01-27\"}") + "\n";
        int[] served = {0};
        InputStream endless = new InputStream() {
            final byte[] line = good.getBytes(StandardCharsets.UTF_8);
            long pos;

            @Override
            public int read() {
                served[0]++;
                return line[(int) (pos++ % line.length)];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = Math.min(len, 100);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) read();
                }
                return n;
            }
        };

        List<ReadResult> firstThree =
                READER.readLines("endless.jsonl", endless).limit(3).toList();

        assertThat(firstThree).allMatch(ReadResult::isAccepted);
        assertThat(served[0]).isLessThan(good.length() * 5);
    }

    @Test
    void readAll_folders_readsJsonAndJsonlRecursivelyInPathOrder(@TempDir Path dir) throws IOException {
        String one = minimal("");
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/z.json"), one.replace("\"r1\"", "\"z\""));
        Files.writeString(
                dir.resolve("a.jsonl"), one.replace("\"r1\"", "\"a1\"") + "\n" + one.replace("\"r1\"", "\"a2\""));
        Files.writeString(dir.resolve("b/notes.txt"), "not a report");
        Files.writeString(dir.resolve("b/m.json"), one.replace("\"r1\"", "\"m\""));

        List<String> ids;
        try (Stream<ReadResult> s = READER.readAll(List.of(dir))) {
            ids = s.map(r -> r.orElseThrow().id()).collect(Collectors.toList());
        }

        assertThat(ids).containsExactly("a1", "a2", "z", "m");
    }

    @Test
    void readAll_jsonlStillBeingWritten_givesEachReportBeforeTheFileEnds(@TempDir Path dir) throws Exception {
        Path pipe = dir.resolve("live.jsonl");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed");
        java.util.concurrent.CountDownLatch firstRead = new java.util.concurrent.CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try (java.io.Writer w = Files.newBufferedWriter(pipe)) {
                w.write(minimal("").replace("\"r1\"", "\"first\"") + "\n");
                w.flush();
                firstRead.await();
                w.write(minimal("").replace("\"r1\"", "\"second\"") + "\n");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.setDaemon(true);
        writer.start();

        List<String> ids = new ArrayList<>();
        try {
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
                try (Stream<ReadResult> s = READER.readAll(List.of(pipe))) {
                    java.util.Iterator<ReadResult> it = s.iterator();
                    ids.add(it.next().orElseThrow().id());
                    firstRead.countDown();
                    it.forEachRemaining(r -> ids.add(r.orElseThrow().id()));
                }
            });
        } finally {
            firstRead.countDown();
        }
        writer.join(10_000);

        assertThat(ids).containsExactly("first", "second");
    }

    @Test
    void readAll_missingPath_isARejectedResult(@TempDir Path dir) {
        List<ReadResult> results =
                READER.readAll(List.of(dir.resolve("nope.json"))).toList();

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.isAccepted()).isFalse();
            assertThat(r.errors().get(0).message()).contains("no such file");
        });
    }

    @net.jqwik.api.Property(tries = 300)
    void read_corruptedBytes_areAcceptedOrRejectedWithLocatedProblems(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 4) int operation,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 100_000) int where,
            @net.jqwik.api.ForAll byte value) {
        byte[] good = resource("good/full.json");
        int at = where % good.length;
        byte[] bad =
                switch (operation) {
                    case 0 -> replace(good, at, value);
                    case 1 -> java.util.Arrays.copyOf(good, at);
                    case 2 -> remove(good, at);
                    case 3 -> insert(good, at, value);
                    default -> replace(good, at, (byte) "{}[],:\"\\ 0e-".charAt(where % 12));
                };

        ReadResult result = READER.read("c.json", bad);

        assertThat(result.isAccepted()).isEqualTo(result.errors().isEmpty());
        assertThat(result.report().isPresent()).isEqualTo(result.isAccepted());
        long lines = new String(bad, StandardCharsets.ISO_8859_1).lines().count() + 1;
        assertThat(result.problems()).allSatisfy(p -> {
            assertThat(p.line()).isBetween(1, (int) lines + 1);
            assertThat(p.column()).isPositive();
            assertThat(p.path()).isNotBlank();
            assertThat(p.message())
                    .isNotBlank()
                    .doesNotContain("Exception", "tools.jackson", "java.", "internal error", "Feature");
        });
    }

    private static byte[] replace(byte[] b, int at, byte v) {
        byte[] c = b.clone();
        c[at] = v;
        return c;
    }

    private static byte[] remove(byte[] b, int at) {
        byte[] c = new byte[b.length - 1];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(b, at + 1, c, at, b.length - at - 1);
        return c;
    }

    private static byte[] insert(byte[] b, int at, byte v) {
        byte[] c = new byte[b.length + 1];
        System.arraycopy(b, 0, c, 0, at);
        c[at] = v;
        System.arraycopy(b, at, c, at + 1, b.length - at);
        return c;
    }

    @Test
    void read_relativeWhenWithoutPublishedAt_warnsAndStrictRejects() {
        String json = "{\"schema\": \"entente/report@1\", \"id\": \"r\", \"source\": {\"outlet\": \"O\"},"
                + " \"records\": [{\"kind\": \"visit\", \"when\": \"next week\"}]}";

        ReadResult standard = ReportReader.standard().read("t.json", json.getBytes(StandardCharsets.UTF_8));
        ReadResult strict = ReportReader.strict().read("t.json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(standard.orElseThrow().records().get(0).when().precision()).isEqualTo(Precision.UNKNOWN);
        assertThat(standard.warnings()).extracting(Problem::path).containsExactly("records[0].when");
        assertThat(strict.isAccepted()).isFalse();
        assertThat(strict.errors()).extracting(Problem::path).containsExactly("records[0].when");
    }

    @Test
    void readLines_lineOver64MiB_isRejectedAndReadingGoesOn() {
        String good = minimal("") + "\n";
        long huge = ReportReader.MAX_DOCUMENT_BYTES + 10;
        InputStream in = new InputStream() {
            long pos;
            final byte[] tail = good.getBytes(StandardCharsets.UTF_8);

            @Override
            public int read() {
                long p = pos++;
                if (p < huge) {
                    return 'x';
                }
                if (p == huge) {
                    return '\n';
                }
                long t = p - huge - 1;
                return t < tail.length ? tail[(int) t] : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    int c = read();
                    if (c < 0) {
                        return n == 0 ? -1 : n;
                    }
                    b[off + n++] = (byte) c;
                }
                return n;
            }
        };

        List<ReadResult> results = READER.readLines("big.jsonl", in).toList();

        assertThat(results).hasSize(2);
        assertThat(results.get(0).errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("64 MiB");
        });
        assertThat(results.get(1).isAccepted()).isTrue();
    }

    @Test
    void readAll_orderOfPaths_doesNotChangeTheOrderOfResults(@TempDir Path dir) throws IOException {
        String one = minimal("");
        Path a = Files.writeString(dir.resolve("a.json"), one.replace("\"r1\"", "\"a\""));
        Path b = Files.writeString(dir.resolve("b.json"), one.replace("\"r1\"", "\"b\""));

        List<String> forward =
                READER.readAll(List.of(a, b)).map(r -> r.orElseThrow().id()).toList();
        List<String> backward =
                READER.readAll(List.of(b, a, b)).map(r -> r.orElseThrow().id()).toList();

        assertThat(forward).containsExactly("a", "b").isEqualTo(backward);
    }

    @Test
    void read_emptyLocationAndEmptyDelegation_areReportedWithOtherErrors() {
        ReadResult result = read("{\"schema\": \"entente/report@1\", \"id\": \"\", \"source\": {\"outlet\": \"O\"},"
                + " \"records\": [{\"kind\": \"visit\", \"when\": \"2026-02-02\", \"location\": {},"
                + " \"visitor\": {\"kind\": \"delegation\"}}]}");

        assertThat(result.errors())
                .extracting(Problem::path)
                .containsExactly("id", "records[0].location", "records[0].visitor");
    }

    @Test
    void read_keyWithDotOrBracket_isQuotedInPath() {
        ReadResult result = read(minimal("{\"kind\": \"ministerial\", \"when\": \"2026-02-04\","
                        + " \"representatives\": {\"I.N\": \"S. Jaishankar\"}}")
                .replace("{\"schema\"", "{\"a[0]\": 1, \"schema\""));

        assertThat(result.problems())
                .extracting(Problem::path)
                .containsExactly("[\"a[0]\"]", "records[0].representatives[\"I.N\"]");
    }
}
