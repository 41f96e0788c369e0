package dev.entente.cli;

import dev.entente.json.Problem;
import dev.entente.json.ReadResult;
import dev.entente.json.ReportReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente validate [--strict] PATH...}: reads and checks reports as {@code reconcile} reads
 * them, without reconciling. Warnings and problems go to standard error; standard output stays
 * empty.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check report files (.json, .jsonl, folders) against the interchange format.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--strict", description = "turn every warning into an error")
    boolean strict;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "report files or folders")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportReader reader = strict ? ReportReader.strict() : ReportReader.standard();
        boolean rejected = false;
        try (Progress progress = Progress.forStandardError(err);
                Stream<ReadResult> results = reader.readAll(paths)) {
            progress.phase("reading", "reports");
            long read = 0;
            for (ReadResult r : (Iterable<ReadResult>) results::iterator) {
                progress.count(++read);
                for (Problem p : r.problems()) {
                    progress.println(p);
                }
                rejected |= !r.isAccepted();
            }
        }
        err.flush();
        return rejected ? Main.REJECTED : Main.OK;
    }
}
