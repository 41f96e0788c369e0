package dev.entente.json;

import dev.entente.model.Report;
import java.io.ByteArrayOutputStream;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that reads and writes {@link Report} in the interchange format, through the
 * same code as {@link ReportReader} and {@link ReportWriter}:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new EntenteJsonModule()).build();
 * Report report = mapper.readValue(json, Report.class);
 * String canonical = mapper.writeValueAsString(report);
 * }</pre>
 *
 * <p>A rejected report makes {@code readValue} throw a {@link DatabindException} whose message
 * lists every problem, one a line (positions are those of the value as the mapper's parser passed
 * it on). Warnings are dropped unless the module is {@linkplain #EntenteJsonModule(boolean)
 * strict}.
 */
public final class EntenteJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module with the standard reader. */
    public EntenteJsonModule() {
        this(false);
    }

    /** Creates the module; with {@code strict}, warnings reject the report too. */
    public EntenteJsonModule(boolean strict) {
        super("entente-json");
        ReportReader reader = strict ? ReportReader.strict() : ReportReader.standard();
        addSerializer(Report.class, new ReportSerializer());
        addDeserializer(Report.class, new ReportDeserializer(reader));
    }

    private static final class ReportSerializer extends ValueSerializer<Report> {
        @Override
        public void serialize(Report value, JsonGenerator g, SerializationContext ctxt) {
            ReportWriter.compact().write(value, g);
        }
    }

    private static final class ReportDeserializer extends ValueDeserializer<Report> {
        private static final JsonFactory FACTORY = JsonFactory.builder().build();
        private final ReportReader reader;

        ReportDeserializer(ReportReader reader) {
            this.reader = reader;
        }

        @Override
        public Report deserialize(JsonParser p, DeserializationContext ctxt) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), bytes)) {
                g.copyCurrentStructure(p);
            }
            ReadResult result = reader.read("<json>", bytes.toByteArray());
            if (!result.isAccepted()) {
                throw DatabindException.from(
                        p,
                        "report rejected:\n"
                                + result.errors().stream()
                                        .map(Problem::toString)
                                        .collect(Collectors.joining("\n")));
            }
            return result.orElseThrow();
        }
    }
}
