package dev.entente.json;

import dev.entente.model.Actor;
import dev.entente.model.Event;
import dev.entente.model.Location;
import dev.entente.reconcile.Conflict;
import dev.entente.reconcile.ConflictValue;
import dev.entente.reconcile.RecordRef;
import dev.entente.reconcile.StatusChange;
import dev.entente.reconcile.Timeline;
import dev.entente.reconcile.TimelineEvent;
import dev.entente.reconcile.TimelineWarning;
import dev.entente.time.When;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Timeline} as the timeline document (report-format section 5): events in timeline
 * order, every array in canonical order, actors as typed objects, {@code when} as its resolved
 * object. The same timeline gives the same bytes.
 *
 * <p>Immutable and thread-safe.
 */
public final class TimelineWriter {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TimelineWriter PRETTY = new TimelineWriter(true);
    private static final TimelineWriter COMPACT = new TimelineWriter(false);

    private final boolean pretty;

    private TimelineWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /** Returns a writer of indented documents. */
    public static TimelineWriter pretty() {
        return PRETTY;
    }

    /** Returns a writer of single-line documents. */
    public static TimelineWriter compact() {
        return COMPACT;
    }

    /**
     * Returns the timeline's document.
     *
     * @throws NullPointerException if {@code timeline} is null
     */
    public String write(Timeline timeline) {
        Objects.requireNonNull(timeline, "timeline");
        StringWriter out = new StringWriter();
        ObjectWriter writer = pretty ? MAPPER.writerWithDefaultPrettyPrinter() : MAPPER.writer();
        try (JsonGenerator g = writer.createGenerator(out)) {
            writeTimeline(g, timeline);
        }
        return out.toString();
    }

    /**
     * Writes the timeline's document to {@code out} in UTF-8 as it goes, followed by a line end;
     * {@code out} is flushed, not closed.
     *
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void write(Timeline timeline, OutputStream out) {
        Objects.requireNonNull(out, "out");
        write(timeline, new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Writes the timeline's document to {@code out} as it goes (constant memory beyond the
     * timeline), followed by a line end; {@code out} is flushed, not closed.
     *
     * @throws java.io.UncheckedIOException if writing fails
     */
    public void write(Timeline timeline, java.io.Writer out) {
        Objects.requireNonNull(timeline, "timeline");
        ObjectWriter writer = pretty ? MAPPER.writerWithDefaultPrettyPrinter() : MAPPER.writer();
        try (JsonGenerator g = writer.createGenerator(new java.io.FilterWriter(out) {
            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        })) {
            writeTimeline(g, timeline);
        }
        try {
            out.write('\n');
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Returns one event as a JSON object, as it appears in the timeline document (for sharded
     * output, one event a line).
     */
    public String writeEvent(TimelineEvent event) {
        StringWriter out = new StringWriter();
        ObjectWriter writer = pretty ? MAPPER.writerWithDefaultPrettyPrinter() : MAPPER.writer();
        try (JsonGenerator g = writer.createGenerator(out)) {
            writeEvent(g, event);
        }
        return out.toString();
    }

    private static void writeTimeline(JsonGenerator g, Timeline t) {
        g.writeStartObject();
        g.writeStringProperty("schema", Timeline.SCHEMA);
        g.writeName("asOf");
        if (t.asOf().isPresent()) {
            g.writeString(t.asOf().get().toString());
        } else {
            g.writeNull();
        }
        g.writeName("events");
        g.writeStartArray();
        for (TimelineEvent e : t.events()) {
            writeEvent(g, e);
        }
        g.writeEndArray();
        g.writeName("warnings");
        g.writeStartArray();
        for (TimelineWarning w : t.warnings()) {
            g.writeStartObject();
            g.writeStringProperty("report", w.report());
            if (w.index().isPresent()) {
                g.writeNumberProperty("index", w.index().getAsInt());
            }
            CanonicalJson.optional(g, "path", w.path());
            g.writeStringProperty("message", w.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeEvent(JsonGenerator g, TimelineEvent e) {
        Event ev = e.event();
        g.writeStartObject();
        g.writeStringProperty("id", e.id());
        g.writeStringProperty("kind", ev.kind().wireName());
        CanonicalJson.optional(g, "title", ev.title());
        g.writeName("aliases");
        writeStrings(g, e.aliases());
        g.writeName("when");
        CanonicalJson.writeWhenObject(g, ev.when(), false);
        g.writeStringProperty("status", ev.status().map(s -> s.wireName()).orElse("unknown"));
        g.writeName("participants");
        g.writeStartArray();
        for (Actor a : e.participants()) {
            CanonicalJson.writeActor(g, a);
        }
        g.writeEndArray();
        ev.location().ifPresent(l -> {
            g.writeName("location");
            CanonicalJson.writeLocation(g, l);
        });
        CanonicalJson.strings(g, "topics", ev.topics());
        CanonicalJson.optional(g, "partOf", e.partOf());
        CanonicalJson.writeKindFields(g, ev, false);
        g.writeName("records");
        g.writeStartArray();
        for (RecordRef r : e.records()) {
            g.writeStartObject();
            g.writeStringProperty("report", r.report());
            g.writeNumberProperty("index", r.index());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("sources");
        g.writeStartObject();
        g.writeNumberProperty("reports", e.sources().reports());
        g.writeNumberProperty("outlets", e.sources().outlets());
        g.writeNumberProperty("independent", e.sources().independent());
        g.writeEndObject();
        g.writeName("conflicts");
        g.writeStartArray();
        for (Conflict c : e.conflicts()) {
            g.writeStartObject();
            g.writeStringProperty("field", c.field());
            g.writeName("values");
            g.writeStartArray();
            for (ConflictValue v : c.values()) {
                g.writeStartObject();
                g.writeName("value");
                writeValue(g, v.value());
                g.writeName("reports");
                writeStrings(g, v.reports());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("provenance");
        g.writeStartObject();
        for (Map.Entry<String, List<String>> p : e.provenance().entrySet()) {
            g.writeName(p.getKey());
            writeStrings(g, p.getValue());
        }
        g.writeEndObject();
        g.writeName("statusHistory");
        g.writeStartArray();
        for (StatusChange s : e.statusHistory()) {
            g.writeStartObject();
            g.writeStringProperty("status", s.status().wireName());
            g.writeName("reports");
            writeStrings(g, s.reports());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, List<String> values) {
        g.writeStartArray();
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private static void writeValue(JsonGenerator g, Object v) {
        if (v instanceof When w) {
            CanonicalJson.writeWhenObject(g, w, false);
        } else if (v instanceof Location l) {
            CanonicalJson.writeLocation(g, l);
        } else if (v instanceof Actor a) {
            CanonicalJson.writeActor(g, a);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof dev.entente.model.AgreementType t) {
            g.writeString(t.wireName());
        } else if (v instanceof dev.entente.model.Status s) {
            g.writeString(s.wireName());
        } else {
            g.writeString(String.valueOf(v));
        }
    }
}
