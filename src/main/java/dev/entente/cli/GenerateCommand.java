package dev.entente.cli;

import dev.entente.corpus.CorpusGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code entente generate --episodes N [--seed S] --out FILE.jsonl [--gold GOLD.json]}: writes a
 * synthetic corpus with its gold clustering, for benchmarks and quality measurements. The same seed
 * and episode count always give the same bytes. A summary goes to standard error.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic report corpus (.jsonl) and its gold events, deterministically.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--episodes",
            required = true,
            paramLabel = "N",
            description = "number of episodes (about 13 records each)")
    long episodes;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default 1)")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "where the reports go")
    Path out;

    @Option(names = "--gold", paramLabel = "GOLD.json", description = "where the gold events go")
    Path gold;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (episodes < 0) {
            err.println("entente: generate: --episodes: " + episodes + " is negative");
            return Main.REJECTED;
        }
        try (Writer reports = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                Writer goldOut = gold == null ? null : Files.newBufferedWriter(gold, StandardCharsets.UTF_8)) {
            CorpusGenerator.Counts counts;
            try (Progress progress = Progress.forStandardError(err)) {
                progress.phase(String.format(Locale.ROOT, "generating %,d episodes", episodes));
                counts = CorpusGenerator.withSeed(seed).write(episodes, reports, goldOut);
            }
            err.println("entente: generate: " + episodes + " episodes, " + counts.reports() + " reports, "
                    + counts.records() + " records -> " + out + (gold == null ? "" : ", gold -> " + gold));
            return Main.OK;
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof IOException x ? x : ((UncheckedIOException) e).getCause();
            err.println("entente: generate: cannot write: " + io.getMessage());
            return Main.REJECTED;
        }
    }
}
