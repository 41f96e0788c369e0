package dev.entente.json;

import java.util.Objects;

/**
 * A problem found in a report document: where it is ({@code file}, 1-based {@code line} and
 * {@code column} in Unicode code points, the JSON {@code path}) and what it is.
 *
 * <p>{@link #toString()} is the form the command line prints: {@code <file>:<line>:<column>:
 * <json-path>: <problem>}, and for a warning {@code <file>:<line>:<column>: <json-path>: warning:
 * <message>}.
 *
 * @param file the file's display name, never null
 * @param line the 1-based line
 * @param column the 1-based column, in code points
 * @param path the JSON path ({@code records[2].when}; {@code $} for the text itself), never null
 * @param message what is wrong, never null
 * @param severity whether the problem rejects the report, never null
 */
public record Problem(String file, int line, int column, String path, String message, Severity severity) {

    /** How serious a problem is. */
    public enum Severity {
        /** The report is rejected. */
        ERROR,
        /** The report is accepted; the problem is reported (an error in strict mode). */
        WARNING
    }

    /**
     * Creates a problem.
     *
     * @throws NullPointerException if a text argument or the severity is null
     * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
     */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }

    /** Returns true for an {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Returns the same problem as an error (strict mode). */
    public Problem asError() {
        return new Problem(file, line, column, path, message, Severity.ERROR);
    }

    /** Returns the same problem in another file, its line moved by {@code lineOffset}. */
    Problem relocated(String newFile, int lineOffset) {
        return new Problem(newFile, line + lineOffset, column, path, message, severity);
    }

    /** Returns {@code <file>:<line>:<column>: <json-path>: <problem>} ({@code warning: } before a warning). */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + path + ": " + (severity == Severity.WARNING ? "warning: " : "")
                + message;
    }
}
