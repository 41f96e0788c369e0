package dev.entente.cli;

import dev.entente.corpus.Scores;
import dev.entente.json.ReadResult;
import dev.entente.json.ReportReader;
import dev.entente.model.Report;
import dev.entente.reconcile.Reconciler;
import dev.entente.reconcile.Timeline;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente score --gold GOLD.json PATH...} (hidden, for benchmarks): reads and reconciles the
 * reports like {@code reconcile}, then prints one JSON line of clustering scores against the gold
 * events and the time spent reading and reconciling.
 */
@Command(
        name = "score",
        hidden = true,
        mixinStandardHelpOptions = true,
        description = "Reconcile reports and score the clustering against gold events (for benchmarks).")
final class ScoreCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "the gold events")
    Path gold;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "report files or folders")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Map<String, List<String>> goldEvents;
        try {
            goldEvents = Scores.readGold(gold);
        } catch (UncheckedIOException e) {
            err.println("entente: score: --gold " + gold + ": " + e.getCause().getMessage());
            return Main.REJECTED;
        }
        long start = System.nanoTime();
        List<Report> reports = new ArrayList<>();
        try (Stream<ReadResult> results = ReportReader.standard().readAll(paths)) {
            for (ReadResult r : (Iterable<ReadResult>) results::iterator) {
                if (!r.isAccepted()) {
                    r.problems().forEach(err::println);
                    return Main.REJECTED;
                }
                reports.add(r.orElseThrow());
            }
        }
        long read = System.nanoTime();
        Timeline timeline = Reconciler.standard().reconcile(reports);
        long done = System.nanoTime();
        Scores s = Scores.of(timeline, goldEvents);
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(
                Locale.ROOT,
                "{\"records\": %d, \"events\": %d, \"readSeconds\": %.2f, \"reconcileSeconds\": %.2f,"
                        + " \"pairwisePrecision\": %.4f, \"pairwiseRecall\": %.4f, \"pairwiseF1\": %.4f,"
                        + " \"bcubedPrecision\": %.4f, \"bcubedRecall\": %.4f, \"bcubedF1\": %.4f}",
                s.records(),
                timeline.events().size(),
                (read - start) / 1e9,
                (done - read) / 1e9,
                s.pairwisePrecision(),
                s.pairwiseRecall(),
                s.pairwiseF1(),
                s.bcubedPrecision(),
                s.bcubedRecall(),
                s.bcubedF1()));
        out.flush();
        return Main.OK;
    }
}
