package dev.entente.timeline;

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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The timeline service's snapshot encoding: a version line, then the held reports as one JSON array
 * in the value types' own Jackson binding. Unlike the interchange format, that binding carries every
 * resolved date interval, so reading it back binds the values directly, without the report reader's
 * validation and date resolution, which is what makes a snapshot open faster than replaying the
 * journal. Only the service writes it, from reports it had already accepted; the journal checks the
 * whole snapshot's checksum before it is read.
 */
final class SnapshotCodec {
    private static final byte[] MAGIC = "entente-timeline-snapshot 1\n".getBytes(StandardCharsets.US_ASCII);
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
    private static final JsonMapper MAPPER =
            JsonMapper.builder().addModule(valueTypes()).build();
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
        byte[] body = WRITER.writeValueAsBytes(reports.toArray());
        byte[] out = Arrays.copyOf(MAGIC, MAGIC.length + body.length);
        System.arraycopy(body, 0, out, MAGIC.length, body.length);
        return out;
    }

    static List<Report> decode(byte[] state) throws IOException {
        if (state.length < MAGIC.length || !Arrays.equals(state, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("not a timeline snapshot (unknown format)");
        }
        try {
            Report[] reports = READER.readValue(state, MAGIC.length, state.length - MAGIC.length);
            return List.of(reports);
        } catch (JacksonException | IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw new IOException("timeline snapshot cannot be read: " + e.getMessage(), e);
        }
    }
}
