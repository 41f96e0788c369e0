package dev.entente.spark;

import dev.entente.json.ReadResult;
import dev.entente.json.ReportReader;
import dev.entente.json.ReportWriter;
import dev.entente.json.TimelineWriter;
import dev.entente.model.Report;
import dev.entente.reconcile.Components;
import dev.entente.reconcile.TimelineEvent;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.HashPartitioner;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import scala.Tuple2;

/**
 * Reconciles a corpus of reports on Apache Spark into the timeline events the single-machine
 * reconciler ({@link dev.entente.reconcile.Reconciler#standard()}) gives on the same reports.
 *
 * <p>Every stage runs on the executors and calls {@link Components}, the single-machine
 * reconciler's own stages; nothing here decides whether two records describe one event. Reports
 * travel between stages as their canonical JSON lines; each line is read once at the start, with
 * what the stages before reconciliation need of it (blocking keys and timings, agency, whether it
 * has a text), and once more in the task that reconciles its component:
 *
 * <ol>
 *   <li>each line is read ({@link ReportReader#standard()}); one version of each report is kept
 *       ({@link Components#laterVersion}, a {@code reduceByKey} on the report id);
 *   <li>each record is keyed by its {@linkplain Components#blockingKeys blocking keys}; records are
 *       grouped by key (one shuffle) and each block gives the pairs of reports whose records are
 *       {@linkplain Components#comparable comparable};
 *   <li>components of the report graph: each partition of the pairs is reduced to a spanning
 *       forest on its executor, and the forests' report ids (never reports) are joined on the
 *       driver by a union-find;
 *   <li>origins: near-copy texts ({@link Components#nearCopies}) among the candidate pairs, and
 *       reports naming the same agency, are joined the same way;
 *   <li>reports are shuffled by component, each component is reconciled in one task ({@link
 *       Components#reconcile}), and the events are sorted by {@link Components#EVENT_ORDER}.
 * </ol>
 *
 * <p>Instances are immutable; the {@link SparkSession} is the caller's and is never stopped here.
 */
public final class SparkReconciler {
    /** The most problems of rejected rows kept for {@link SparkResult#problems()}. */
    private static final int MAX_PROBLEMS = 20;

    /**
     * How intermediate results are kept: on the executors' disks, not in their heaps. The task that
     * reconciles the largest component holds all of its reports read (as the single-machine
     * reconciler does); cached blocks in the heap (Spark's storage memory, which user objects do not
     * evict) left it too little at a million records (docs/distributed.md).
     */
    private static final StorageLevel KEPT = StorageLevel.DISK_ONLY();

    private final SparkSession spark;
    private final int partitions;
    private final boolean skipInvalid;

    private SparkReconciler(SparkSession spark, int partitions, boolean skipInvalid) {
        this.spark = spark;
        this.partitions = partitions;
        this.skipInvalid = skipInvalid;
    }

    /**
     * Returns a reconciler running on {@code spark}, with as many partitions per shuffle as {@code
     * spark.sql.shuffle.partitions}, rejecting a corpus with an unreadable line.
     *
     * @throws NullPointerException if {@code spark} is null
     */
    public static SparkReconciler on(SparkSession spark) {
        Objects.requireNonNull(spark, "spark");
        int n = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions", "200"));
        return new SparkReconciler(spark, n, false);
    }

