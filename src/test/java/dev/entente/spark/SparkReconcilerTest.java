package dev.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.corpus.CorpusGenerator;
import dev.entente.json.ReadResult;
import dev.entente.json.ReportReader;
import dev.entente.json.ReportWriter;
import dev.entente.json.TimelineWriter;
import dev.entente.model.Event;
import dev.entente.model.Meeting;
import dev.entente.model.Report;
import dev.entente.model.Source;
import dev.entente.reconcile.Components;
import dev.entente.reconcile.Reconciler;
import dev.entente.reconcile.RecordRef;
import dev.entente.reconcile.Timeline;
import dev.entente.reconcile.TimelineEvent;
import dev.entente.time.When;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark adapter, in local mode on two threads ({@link LocalSpark}), gives the
 * events the single-machine reconciler gives, byte for byte.
 */
class SparkReconcilerTest {
    private static final int PARTITIONS = LocalSpark.PARTITIONS;
    private static SparkSession spark;
    private static JavaSparkContext jsc;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.session();
        jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    }

    private static Path repo() {
        return Path.of(System.getProperty("entente.repo", "."));
    }

    private static List<Report> read(Path dir) {
        try (Stream<ReadResult> results = ReportReader.standard().readAll(List.of(dir))) {
            return results.filter(r -> !r.file().endsWith("gold.json"))
                    .map(ReadResult::orElseThrow)
                    .toList();
        }
    }

    private static List<Report> seedsAndCorpora() {
        List<Report> all = new ArrayList<>(read(repo().resolve("docs/examples/seeds")));
        all.addAll(read(repo().resolve("src/test/resources/corpus/tune")));
        all.addAll(read(repo().resolve("src/test/resources/corpus/heldout")));
        return all;
    }

    private static List<String> lines(List<Report> reports) {
        return reports.stream().map(ReportWriter.compact()::write).toList();
    }

    private static Dataset<String> dataset(List<String> lines, int slices) {
        JavaRDD<String> rdd = jsc.parallelize(lines, slices);
        return spark.createDataset(rdd.rdd(), Encoders.STRING());
    }

    private static List<String> standard(List<Report> reports) {
        return Reconciler.standard().reconcile(reports).events().stream()
                .map(TimelineWriter.compact()::writeEvent)
                .toList();
    }

    private static SparkReconciler reconciler() {
        return SparkReconciler.on(spark).withPartitions(PARTITIONS);
    }

    @Test
    void reconcile_seedsAndCorpora_giveTheSingleMachineEventsByteForByte() {
        List<Report> reports = seedsAndCorpora();
        SparkResult result = reconciler().reconcile(dataset(lines(reports), 3));

        List<String> events = result.events().collectAsList();

        assertThat(events).hasSizeGreaterThan(10).containsExactlyElementsOf(standard(reports));
        assertThat(result.rejected()).isZero();
    }

    @Test
    @Tag("slow")
    void reconcile_generatedCorpusOf100kRecords_givesTheSingleMachineEvents() {
        CorpusGenerator generator = CorpusGenerator.withSeed(20261123L);
        List<Report> reports = new ArrayList<>();
        long records = 0;
        for (long e = 0; records < 100_000; e++) {
            for (Report r : generator.episode(e).reports()) {
                reports.add(r);
                records += r.records().size();
            }
        }
        List<String> expected = standard(reports);

        SparkResult result = reconciler().reconcile(dataset(lines(reports), PARTITIONS));
        List<String> events = result.events().collectAsList();

        assertThat(records).isGreaterThanOrEqualTo(100_000);
        assertThat(events).hasSameSizeAs(expected);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i)).as("event %d", i).isEqualTo(expected.get(i));
        }
    }

    @Test
    void reconcile_recordsOfOneEventInDifferentPartitions_areMergedIntoOneEvent() {
        List<Report> reports = seedsAndCorpora();
        Timeline timeline = Reconciler.standard().reconcile(reports);
        Map<String, Report> byId = new HashMap<>();
        reports.forEach(r -> byId.put(r.id(), r));
        HashPartitioner blocks = new HashPartitioner(PARTITIONS);
        List<TimelineEvent> straddling = timeline.events().stream()
                .filter(e -> blockPartitions(e, byId, blocks).size() > 1)
                .filter(e ->
                        e.records().stream().map(RecordRef::report).distinct().count() > 1)
                .toList();
        // one report per input partition: no two records of different reports are read by one task
        Dataset<String> input = dataset(lines(reports), reports.size());
        assertThat(input.javaRDD().getNumPartitions()).isEqualTo(reports.size());

        List<String> events = reconciler().reconcile(input).events().collectAsList();

        assertThat(straddling).isNotEmpty();
        for (TimelineEvent e : straddling) {
            assertThat(events).contains(TimelineWriter.compact().writeEvent(e));
        }
        assertThat(events).containsExactlyElementsOf(standard(reports));
    }

    /** The partitions that the blocking keys of an event's records hash to. */
    private static Set<Integer> blockPartitions(TimelineEvent e, Map<String, Report> byId, HashPartitioner p) {
        Set<Integer> out = new HashSet<>();
        for (RecordRef ref : e.records()) {
            Report r = byId.get(ref.report());
            Set<Integer> mine = new HashSet<>();
            Components.blockingKeys(r, ref.index()).forEach(k -> mine.add(p.getPartition(k)));
            if (mine.size() == 1) {
                out.addAll(mine);
            } else {
                return mine;
            }
        }
        return out;
    }

    @Test
    void reconcile_runsTheComponentsInMoreThanOneTask() {
        List<Report> reports = seedsAndCorpora();
        SparkResult result = reconciler().reconcile(dataset(lines(reports), 2));

        assertThat(result.reconcileTasks()).isZero();
        result.events().count();

        assertThat(result.reconcileTasks()).isGreaterThan(1);
    }

    @Test
    void reconcile_twoVersionsOfAReport_keepsTheOneTheSingleMachineKeeps() {
        List<Report> reports = new ArrayList<>(seedsAndCorpora());
        Report first =
                reports.stream().filter(r -> r.records().size() > 1).findFirst().orElseThrow();
        Event record = first.records().stream()
                .filter(e -> e.partOf().isEmpty() && e.ref().isEmpty())
                .findFirst()
                .orElseThrow();
        Report.Builder b = Report.builder()
                .id(first.id())
                .source(first.source())
                .language(first.language())
                .addRecords(record);
        first.publishedAt().ifPresent(b::publishedAt);
        first.text().ifPresent(b::text);
        Report edited = b.build();
        reports.add(edited);

        List<String> events =
                reconciler().reconcile(dataset(lines(reports), 3)).events().collectAsList();

        assertThat(events).containsExactlyElementsOf(standard(reports));
    }

    @Test
    void reconcile_rejectedLine_failsNamingWhereItIs() {
        List<String> lines = new ArrayList<>(lines(read(repo().resolve("docs/examples/seeds"))));
        lines.add("{\"id\": \"broken\"");

        assertThatThrownBy(() -> reconciler().reconcile(dataset(lines, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 report(s) rejected")
                .hasMessageContaining("partition 0 row " + lines.size());
    }

    @Test
    void reconcile_skippingInvalid_leavesTheRejectedLineOut() {
        List<Report> seeds = read(repo().resolve("docs/examples/seeds"));
        List<String> lines = new ArrayList<>(lines(seeds));
        lines.add("not json at all");
        lines.add("   ");

        SparkResult result = reconciler().skippingInvalid(true).reconcile(dataset(lines, 2));

        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.events().collectAsList()).containsExactlyElementsOf(standard(seeds));
    }

    @Test
    void reconcile_everyLineRejected_failsEvenWhenSkippingInvalid() {
        List<String> lines = List.of("not json", "{}");

        assertThatThrownBy(() -> reconciler().skippingInvalid(true).reconcile(dataset(lines, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 report(s) rejected");
    }

    @Test
    void writeJsonLinesAndTimeline_giveTheEventsAndTheSingleMachineDocument(@TempDir Path dir) throws Exception {
        List<Report> seeds = read(repo().resolve("docs/examples/seeds"));
        Path input = dir.resolve("reports.jsonl");
        Files.write(input, lines(seeds));
        SparkResult result = reconciler().reconcileJsonLines(input.toString());

        result.writeJsonLines(dir.resolve("events").toString());
        result.writeTimeline(dir.resolve("timeline.json"));

        List<String> sharded;
        try (Stream<Path> parts = Files.list(dir.resolve("events"))) {
            sharded = parts.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .sorted()
                    .flatMap(p -> {
                        try {
                            return Files.readAllLines(p).stream();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
        assertThat(sharded).containsExactlyElementsOf(standard(seeds));
        Timeline timeline = Reconciler.standard().reconcile(seeds);
        assertThat(timeline.warnings()).isEmpty();
        assertThat(Files.readString(dir.resolve("timeline.json")))
                .isEqualTo(TimelineWriter.compact().write(timeline) + "\n");
    }

    @Provide
    Arbitrary<String> agencies() {
        return Arbitraries.of(
                "PTI",
                "pti",
                " P.T.I ",
                "P T I",
                "Agence France-Presse",
                "agence france presse",
                "AFP",
                "Reuters",
                "REUTERS!",
                "Agência Lusa",
                "Agencia Lusa",
                "Kyōdō",
                "Kyodo",
                "ÉFE",
                "efe",
                "--",
                "...",
                "Xinhua",
                "Xin hua",
                "Ａ Ｐ",
                "AP");
    }

    @Property(tries = 300)
    void agencyKey_isTheSameExactlyWhenTheReconcilerGivesOneOrigin(
            @ForAll("agencies") String a, @ForAll("agencies") String b) {
        Report ra = withAgency("a", a);
        Report rb = withAgency("b", b);

        Map<String, String> origins = Components.origins(List.of(ra, rb), List.of());
        boolean oneOrigin = origins.get("a").equals(origins.get("b"));

        assertThat(SparkReconciler.agencyKey(ra).isPresent()
                        && SparkReconciler.agencyKey(ra).equals(SparkReconciler.agencyKey(rb)))
                .isEqualTo(oneOrigin);
    }

    private static Report withAgency(String id, String agency) {
        return Report.builder()
                .id(id)
                .source(Source.builder().outlet("Outlet " + id).agency(agency).build())
                .addRecords(Meeting.builder()
                        .when(When.of(LocalDate.of(2026, 2, 4)))
                        .build())
                .build();
    }
}
