package dev.entente.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente spark-reconcile INPUT OUTPUT}: reconciles {@code .jsonl} reports on Apache Spark
 * and writes the events as JSON lines (one folder of {@code part-*} files). Spark is not part of the
 * command-line jar: run it with {@code spark-submit}, which puts Spark on the class path.
 */
@Command(
        name = "spark-reconcile",
        mixinStandardHelpOptions = true,
        description = "Reconcile .jsonl reports on Apache Spark (run with spark-submit; see docs/distributed.md).")
final class SparkReconcileCommand implements Callable<Integer> {
    static final String SPARK_SESSION = "org.apache.spark.sql.SparkSession";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "the Spark master when spark-submit does not give one (default local[*])")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "partitions per shuffle (default: Spark's)")
    Integer partitions;

    @Option(names = "--skip-invalid", description = "leave rejected reports out instead of failing")
    boolean skipInvalid;

    @Option(names = "--timeline", description = "write one timeline document (OUTPUT is a file) instead of JSON lines")
    boolean timeline;

    @Parameters(index = "0", paramLabel = "INPUT", description = ".jsonl file, folder or glob Spark can read")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "folder to create (a file with --timeline)")
    String output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!sparkPresent()) {
            err.println("entente: spark-reconcile: Apache Spark is not on the class path; run it with spark-submit:");
            err.println(
                    "  spark-submit --class dev.entente.cli.Main --master 'local[2]' target/entente-<version>-cli.jar"
                            + " spark-reconcile INPUT OUTPUT");
            err.println("(see docs/distributed.md)");
            err.flush();
            return Main.INTERNAL;
        }
        if (partitions != null && partitions < 1) {
            err.println("entente: spark-reconcile: --partitions: " + partitions + " is less than one");
            return Main.REJECTED;
        }
        String problem = SparkRun.run(master, partitions, skipInvalid, timeline, input, output, err);
        if (problem != null) {
            err.println("entente: spark-reconcile: " + problem);
            err.flush();
            return Main.REJECTED;
        }
        err.flush();
        return Main.OK;
    }

    static boolean sparkPresent() {
        try {
            Class.forName(SPARK_SESSION, false, SparkReconcileCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
