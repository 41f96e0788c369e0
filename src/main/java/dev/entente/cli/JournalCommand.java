package dev.entente.cli;

import dev.entente.journal.Journal;
import dev.entente.journal.JournalCorruptException;
import dev.entente.journal.JournalInUseException;
import dev.entente.journal.JournalProblem;
import dev.entente.journal.RepairResult;
import dev.entente.json.ReadResult;
import dev.entente.json.ReportReader;
import dev.entente.model.Report;
import dev.entente.timeline.Ingest;
import dev.entente.timeline.TimelineService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente journal verify|repair DIR}: checks and repairs a journal directory (spec/cli.md). A
 * group of subcommands, one nested class each; {@code journal append} joins them with the report
 * reader.
 */
@Command(
        name = "journal",
        mixinStandardHelpOptions = true,
        description = "Append reports to, check or repair a journal directory.",
        subcommands = {JournalCommand.Append.class, JournalCommand.Verify.class, JournalCommand.Repair.class})
final class JournalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("entente: journal: missing subcommand (append, verify or repair)");
        spec.commandLine().usage(err);
        return Main.REJECTED;
    }

    /** Reports a problem reading {@code dir} and returns the exit status for it. */
    static int failure(PrintWriter err, String command, Path dir, IOException e) {
        if (e instanceof NoSuchFileException) {
            err.println("entente: journal " + command + ": " + dir + ": no such journal directory");
            return Main.REJECTED;
        }
        if (e instanceof NotDirectoryException || e instanceof java.nio.file.FileAlreadyExistsException) {
            err.println("entente: journal " + command + ": " + dir + ": not a directory");
            return Main.REJECTED;
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            err.println("entente: journal " + command + ": " + e.getMessage() + ": permission denied");
            return Main.REJECTED;
        }
        if (e instanceof JournalInUseException) {
            err.println("entente: journal " + command + ": " + e.getMessage());
            return Main.REJECTED;
        }
        err.println("entente: journal " + command + ": " + dir + ": " + e);
        return Main.INTERNAL;
    }

    /**
     * {@code entente journal append DIR PATH...}: reads reports as {@code validate} does and appends each
     * accepted one to the journal through a durable {@link TimelineService}, printing its id on
     * standard output the moment it is durable. Rejected reports are reported on standard error and
     * skipped; the accepted ones are still appended, and the exit status is then 2.
     */
    @Command(
            name = "append",
            mixinStandardHelpOptions = true,
            description = {
                "Append reports (.json, .jsonl, folders) to a journal, created if missing.",
                "Prints each report id on standard output once it is durable (forced to the device). Rejected"
                        + " reports are reported on standard error and skipped, the others still appended; exits 2"
                        + " if any was rejected, 3 if the journal is corrupt, 1 if a write failed."
            })
    static final class Append implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "the journal directory")
        Path dir;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "report files or folders")
        List<Path> paths;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int rejected = 0;
            try (TimelineService service = TimelineService.open(dir);
                    Stream<ReadResult> results = ReportReader.standard().readAll(paths)) {
                service.warnings().forEach(w -> err.println("entente: journal append: warning: " + w));
                for (ReadResult r : (Iterable<ReadResult>) results::iterator) {
                    r.problems().forEach(err::println);
                    err.flush();
                    if (!r.isAccepted()) {
                        rejected++;
                        continue;
                    }
                    Report report = r.orElseThrow();
                    Ingest done;
                    try {
                        done = service.ingest(report);
                    } catch (UncheckedIOException e) {
                        err.println("entente: journal append: " + r.file() + ": report " + report.id()
                                + " was not appended: " + e.getMessage());
                        return Main.INTERNAL;
                    }
                    if (done == Ingest.SUPERSEDED) {
                        err.println("entente: journal append: " + r.file() + ": report " + report.id()
                                + ": the journal already holds a later version (this one is ignored)");
                        err.flush();
                    }
                    out.println(report.id());
                    out.flush();
                }
            } catch (JournalCorruptException e) {
                err.println("entente: journal append: " + e.getMessage());
                return Main.JOURNAL_CORRUPT;
            } catch (IOException e) {
                return failure(err, "append", dir, e);
            }
            return rejected > 0 ? Main.REJECTED : Main.OK;
        }
    }

    /** {@code entente journal verify DIR}. */
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Check every entry and snapshot of a journal without changing anything.",
                "Prints each problem on standard error as <segment>:<offset>: <problem>; exits 3 if the journal"
                        + " cannot be opened as it is (run `journal repair`), 0 otherwise."
            })
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "the journal directory")
        Path dir;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            List<JournalProblem> problems;
            try {
                problems = Journal.verify(dir);
            } catch (IOException e) {
                return failure(err, "verify", dir, e);
            }
            boolean fatal = false;
            for (JournalProblem p : problems) {
                fatal |= p.fatal();
                err.println(
                        p.fatal() ? p.toString() : p.segment() + ":" + p.offset() + ": warning: " + p.description());
            }
            if (fatal) {
                err.println("entente: journal verify: " + dir + " is corrupt: run `bin/entente journal repair " + dir
                        + "` (it keeps every intact entry)");
                return Main.JOURNAL_CORRUPT;
            }
            if (problems.isEmpty()) {
                err.println("entente: journal verify: " + dir + ": no problems");
            }
            return Main.OK;
        }
    }

    /** {@code entente journal repair DIR}. */
    @Command(
            name = "repair",
            mixinStandardHelpOptions = true,
            description = {
                "Drop damaged entries so the journal opens again, keeping every intact entry.",
                "Rewritten segment files are first copied to DIR/repair-backup-N; what was done goes to"
                        + " standard error."
            })
    static final class Repair implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "the journal directory")
        Path dir;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            RepairResult result;
            try {
                result = Journal.repair(dir);
            } catch (IOException e) {
                return failure(err, "repair", dir, e);
            }
            result.actions().forEach(a -> err.println("entente: journal repair: " + a));
            return Main.OK;
        }
    }
}
