package dev.entente.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target: {@link ReportReader#read(String, byte[])} never throws on any bytes; it accepts or
 * rejects with problems. Runs its seed inputs ({@code ReportReaderFuzzTestInputs}) in the default
 * suite; {@code mvn -Pfuzz} fuzzes it.
 */
class ReportReaderFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void read_anyBytes_neverThrows(byte[] bytes) {
        ReadResult standard = ReportReader.standard().read("fuzz.json", bytes);
        ReadResult strict = ReportReader.strict().read("fuzz.json", bytes);
        assertThat(standard.isAccepted() || !standard.errors().isEmpty()).isTrue();
        if (strict.isAccepted()) {
            assertThat(standard.isAccepted()).isTrue();
        }
    }
}
