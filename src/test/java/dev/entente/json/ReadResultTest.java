package dev.entente.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReadResultTest {

    @Test
    void problems_areInOrderOfPosition() {
        ReadResult r = ReportReader.standard()
                .read(
                        "t.json",
                        "{\"records\": 1,\n \"id\": 2, \"schema\": 3, \"source\": 4}".getBytes(StandardCharsets.UTF_8));

        assertThat(r.problems()).extracting(Problem::path).containsExactly("records", "id", "schema", "source");
        assertThat(r.report()).isEmpty();
    }
}
