package dev.entente.cli;

import dev.entente.journal.Journal;
import dev.entente.journal.JournalInUseException;
import dev.entente.journal.JournalProblem;
import dev.entente.journal.RepairResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
        description = "Check or repair a journal directory.",
        subcommands = {JournalCommand.Verify.class, JournalCommand.Repair.class})
final class JournalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("entente: journal: missing subcommand (verify or repair)");
        spec.commandLine().usage(err);
        return Main.REJECTED;
    }

    /** Reports a problem reading {@code dir} and returns the exit status for it. */
    static int failure(PrintWriter err, String command, Path dir, IOException e) {
        if (e instanceof NoSuchFileException) {
            err.println("entente: journal " + command + ": " + dir + ": no such journal directory");
            return Main.REJECTED;
        }
        if (e instanceof NotDirectoryException) {
            err.println("entente: journal " + command + ": " + dir + ": not a directory");
            return Main.REJECTED;
        }
        if (e instanceof JournalInUseException) {
            err.println("entente: journal " + command + ": " + e.getMessage());
            return Main.REJECTED;
        }
        err.println("entente: journal " + command + ": " + dir + ": " + e);
        return Main.INTERNAL;
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
