package dev.entente.reconcile;

import dev.entente.json.ReportReader;
import dev.entente.json.ReportWriter;
import dev.entente.model.Actor;
import dev.entente.model.Event;
import dev.entente.model.Report;
import dev.entente.time.Anchor;
import dev.entente.time.DateResolver;
import dev.entente.time.Resolution;
import dev.entente.time.Tense;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the hot paths: date resolution, actor matching, pair scoring, JSON reading and
 * reconciling the seed episode. Run with {@code bench/jmh.sh}; not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HotPathsBenchmark {
    private final Anchor anchor = Anchor.parse("2026-01-28");
    private List<Report> seeds;
    private List<Actor> mentions;
    private List<RecordView> views;
    private PairScorer scorer;
    private byte[] seedJson;

    /** Reads the seeds and prepares the records to score. */
    @Setup
    public void setUp() {
        seeds = Seeds.reports();
        mentions = new ArrayList<>();
        for (Report r : seeds) {
            for (Event e : r.records()) {
                mentions.addAll(e.actors());
            }
        }
        ActorResolver actors = new ActorResolver(mentions);
        views = new ArrayList<>();
        for (Report r : seeds) {
            for (int i = 0; i < r.records().size(); i++) {
                views.add(new RecordView(views.size(), r, i, r.records().get(i).when(), actors));
            }
        }
        scorer = new PairScorer(Origins.compute(seeds, List.of()));
        seedJson = ReportWriter.compact().write(seeds.get(4)).getBytes(StandardCharsets.UTF_8);
    }

    /** Resolves a relative expression. */
    @Benchmark
    public Resolution resolveNextWeek() {
        return DateResolver.standard().resolve("next week", anchor, Tense.NONE);
    }

    /** Resolves a range without a year. */
    @Benchmark
    public Resolution resolveRange() {
        return DateResolver.standard().resolve("February 2-4", anchor, Tense.FUTURE);
    }

    /** Resolves the identity of every actor mention of the seed episode. */
    @Benchmark
    public ActorResolver matchSeedActors() {
        return new ActorResolver(mentions);
    }

    /** Scores every pair of seed records (the 210 pairs of 21 records). */
    @Benchmark
    public double scoreAllSeedPairs() {
        double sum = 0;
        for (int i = 0; i < views.size(); i++) {
            for (int j = i + 1; j < views.size(); j++) {
                double s = scorer.score(views.get(i), views.get(j));
                sum += Double.isInfinite(s) ? 0 : s;
            }
        }
        return sum;
    }

    /** Reads and checks one report document (seed 004, with its article text). */
    @Benchmark
    public Object readReport() {
        return ReportReader.standard().read("seed-004.json", seedJson);
    }

    /** Reconciles the five seed reports. */
    @Benchmark
    public Timeline reconcileSeeds() {
        return Reconciler.standard().reconcile(seeds);
    }
}
