package dev.entente.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entente} command: dispatches to one subcommand per job. */
@Command(
        name = "entente",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Diplomatic-event records: validate reports, resolve dates, reconcile timelines.",
        subcommands = {
            WhenCommand.class,
            ValidateCommand.class,
            ReconcileCommand.class,
            JournalCommand.class,
            GenerateCommand.class,
            ScoreCommand.class,
            DraftCommand.class,
            SparkReconcileCommand.class
        })
public final class Main implements Runnable {

    /** Exit status for success. */
    static final int OK = 0;
    /** Exit status for an internal failure. */
    static final int INTERNAL = 1;
    /** Exit status when any input was rejected. */
    static final int REJECTED = 2;
    /** Exit status for a journal that cannot be opened as it is. */
    static final int JOURNAL_CORRUPT = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Memory held back by {@link #main} and let go to report running out of memory. */
    private static final int RESERVE_BYTES = 2 << 20;

    @SuppressWarnings("unused") // held only to be released
    private static volatile byte[] reserve;

    /**
     * Runs the command line and exits with its status. Standard output and error are UTF-8
     * whatever the platform's default encoding (JSON is UTF-8; a JDK 17 in a POSIX locale would
     * otherwise write {@code ?} for every non-ASCII character). A worker thread that runs out of
     * memory prints nothing of its own: the command reports it once, as {@link #run} does.
     *
     * @param args the arguments, as spec/cli.md describes
     */
    public static void main(String[] args) {
        reserve = new byte[RESERVE_BYTES];
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (!(e instanceof OutOfMemoryError)) {
                System.err.print("Exception in thread \"" + t.getName() + "\" ");
                e.printStackTrace();
            }
        });
        System.exit(run(
                args,
                StandardOutput.of(new FileOutputStream(FileDescriptor.out)),
                StandardOutput.of(new FileOutputStream(FileDescriptor.err))));
    }

    /**
     * Runs the command line with the given streams and returns the exit status, for tests and
     * embedding. When writing to {@code out} failed ({@link PrintWriter#checkError()}: a full disk,
     * a closed pipe), says so on {@code err} and returns 1 unless the command already failed.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("entente: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return REJECTED;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("entente: internal error: " + ex);
            ex.printStackTrace(err);
            return INTERNAL;
        });
        String outOfMemory = "entente: out of memory (the JVM may use at most "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB); give it more, such as ENTENTE_HEAP=4g with bin/entente or -Xmx4g with java";
        int status;
        try {
            status = cli.execute(args);
        } catch (OutOfMemoryError e) {
            reserve = null;
            err.println(outOfMemory);
            status = INTERNAL;
        }
        if (out.checkError()) {
            IOException why = out instanceof StandardOutput s ? s.failure() : null;
            err.println("entente: cannot write standard output" + (why == null ? "" : ": " + why.getMessage())
                    + "; what it holds is incomplete");
            status = status == OK ? INTERNAL : status;
        }
        err.flush();
        return status;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"entente " + (v == null ? "development build" : v)};
        }
    }
}
