package dev.entente.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.model.Report;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class EntenteJsonModuleTest {
    private final JsonMapper mapper =
            JsonMapper.builder().addModule(new EntenteJsonModule()).build();

    @Test
    void readValue_report_isTheReadersReport() {
        byte[] json = ReportReaderTest.resource("good/full.json");

        Report viaMapper = mapper.readValue(json, Report.class);

        assertThat(viaMapper)
                .isEqualTo(ReportReader.standard().read("full.json", json).orElseThrow());
    }

    @Test
    void writeValueAsString_report_isTheCanonicalDocument() {
        Report report = ReportReader.standard()
                .read("full.json", ReportReaderTest.resource("good/full.json"))
                .orElseThrow();

        assertThat(mapper.writeValueAsString(report))
                .isEqualTo(ReportWriter.compact().write(report));
    }

    @Test
    void readValue_badReport_throwsWithEveryProblem() {
        String json = new String(ReportReaderTest.resource("bad/term-range.json"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> mapper.readValue(json, Report.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("records[1].termYears: 1000 is outside 1..999");
    }
}
