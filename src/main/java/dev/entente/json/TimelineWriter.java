package dev.entente.json;

import dev.entente.internal.CanonicalJson;
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
    /**
     * Events serialized by one task when a large timeline is written in parallel: about 400 KB of
     * text, below the size at which a garbage collector treats one array as a region of its own.
     */
    static final int CHUNK = 96;

    private static final TimelineWriter PRETTY = new TimelineWriter(true, CHUNK);
    private static final TimelineWriter COMPACT = new TimelineWriter(false, CHUNK);

    private final boolean pretty;
    private final int chunk;

    /**
     * A writer that serializes events {@code chunk} at a time on the common fork-join pool once a
     * timeline has more than two chunks; {@link Integer#MAX_VALUE} writes every event on the
     * calling thread.
     */
    TimelineWriter(boolean pretty, int chunk) {
        this.pretty = pretty;
        this.chunk = chunk;
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
        ObjectWriter writer = objectWriter();
        try (JsonGenerator g = writer.createGenerator(out)) {
            writeTimeline(g, timeline, writer, out);
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
        ObjectWriter writer = objectWriter();
        try (JsonGenerator g = writer.createGenerator(new java.io.FilterWriter(out) {
            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        })) {
            writeTimeline(g, timeline, writer, out);
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
        try (JsonGenerator g = objectWriter().createGenerator(out)) {
            writeEvent(g, event);
        }
        return out.toString();
    }

    private ObjectWriter objectWriter() {
        return pretty ? MAPPER.writerWithDefaultPrettyPrinter() : MAPPER.writer();
    }

    private void writeTimeline(JsonGenerator g, Timeline t, ObjectWriter writer, java.io.Writer out) {
        g.writeStartObject();
        g.writeStringProperty("schema", Timeline.SCHEMA);
        CanonicalJson.orNull(g, "asOf", t.asOf());
        g.writeName("events");
        g.writeStartArray();
        writeEvents(g, t.events(), writer, out);
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

    /**
     * Writes the events into the open {@code events} array. A large timeline is written a wave of
     * chunks at a time: the chunks of a wave are serialized in parallel, each by its own generator
     * that has first opened the same object and array and written one placeholder value, so that
     * its text (placeholder cut off) starts with the separator and indentation the single generator
     * would have written there; the texts are then written in order. The bytes are the same as one
     * generator writing every event.
     */
    private void writeEvents(JsonGenerator g, List<TimelineEvent> events, ObjectWriter writer, java.io.Writer out) {
        int n = events.size();
        if (n <= 2L * chunk) {
            events.forEach(e -> writeEvent(g, e));
            return;
        }
        writeEvent(g, events.get(0));
        g.flush();
        int chunks = (n - 1 + chunk - 1) / chunk;
        int wave = 8 * (java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1);
        java.util.Queue<ChunkText> free = new java.util.concurrent.ConcurrentLinkedQueue<>();
        try {
            for (int first = 0; first < chunks; first += wave) {
                List<ChunkText> texts = java.util.stream.IntStream.range(first, Math.min(chunks, first + wave))
                        .parallel()
                        .mapToObj(c -> chunkText(
                                writer, events.subList(1 + c * chunk, Math.min(n, 1 + (c + 1) * chunk)), free))
                        .toList();
                for (ChunkText text : texts) {
                    text.writeTo(out);
                    free.add(text);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Serializes a chunk of events into a buffer taken from {@code free} (or a new one). */
    private static ChunkText chunkText(
            ObjectWriter writer, List<TimelineEvent> events, java.util.Queue<ChunkText> free) {
        ChunkText text = free.poll();
        if (text == null) {
            text = new ChunkText(events.size() * 2048);
        }
        text.length = 0;
        try (JsonGenerator g = writer.createGenerator(text)) {
            g.writeStartObject();
            g.writeName("events");
            g.writeStartArray();
            g.writeNumber(0);
            g.flush();
            text.start = text.length;
            events.forEach(e -> writeEvent(g, e));
            g.flush();
            text.end = text.length;
            return text;
        }
    }

    /**
     * The text of one chunk: an unsynchronized, growable character buffer (a {@link StringWriter}
     * locks on every write and copies its text once more to hand it over), from {@link #start} to
     * {@link #end} (closing the generator adds what closes its open array and object). Buffers are
     * used again once written: a large timeline would otherwise allocate its text twice over.
     */
    private static final class ChunkText extends java.io.Writer {
        private char[] chars;
        private int length;
        private int start;
        private int end;

        ChunkText(int capacity) {
            chars = new char[capacity];
        }

        @Override
        public void write(char[] buf, int off, int len) {
            if (length + len > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(2 * chars.length, length + len));
            }
            System.arraycopy(buf, off, chars, length, len);
            length += len;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        void writeTo(java.io.Writer out) throws java.io.IOException {
            out.write(chars, start, end - start);
        }
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
        writeRecords(g, e.records());
        g.writeName("sources");
        g.writeStartObject();
        g.writeNumberProperty("reports", e.sources().reports());
        g.writeNumberProperty("outlets", e.sources().outlets());
        g.writeNumberProperty("independent", e.sources().independent());
        g.writeEndObject();
        writeConflicts(g, e.conflicts());
        writeProvenance(g, e.provenance());
        writeStatusHistory(g, e.statusHistory());
        g.writeEndObject();
    }

    private static void writeRecords(JsonGenerator g, List<RecordRef> records) {
        g.writeName("records");
        g.writeStartArray();
        for (RecordRef r : records) {
            g.writeStartObject();
            g.writeStringProperty("report", r.report());
            g.writeNumberProperty("index", r.index());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeConflicts(JsonGenerator g, List<Conflict> conflicts) {
        g.writeName("conflicts");
        g.writeStartArray();
        for (Conflict c : conflicts) {
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
    }

    private static void writeProvenance(JsonGenerator g, Map<String, List<String>> provenance) {
        g.writeName("provenance");
        g.writeStartObject();
        for (Map.Entry<String, List<String>> p : provenance.entrySet()) {
            g.writeName(p.getKey());
            writeStrings(g, p.getValue());
        }
        g.writeEndObject();
    }

    private static void writeStatusHistory(JsonGenerator g, List<StatusChange> history) {
        g.writeName("statusHistory");
        g.writeStartArray();
        for (StatusChange s : history) {
            g.writeStartObject();
            g.writeStringProperty("status", s.status().wireName());
            g.writeName("reports");
            writeStrings(g, s.reports());
            g.writeEndObject();
        }
        g.writeEndArray();
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
