package dev.entente.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.entente.model.Agreement;
import dev.entente.model.AgreementTerms;
import dev.entente.model.Country;
import dev.entente.model.Delegation;
import dev.entente.model.Location;
import dev.entente.model.Meeting;
import dev.entente.model.Minister;
import dev.entente.model.Ministerial;
import dev.entente.model.Official;
import dev.entente.model.Organization;
import dev.entente.model.Person;
import dev.entente.model.Report;
import dev.entente.model.Source;
import dev.entente.model.Span;
import dev.entente.model.Visit;
import dev.entente.reconcile.IncrementalReconciler;
import dev.entente.time.When;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.util.ByteBufferBackedInputStream;
import tools.jackson.dataformat.smile.SmileMapper;
import tools.jackson.dataformat.smile.SmileWriteFeature;

/**
 * The timeline service's snapshot encoding: a version line, then sections, each the number of its
 * chunks and each chunk as its byte length and an array in Smile (Jackson's binary JSON) in the value
 * types' own Jackson binding, absent values left out. Short string values repeated within a chunk
 * are written once and referred back to (Smile's shared string values), so that a decoded chunk
 * holds one copy of each name, country and date word, as a report read from JSON does. Version 3 has three sections: the reports, the
 * live timeline's components with their events (empty when the state was not saved), and its
 * origins, then a byte naming the edition of the rules the state was reconciled under ({@link
 * #RULES}). Version 2 (reports only) is still read.
 *
 * <p>Why it opens faster than replaying the journal: the interchange format keeps only a date's text,
 * so replay runs the report reader (parse into a tree, validate every rule, resolve every date
 * expression), the journal decodes each line (JSON unescaping, a checksum per entry) and every
 * component is reconciled again; the snapshot binds the values directly from compact binary,
 * carries every resolved interval and the reconciled events, the journal checks one checksum over
 * the whole snapshot, and the chunks are decoded in parallel. Only the service writes it, from
 * reports it had already accepted and the state it had reconciled from them.
 */
final class SnapshotCodec {
    private static final byte[] MAGIC_2 = "entente-timeline-snapshot 2\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MAGIC = "entente-timeline-snapshot 3\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 4096;

    /**
     * The edition of the reconciliation rules a saved state was reconciled under, written as the
     * last byte (0: no state). A state saved under other rules (an older release: 1 was the first
     * blocking rule) is not restored; its reports are reconciled again. Raise it whenever a change to
     * the reconciler changes the timeline some reports give.
     */
    static final byte RULES = 2;

