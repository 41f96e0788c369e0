package dev.entente.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.entente.model.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks documents against docs/schema/report.schema.json and timeline.schema.json: this module's
 * fixtures, every report the writer produces, and every file under docs/examples/ when that folder
 * exists.
 */
class SchemaDocumentsTest {
    static final Path REPO = Path.of(System.getProperty("entente.repo", "."));
    static final String REPORT_ID = "https://entente.dev/schema/report.schema.json";
    static final String TIMELINE_ID = "https://entente.dev/schema/timeline.schema.json";
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemas(Map.of(
                    REPORT_ID, read(REPO.resolve("docs/schema/report.schema.json")),
                    TIMELINE_ID, read(REPO.resolve("docs/schema/timeline.schema.json")))));
    static final Schema REPORT = REGISTRY.getSchema(SchemaLocation.of(REPORT_ID));
    static final Schema TIMELINE = REGISTRY.getSchema(SchemaLocation.of(TIMELINE_ID));

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Error> validate(String json) {
        JsonNode node = MAPPER.readTree(json);
        boolean timeline = node.path("schema").asString("").equals("entente/timeline@1");
        return (timeline ? TIMELINE : REPORT).validate(node);
    }

    @Test
    void goodFixture_conformsToReportSchema() {
        assertThat(validate(new String(ReportReaderTest.resource("good/full.json"), StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void timelineExample_conformsToTimelineSchema() {
        assertThat(validate(new String(ReportReaderTest.resource("timeline/example.json"), StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void reportWithUnknownStatus_isRejectedBySchema() {
        assertThat(validate(new String(ReportReaderTest.resource("bad/unknown-status.json"), StandardCharsets.UTF_8)))
                .isNotEmpty();
    }

    @Test
    void timelineWithBareStringActor_isRejectedBySchema() {
        String json = new String(ReportReaderTest.resource("timeline/example.json"), StandardCharsets.UTF_8)
                .replace(
                        "\"convener\": { \"kind\": \"minister\", \"name\": \"Marco Rubio\", \"country\": \"US\" }",
                        "\"convener\": \"Marco Rubio\"");

        assertThat(validate(json)).isNotEmpty();
    }

    @Property(tries = 50)
    void writtenReport_conformsToReportSchema(@ForAll("reports") Report report) {
        assertThat(validate(ReportWriter.compact().write(report))).isEmpty();
    }

    @Provide
    Arbitrary<Report> reports() {
        return new ReportWriterTest().reports();
    }

    @TestFactory
    Stream<DynamicTest> docsExamples_conformToTheirSchema() throws IOException {
        Path examples = REPO.resolve("docs/examples");
        if (!Files.isDirectory(examples)) {
            return Stream.empty();
        }
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(examples)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".json")) {
                    tests.add(DynamicTest.dynamicTest(
                            examples.relativize(f).toString(),
                            () -> assertThat(validate(Files.readString(f))).isEmpty()));
                } else if (name.endsWith(".jsonl")) {
                    tests.add(DynamicTest.dynamicTest(examples.relativize(f).toString(), () -> {
                        try (Stream<String> lines = Files.lines(f)) {
                            lines.filter(l -> !l.isBlank())
                                    .forEach(l -> assertThat(validate(l)).isEmpty());
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }
}
