package dev.entente.json;

import dev.entente.internal.CanonicalJson;
import dev.entente.model.Report;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Report} as its canonical report document (report-format section 1): a fixed key
 * order, actors as typed objects, {@code when} as the string it was read from, absent optional
 * fields left out. Reading what it writes gives an equal report, without warnings.
 *
 * <p>Immutable and thread-safe; obtain with {@link #compact()} (one line, for {@code .jsonl}) or
 * {@link #pretty()}.
 */
public final class ReportWriter {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final ReportWriter COMPACT = new ReportWriter(false);
    private static final ReportWriter PRETTY = new ReportWriter(true);

    private final boolean pretty;

    private ReportWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /** Returns a writer of single-line documents. */
    public static ReportWriter compact() {
        return COMPACT;
    }

    /** Returns a writer of indented documents. */
    public static ReportWriter pretty() {
        return PRETTY;
    }

    /**
     * Returns the report's canonical document.
     *
     * @throws NullPointerException if {@code report} is null
     */
    public String write(Report report) {
        Objects.requireNonNull(report, "report");
        StringWriter out = new StringWriter();
        ObjectWriter writer = pretty ? MAPPER.writerWithDefaultPrettyPrinter() : MAPPER.writer();
        try (JsonGenerator g = writer.createGenerator(out)) {
            CanonicalJson.writeReport(g, report);
        }
        return out.toString();
    }

    /**
     * Returns the report's canonical document in UTF-8.
     *
     * @throws NullPointerException if {@code report} is null
     */
    public byte[] writeBytes(Report report) {
        return write(report).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the report's canonical document to {@code out} in UTF-8, leaving it open.
     *
     * @throws NullPointerException if an argument is null
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void write(Report report, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            out.write(writeBytes(report));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Writes the report to a generator the caller owns, as one JSON value; used by {@link
     * EntenteJsonModule}.
     *
     * @throws NullPointerException if an argument is null
     */
    public void write(Report report, JsonGenerator generator) {
        Objects.requireNonNull(report, "report");
        CanonicalJson.writeReport(Objects.requireNonNull(generator, "generator"), report);
    }
}