    private static final List<Class<?>> VALUE_TYPES = List.of(
            Report.class,
            Source.class,
            Meeting.class,
            Ministerial.class,
            Visit.class,
            Agreement.class,
            AgreementTerms.class,
            Location.class,
            Span.class,
            Person.class,
            Minister.class,
            Official.class,
            Delegation.class,
            Country.class,
            Organization.class,
            When.class);
    private static final SmileMapper MAPPER = SmileMapper.builder()
            .enable(SmileWriteFeature.CHECK_SHARED_STRING_VALUES)
            .addModule(valueTypes())
            .changeDefaultPropertyInclusion(
                    i -> JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .build();
    private static final ObjectWriter WRITER = MAPPER.writerFor(Object[].class);
    private static final ObjectReader REPORTS = MAPPER.readerFor(Report[].class);
    private static final ObjectReader COMPONENTS = MAPPER.readerFor(SnapshotState.ComponentForm[].class);
    private static final ObjectReader ORIGINS = MAPPER.readerFor(String[][].class);

    /**
     * What a snapshot holds: the reports, and the reconciled state when it was saved ({@code
     * components} and {@code origins} both null when not).
     */
    record Contents(
            List<Report> reports, List<IncrementalReconciler.Component> components, List<List<String>> origins) {
        boolean hasState() {
            return components != null;
        }
    }

    private SnapshotCodec() {}

    /**
     * Maps each value type to its generated implementation, which Jackson 3 does not find by itself
     * (the value types name it in Jackson 2's databind annotations; their creators and properties use
     * the annotations both versions share).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static SimpleModule valueTypes() {
        SimpleModule module = new SimpleModule("entente-timeline-snapshot");
        for (Class<?> type : VALUE_TYPES) {
            String name = type.getPackageName() + ".Immutable" + type.getSimpleName();
            try {
                module.addAbstractTypeMapping((Class) type, Class.forName(name, false, type.getClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("no generated implementation " + name, e);
            }
        }
        return module;
    }

    /** Encodes reports alone. */
    static byte[] encode(List<Report> reports) {
        return encode(reports, null, null);
    }

    /**
     * Encodes reports and the live timeline's reconciled state (null for none).
     *
     * @param components the components of an {@link IncrementalReconciler} holding exactly {@code reports}
     * @param origins its origins
     */
    static byte[] encode(
            List<Report> reports, List<IncrementalReconciler.Component> components, List<List<String>> origins) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            writeChunks(out, reports, r -> r);
            writeChunks(out, components == null ? List.of() : components, SnapshotState.ComponentForm::of);
            writeChunks(out, origins == null ? List.of() : origins, o -> o.toArray(String[]::new));
            out.writeByte(components != null ? RULES : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> void writeChunks(DataOutputStream out, List<T> values, Function<T, Object> form)
            throws IOException {
        List<byte[]> chunks = IntStream.range(0, (values.size() + CHUNK - 1) / CHUNK)
                .parallel()
                .mapToObj(c -> WRITER.writeValueAsBytes(
                        values.subList(c * CHUNK, Math.min(values.size(), (c + 1) * CHUNK)).stream()
                                .map(form)
                                .toArray()))
                .toList();
        out.writeInt(chunks.size());
        for (byte[] chunk : chunks) {
            out.writeInt(chunk.length);
            out.write(chunk);
        }
    }

    /** Decodes the reports of a snapshot (of either version). */
    static List<Report> decode(byte[] state) throws IOException {
        return decodeAll(state).reports();
    }

    /**
     * Decodes a snapshot of either version.
     *
     * @throws IOException if it is not a snapshot this release knows, or cannot be read
     */
    static Contents decodeAll(byte[] state) throws IOException {
        return decodeAll(ByteBuffer.wrap(state));
    }

    /**
     * Decodes a snapshot of either version from a buffer (from its position to its limit).
     *
     * @throws IOException if it is not a snapshot this release knows, or cannot be read
     */
    static Contents decodeAll(ByteBuffer state) throws IOException {
        boolean v3 = startsWith(state, MAGIC);
        if (!v3 && !startsWith(state, MAGIC_2)) {
            throw new IOException("not a timeline snapshot of a known version (unknown format)");
        }
        ByteBuffer in = state.slice();
        in.position(MAGIC.length);
        try {
            List<Report> reports = readChunks(in, REPORTS, (Report[] a) -> Arrays.asList(a));
            if (!v3) {
                return new Contents(reports, null, null);
            }
            List<IncrementalReconciler.Component> components =
                    readChunks(in, COMPONENTS, (SnapshotState.ComponentForm[] a) -> Arrays.stream(a)
                            .map(SnapshotState.ComponentForm::toComponent)
                            .toList());
            List<List<String>> origins = readChunks(in, ORIGINS, (String[][] a) -> Arrays.stream(a)
                    .map(List::of)
                    .toList());
            boolean hasState = in.get() == RULES;
            if (in.hasRemaining()) {
                throw new IOException("timeline snapshot has " + in.remaining() + " bytes after its end");
            }
            return hasState ? new Contents(reports, components, origins) : new Contents(reports, null, null);
        } catch (JacksonException
                | BufferUnderflowException
                | IllegalArgumentException
                | IllegalStateException
                | IndexOutOfBoundsException
                | NullPointerException e) {
            throw new IOException("timeline snapshot cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean startsWith(ByteBuffer state, byte[] magic) {
        if (state.remaining() < magic.length) {
            return false;
        }
        byte[] head = new byte[magic.length];
        state.duplicate().get(head);
        return Arrays.equals(head, magic);
    }

    /** Reads one section: its chunks decoded in parallel, their values in order. */
    private static <A, T> List<T> readChunks(ByteBuffer in, ObjectReader reader, Function<A, List<T>> values) {
        int count = in.getInt();
        if (count < 0) {
            throw new IllegalArgumentException("negative chunk count " + count);
        }
        int[] offsets = new int[count];
        int[] lengths = new int[count];
        for (int c = 0; c < count; c++) {
            lengths[c] = in.getInt();
            offsets[c] = in.position();
            in.position(in.position() + lengths[c]);
        }
        List<List<T>> chunks = IntStream.range(0, count)
                .parallel()
                .mapToObj(c -> values.apply(reader.<A>readValue(new ByteBufferBackedInputStream(
                        in.duplicate().position(offsets[c]).limit(offsets[c] + lengths[c])))))
                .toList();
        List<T> out = new ArrayList<>();
        chunks.forEach(out::addAll);
        return out;
    }
}
