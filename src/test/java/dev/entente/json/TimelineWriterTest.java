package dev.entente.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.model.Report;
import dev.entente.reconcile.Reconciler;
import dev.entente.reconcile.Timeline;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TimelineWriterTest {
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** A report whose text needs more than ASCII: accents, and characters of three UTF-8 bytes. */
    static final String NON_ASCII_REPORT = "{\"schema\":\"entente/report@1\",\"id\":\"r-utf8\","
            + "\"source\":{\"outlet\":\"Le Monde\"},\"publishedAt\":\"2026-02-01\",\"records\":[{\"kind\":"
            + "\"meeting\",\"title\":\"Réunion à Genève\",\"when\":\"2026-02-03\",\"location\":{\"city\":"
            + "\"北京\"},\"participants\":[{\"kind\":\"minister\",\"name\":\"Élise Müller\","
            + "\"country\":\"FR\"}]}]}";

    private static Timeline seeds() {
        try (Stream<ReadResult> read = ReportReader.standard().readAll(List.of(Path.of("docs/examples/seeds")))) {
            List<Report> reports = read.map(ReadResult::orElseThrow).toList();
            return Reconciler.standard().reconcile(reports);
        }
    }

    @Test
    void write_seedTimeline_hasNoDuplicateKeys() {
        String json = TimelineWriter.pretty().write(seeds());
        JsonNode root = STRICT.readTree(json);
        assertThat(root.path("events").size()).isEqualTo(7);
    }

    @Test
    void write_meetingEvent_writesParticipantsOnce() {
        String json = TimelineWriter.compact().write(seeds());
        JsonNode meeting = STRICT.readTree(json)
                .path("events")
                .valueStream()
                .filter(e -> e.path("kind").asString().equals("meeting"))
                .findFirst()
                .orElseThrow();
        assertThat(meeting.path("participants").isArray()).isTrue();
        assertThat(meeting.path("participants").size()).isGreaterThan(0);
    }

    @Test
    void write_largeTimelineInParallelChunks_sameTextAsOneGenerator() {
        java.io.StringWriter corpus = new java.io.StringWriter();
        dev.entente.corpus.CorpusGenerator.withSeed(3).write(40, corpus, null);
        corpus.write(NON_ASCII_REPORT + "\n");
        List<Report> reports = ReportReader.standard()
                .readLines(
                        "gen.jsonl",
                        new java.io.ByteArrayInputStream(
                                corpus.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .map(ReadResult::orElseThrow)
                .toList();
        Timeline t = Reconciler.standard().reconcile(reports);
        assertThat(t.events()).hasSizeGreaterThan(200);
        assertThat(TimelineWriter.compact().write(t)).contains("Réunion à Genève", "Élise Müller", "北京");
        for (boolean pretty : new boolean[] {true, false}) {
            String serial = new TimelineWriter(pretty, Integer.MAX_VALUE).write(t);
            for (int chunk : new int[] {1, 7, 64}) {
                TimelineWriter chunked = new TimelineWriter(pretty, chunk);
                assertThat(chunked.write(t))
                        .as("pretty %s, chunk %d", pretty, chunk)
                        .isEqualTo(serial);
                java.io.StringWriter streamed = new java.io.StringWriter();
                chunked.write(t, streamed);
                assertThat(streamed.toString()).isEqualTo(serial + "\n");
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                chunked.write(t, bytes);
                assertThat(bytes.toByteArray())
                        .as("UTF-8, pretty %s, chunk %d", pretty, chunk)
                        .isEqualTo((serial + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void write_compactAndPretty_holdTheSameDocument() {
        Timeline t = seeds();
        assertThat(STRICT.readTree(TimelineWriter.compact().write(t)))
                .isEqualTo(STRICT.readTree(TimelineWriter.pretty().write(t)));
    }
}
