package dev.entente.cli;

import dev.entente.spark.SparkReconciler;
import dev.entente.spark.SparkResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The part of {@code spark-reconcile} that touches Spark; loaded only once Spark is known to be on
 * the class path.
 */
final class SparkRun {
    private SparkRun() {}

    /** Runs the reconciliation; returns the problem to report, or null when it succeeded. */
    static String run(
            String master,
            Integer partitions,
            boolean skipInvalid,
            boolean timeline,
            String input,
            String output,
            PrintWriter err) {
        SparkSession.Builder builder = SparkSession.builder().appName("entente spark-reconcile");
        if (master != null) {
            builder.master(master);
        } else if (!SparkSession.getActiveSession().isDefined() && System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        boolean shared = SparkSession.getActiveSession().isDefined()
                || SparkSession.getDefaultSession().isDefined();
        SparkSession spark = builder.getOrCreate();
        try {
            SparkReconciler reconciler = SparkReconciler.on(spark).skippingInvalid(skipInvalid);
            if (partitions != null) {
                reconciler = reconciler.withPartitions(partitions);
            }
            SparkResult result = reconciler.reconcileJsonLines(input);
            if (timeline) {
                result.writeTimeline(Path.of(output));
            } else {
                result.writeJsonLines(output);
            }
            if (result.rejected() > 0) {
                err.println("entente: spark-reconcile: " + result.rejected() + " report(s) rejected and left out");
                result.problems().forEach(err::println);
            }
            return null;
        } catch (Exception e) {
            if (e instanceof IllegalArgumentException || e instanceof org.apache.spark.sql.AnalysisException) {
                return e.getMessage();
            }
            throw e;
        } finally {
            if (!shared) {
                spark.stop();
            }
        }
    }
}