    /**
     * Returns a copy using {@code n} partitions for each shuffle.
     *
     * @throws IllegalArgumentException if {@code n} is less than one
     */
    public SparkReconciler withPartitions(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("partitions: " + n + " is less than one");
        }
        return new SparkReconciler(spark, n, skipInvalid);
    }

    /**
     * Returns a copy that leaves rejected lines out (as {@code reconcile --skip-invalid} does)
     * instead of failing, when {@code skip} is true.
     */
    public SparkReconciler skippingInvalid(boolean skip) {
        return new SparkReconciler(spark, partitions, skip);
    }

    /**
     * Reconciles the reports of {@code .jsonl} files (one report a line; a folder or a glob reads
     * every file in it).
     *
     * @param path a path Spark can read, such as {@code data/reports.jsonl} or {@code hdfs:///corpus}
     * @return the result; the stages up to the origins have run, the reconciliation of the
     *     components runs when the events are first used
     * @throws IllegalArgumentException if a line is rejected and invalid lines are not skipped, or if
     *     every line is rejected
     */
    public SparkResult reconcileJsonLines(String path) {
        Objects.requireNonNull(path, "path");
        return reconcile(spark.read().textFile(path));
    }

    /**
     * Reconciles reports given as a Dataset of report documents (one document a row, such as the
     * lines of a {@code .jsonl} file); blank rows are ignored.
     *
     * @return the result; the stages up to the origins have run, the reconciliation of the
     *     components runs when the events are first used
     * @throws IllegalArgumentException if a row is rejected and invalid rows are not skipped (the
     *     message names the first problem and where it is: partition and row), or if every row is
     *     rejected
     * @throws NullPointerException if {@code reports} is null
     */
    public SparkResult reconcile(Dataset<String> reports) {
        Objects.requireNonNull(reports, "reports");
        int n = partitions;
        JavaRDD<Parsed> parsed = reports.javaRDD().mapPartitionsWithIndex(SparkReconciler::parse, false);
        parsed.persist(KEPT);
        JavaRDD<Parsed> rejectedRows = parsed.filter(p -> p.problem != null);
        long rejected = rejectedRows.count();
        List<String> problems = rejectedRows.map(p -> p.problem).take(MAX_PROBLEMS);
        if (rejected > 0 && (!skipInvalid || rejected == parsed.count())) {
            parsed.unpersist(false);
            throw new IllegalArgumentException(rejected + " report(s) rejected; the first: " + problems.get(0));
        }

        JavaPairRDD<String, Kept> byId = parsed.filter(p -> p.problem == null)
                .mapToPair(p -> new Tuple2<>(p.id, p.kept))
                .reduceByKey(SparkReconciler::laterVersion, n)
                .persist(KEPT);

        JavaPairRDD<String, String> pairs = byId.flatMapToPair(SparkReconciler::blockRows)
                .groupByKey(n)
                .flatMapToPair(block -> candidatePairs(block._1, block._2).iterator())
                .distinct(n)
                .persist(KEPT);

        JavaPairRDD<String, String> component =
                Labels.minLabels(pairs.mapToPair(p -> new Tuple2<>(Labels.report(p._1), Labels.report(p._2))), n);

        JavaPairRDD<String, String> texts = byId.filter(r -> r._2.hasText).mapValues(k -> k.json);
        JavaPairRDD<String, String> nearCopies = pairs.join(texts, n)
                .mapToPair(t -> new Tuple2<>(t._2._1, new Tuple2<>(t._1, t._2._2)))
                .join(texts, n)
                .filter(t -> Components.nearCopies(read(t._2._1._2), read(t._2._2)))
                .mapToPair(t -> new Tuple2<>(Labels.report(t._2._1._1), Labels.report(t._1)));
        JavaPairRDD<String, String> agencies = byId.flatMapToPair(r -> (r._2.agency == null
                        ? List.<Tuple2<String, String>>of()
                        : List.of(new Tuple2<>(Labels.report(r._1), Labels.agency(r._2.agency))))
                .iterator());
        JavaPairRDD<String, String> origin = Labels.minLabels(agencies.union(nearCopies), n);
        // byId is kept whole by now (the jobs of minLabels read all of it): the input and the pairs
        // are no longer needed.
        parsed.unpersist(false);
        pairs.unpersist(false);

        CollectionAccumulator<Integer> tasks = spark.sparkContext().collectionAccumulator("entente.reconcileTasks");
        JavaRDD<Row> events = byId.mapValues(k -> k.json)
                .leftOuterJoin(component, n)
                .leftOuterJoin(origin, n)
                .mapToPair(t -> new Tuple2<>(t._2._1._2.orElse(t._1), new Tuple2<>(t._2._1._1, t._2._2.orElse(t._1))))
                .groupByKey(new HashPartitioner(n))
                .mapPartitions(it -> reconcileComponents(it, tasks))
                .persist(KEPT);
        StructType schema = new StructType()
                .add("earliest", DataTypes.LongType, false)
                .add("id", DataTypes.StringType, false)
                .add("event", DataTypes.StringType, false);
        Dataset<String> sorted = spark.createDataFrame(events, schema)
                .orderBy("earliest", "id")
                .select("event")
                .as(Encoders.STRING());
        return new SparkResult(sorted, rejected, problems, tasks);
    }

    private static Iterator<Parsed> parse(int partition, Iterator<String> lines) {
        ReportReader reader = ReportReader.standard();
        ReportWriter writer = ReportWriter.compact();
        List<Parsed> out = new ArrayList<>();
        long row = 0;
        while (lines.hasNext()) {
            String line = lines.next();
            row++;
            if (line.isBlank()) {
                continue;
            }
            String name = "partition " + partition + " row " + row;
            ReadResult r = reader.read(name, line.getBytes(StandardCharsets.UTF_8));
            if (r.isAccepted()) {
                Report report = r.orElseThrow();
                out.add(new Parsed(report.id(), Kept.of(report, writer.write(report)), null));
            } else {
                out.add(new Parsed(null, null, r.errors().get(0).toString()));
            }
        }
        return out.iterator();
    }

    static Report read(String canonical) {
        return ReportReader.standard()
                .read("report", canonical.getBytes(StandardCharsets.UTF_8))
                .orElseThrow();
    }

    private static Kept laterVersion(Kept a, Kept b) {
        if (a.json.equals(b.json)) {
            return a;
        }
        Report ra = read(a.json);
        return Components.laterVersion(ra, read(b.json)) == ra ? a : b;
    }

    private static Iterator<Tuple2<String, BlockRow>> blockRows(Tuple2<String, Kept> idAndKept) {
        Kept k = idAndKept._2;
        List<Tuple2<String, BlockRow>> out = new ArrayList<>();
        for (int i = 0; i < k.timings.length; i++) {
            BlockRow row = new BlockRow(idAndKept._1, k.timings[i]);
            for (String key : k.keys[i]) {
                out.add(new Tuple2<>(key, row));
            }
        }
        return out.iterator();
    }

    /**
     * The pairs of reports {@code (a, b)}, {@code a < b}, with records in one block that are
     * comparable, found as the single machine finds them ({@link Components#candidatePairs}).
     */
    static List<Tuple2<String, String>> candidatePairs(String key, Iterable<BlockRow> block) {
        List<BlockRow> rows = new ArrayList<>();
        block.forEach(rows::add);
        List<Components.Timing> timings = new ArrayList<>(rows.size());
        rows.forEach(r -> timings.add(r.timing));
        List<Tuple2<String, String>> out = new ArrayList<>();
        for (long pair : Components.candidatePairs(key, timings)) {
            add(out, rows.get((int) (pair >>> 32)).report, rows.get((int) pair).report);
        }
        return out;
    }

    private static void add(List<Tuple2<String, String>> out, String a, String b) {
        int c = a.compareTo(b);
        if (c != 0) {
            out.add(c < 0 ? new Tuple2<>(a, b) : new Tuple2<>(b, a));
        }
    }

    /** The wire agency of a report as the reconciler compares it; empty when there is none. */
    static Optional<String> agencyKey(Report r) {
        return Components.agencyKey(r);
    }

    private static Iterator<Row> reconcileComponents(
            Iterator<Tuple2<String, Iterable<Tuple2<String, String>>>> groups, CollectionAccumulator<Integer> tasks) {
        List<Row> out = new ArrayList<>();
        TimelineWriter writer = TimelineWriter.compact();
        boolean any = false;
        while (groups.hasNext()) {
            any = true;
            List<Report> reports = new ArrayList<>();
            Map<String, String> originOf = new HashMap<>();
            for (Tuple2<String, String> jsonAndOrigin : groups.next()._2) {
                Report r = read(jsonAndOrigin._1);
                reports.add(r);
                originOf.put(r.id(), jsonAndOrigin._2);
            }
            for (TimelineEvent e : Components.reconcile(reports, originOf)) {
                long earliest = e.when().earliest().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
                out.add(RowFactory.create(earliest, e.id(), writer.writeEvent(e)));
            }
        }
        if (any) {
            tasks.add(TaskContext.getPartitionId());
        }
        return out.iterator();
    }

    /** One line of the input, read: a report's id and what is kept of it, or the first problem. */
    static final class Parsed implements Serializable {
        private static final long serialVersionUID = 2L;
        final String id;
        final Kept kept;
        final String problem;

        Parsed(String id, Kept kept, String problem) {
            this.id = id;
            this.kept = kept;
            this.problem = problem;
        }
    }

    /**
     * A report as the stages before reconciliation need it, taken from one reading of it: its
     * canonical JSON line, the blocking keys and timing of each record, its agency key and whether
     * it has a text. Reading a report (parsing, resolving its dates) is the costliest step of those
     * stages; this keeps it to once per line there, and once more when its component is reconciled.
     */
    static final class Kept implements Serializable {
        private static final long serialVersionUID = 1L;
        final String json;
        final String[][] keys;
        final Components.Timing[] timings;
        final String agency;
        final boolean hasText;

        private Kept(String json, String[][] keys, Components.Timing[] timings, String agency, boolean hasText) {
            this.json = json;
            this.keys = keys;
            this.timings = timings;
            this.agency = agency;
            this.hasText = hasText;
        }

        static Kept of(Report r, String json) {
            int n = r.records().size();
            String[][] keys = new String[n][];
            Components.Timing[] timings = new Components.Timing[n];
            for (int i = 0; i < n; i++) {
                keys[i] = Components.blockingKeys(r, i).toArray(new String[0]);
                timings[i] = Components.timing(r, i);
            }
            return new Kept(
                    json, keys, timings, agencyKey(r).orElse(null), r.text().isPresent());
        }
    }

    /** A record in a block: its report and its timing. */
    static final class BlockRow implements Serializable {
        private static final long serialVersionUID = 2L;
        final String report;
        final Components.Timing timing;

        BlockRow(String report, Components.Timing timing) {
            this.report = report;
            this.timing = timing;
        }
    }
}
