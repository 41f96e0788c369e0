package dev.entente.json;

import dev.entente.model.Report;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one report document: the {@link Report} with its warnings when it is
 * accepted, or every problem found when it is rejected (then there is no report at all).
 */
public final class ReadResult {
    private static final Comparator<Problem> BY_POSITION =
            Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

    private final String file;
    private final Report report;
    private final List<Problem> problems;

    private ReadResult(String file, Report report, List<Problem> problems) {
        this.file = file;
        this.report = report;
        this.problems = problems.stream().sorted(BY_POSITION).toList();
    }

    static ReadResult of(String file, Report report, List<Problem> problems) {
        Objects.requireNonNull(file, "file");
        boolean rejected = report == null || problems.stream().anyMatch(Problem::isError);
        return new ReadResult(file, rejected ? null : report, problems);
    }

    /** Returns the display name of the file the report was read from (for a {@code .jsonl} line, the file's). */
    public String file() {
        return file;
    }

    /** Returns true when the report was accepted (it has no error; it may have warnings). */
    public boolean isAccepted() {
        return report != null;
    }

    /** Returns the report when it was accepted; empty when it was rejected. */
    public Optional<Report> report() {
        return Optional.ofNullable(report);
    }

    /**
     * Returns the report.
     *
     * @throws IllegalStateException naming the first problem if the report was rejected
     */
    public Report orElseThrow() {
        if (report == null) {
            throw new IllegalStateException("report rejected: " + errors().get(0));
        }
        return report;
    }

    /** Returns every problem found, errors and warnings, in order of position. */
    public List<Problem> problems() {
        return problems;
    }

    /** Returns the errors, in order of position; empty when the report was accepted. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** Returns the warnings, in order of position. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    @Override
    public String toString() {
        return (isAccepted() ? "accepted " + report.id() : "rejected") + " " + file + " " + problems;
    }
}
