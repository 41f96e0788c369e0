package dev.entente.journal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Fuzz target: a journal directory whose segment holds any bytes makes {@link Journal#verify},
 * {@link Journal#open} and {@link Journal#replay} fail only with an {@link IOException} (a {@link
 * JournalCorruptException} for damage in the middle), never anything else. Seeds in {@code
 * JournalFuzzTestInputs}; {@code mvn -Pfuzz} fuzzes it.
 */
class JournalFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void openAndVerify_anySegmentBytes_throwOnlyIoExceptions(byte[] segment) throws IOException {
        Path dir = Files.createTempDirectory("journal-fuzz");
        try {
            Files.write(dir.resolve(Segments.name(1)), segment);
            try {
                Journal.verify(dir);
            } catch (IOException expected) {
                // damage reported as an I/O problem is allowed
            }
            try (Journal j = Journal.open(
                    dir, JournalOptions.defaults().withSync(SyncPolicy.batched(java.time.Duration.ofSeconds(1))))) {
                j.replay(e -> {});
                j.latestSnapshot();
            } catch (IOException expected) {
                // JournalCorruptException and other I/O problems are allowed
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
