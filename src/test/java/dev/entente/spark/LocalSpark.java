package dev.entente.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;

/**
 * The one Spark session of a test JVM: local mode on two threads, driver bound to 127.0.0.1, no UI.
 * Spark stops it when the JVM exits.
 */
public final class LocalSpark {
    /** Partitions per shuffle in tests. */
    public static final int PARTITIONS = 4;

    private static SparkSession session;

    private LocalSpark() {}

    /**
     * Returns the session, starting it on first use; skips the calling test on a JDK newer than 21,
     * where Spark 4.1's Hadoop does not run.
     */
    public static synchronized SparkSession session() {
        Assumptions.assumeTrue(
                Runtime.version().feature() <= 21,
                "Spark tests skipped on JDK " + Runtime.version().feature()
                        + ": Spark 4.1 runs on JDK 17 to 21 here (its Hadoop fails on JDK 24 and later)");
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("entente-test")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", String.valueOf(PARTITIONS))
                    .config("spark.default.parallelism", String.valueOf(PARTITIONS))
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}
