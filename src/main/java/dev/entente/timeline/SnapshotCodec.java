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
import java.util.stream.IntStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.smile.SmileMapper;

/**
 * The timeline service's snapshot encoding: a version line, the number of chunks, then each chunk as
 * its byte length and an array of reports in Smile (Jackson's binary JSON) in the value types' own
 * Jackson binding, absent values left out.
 *
 * <p>Why it opens faster than replaying the journal: the interchange format keeps only a date's text,
 * so replay runs the report reader (parse into a tree, validate every rule, resolve every date
 * expression) and the journal decodes each line (JSON unescaping, a checksum per entry); the value
 * binding carries every resolved interval and binds the values directly from compact binary, the
 * journal checks one checksum over the whole snapshot, and the chunks are decoded in parallel. Only
 * the service writes it, from reports it had already accepted.
 */
final class SnapshotCodec {
    private static final byte[] MAGIC = "entente-timeline-snapshot 2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 4096;
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
            .addModule(valueTypes())
            .changeDefaultPropertyInclusion(
                    i -> JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
            .build();
    private static final ObjectWriter WRITER = MAPPER.writerFor(Object[].class);
    private static final ObjectReader READER = MAPPER.readerFor(Report[].class);

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

    static byte[] encode(List<Report> reports) {
        List<byte[]> chunks = IntStream.range(0, (reports.size() + CHUNK - 1) / CHUNK)
                .parallel()
                .mapToObj(c ->
                        WRITER.writeValueAsBytes(reports.subList(c * CHUNK, Math.min(reports.size(), (c + 1) * CHUNK))
                                .toArray()))
                .toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(chunks.size());
            for (byte[] chunk : chunks) {
                out.writeInt(chunk.length);
                out.write(chunk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<Report> decode(byte[] state) throws IOException {
        if (state.length < MAGIC.length || !Arrays.equals(state, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("not a timeline snapshot (unknown format)");
        }
        ByteBuffer in = ByteBuffer.wrap(state, MAGIC.length, state.length - MAGIC.length);
        try {
            int count = in.getInt();
            int[] offsets = new int[count];
            int[] lengths = new int[count];
            for (int c = 0; c < count; c++) {
                lengths[c] = in.getInt();
                offsets[c] = in.position();
                in.position(in.position() + lengths[c]);
            }
            List<Report[]> chunks = IntStream.range(0, count)
                    .parallel()
                    .mapToObj(c -> READER.<Report[]>readValue(state, offsets[c], lengths[c]))
                    .toList();
            List<Report> out = new ArrayList<>();
            chunks.forEach(c -> out.addAll(Arrays.asList(c)));
            return out;
        } catch (JacksonException
                | BufferUnderflowException
                | IllegalArgumentException
                | IllegalStateException
                | NullPointerException e) {
            throw new IOException("timeline snapshot cannot be read: " + e.getMessage(), e);
        }
    }
}
