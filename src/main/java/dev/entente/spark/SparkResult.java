package dev.entente.spark;

import dev.entente.json.TimelineWriter;
import dev.entente.reconcile.Timeline;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.util.CollectionAccumulator;

/**
 * The result of a {@link SparkReconciler} run: the timeline's events, computed by Spark when first
 * used, and what was left out of the input.
 */
public final class SparkResult {
    private final Dataset<String> events;
    private final long rejected;
    private final List<String> problems;
    private final CollectionAccumulator<Integer> tasks;

    SparkResult(Dataset<String> events, long rejected, List<String> problems, CollectionAccumulator<Integer> tasks) {
        this.events = events;
        this.rejected = rejected;
        this.problems = List.copyOf(problems);
        this.tasks = tasks;
    }

    /**
     * Returns the events, one JSON object a row exactly as in the timeline document (report-format
     * section 5), in timeline order (earliest date, unknown last, then id).
     */
    public Dataset<String> events() {
        return events;
    }

    /** Returns the number of input rows that were rejected and left out (zero unless skipped). */
    public long rejected() {
        return rejected;
    }

    /** Returns the first problems of the rejected rows (at most 20), each with where it is. */
    public List<String> problems() {
        return problems;
    }

    /**
     * Returns the number of distinct tasks that have reconciled components so far (zero before the
     * events were first computed).
     */
    public int reconcileTasks() {
        return new TreeSet<>(tasks.value()).size();
    }

    /**
     * Writes the events as JSON lines, one event a line, into the folder {@code dir} (one file per
     * partition, {@code part-*}; reading the files in name order gives timeline order).
     *
     * @param dir a folder Spark can write that does not exist yet
     */
    public void writeJsonLines(String dir) {
        Objects.requireNonNull(dir, "dir");
        events.write().text(dir);
    }

    /**
     * Writes one timeline document (compact, on one line) to a file on the driver, streaming the
     * events from the executors one partition at a time. Its {@code warnings} are empty: read and
     * version warnings are not collected by the Spark adapter.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeTimeline(Path file) {
        Objects.requireNonNull(file, "file");
        String empty = TimelineWriter.compact().write(Timeline.builder().build());
        String marker = "\"events\":[]";
        int at = empty.indexOf(marker);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(empty, 0, at + marker.length() - 1);
            Iterator<String> it = events.toLocalIterator();
            boolean first = true;
            while (it.hasNext()) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                out.write(it.next());
            }
            out.write(empty, at + marker.length() - 1, empty.length() - (at + marker.length() - 1));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
