package dev.entente.journal;

import static dev.entente.journal.JournalTestSupport.payloadFor;
import static dev.entente.journal.JournalTestSupport.readAll;
import static dev.entente.journal.JournalTestSupport.reopenAndReadAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** I/O errors and a full disk injected through the {@link JournalIo} seam. */
class JournalFaultTest {
    @TempDir
    Path dir;

    private final FaultyIo io = new FaultyIo();

    @Test
    void diskFullMidWrite_appendFails_nothingVisible_sequenceNotUsed_journalUsable() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults(), io)) {
            j.append("a", payloadFor("a"));
            j.append("b", payloadFor("b"));
            io.diskFullAfterBytes = 17;

            assertThatThrownBy(() -> j.append("c", payloadFor("c")))
                    .isInstanceOf(JournalWriteException.class)
                    .hasMessageContaining("entry c")
                    .hasMessageContaining("No space left on device");

            assertThat(j.lastSequence()).isEqualTo(2);
            assertThat(readAll(j)).extracting(Entry::key).containsExactly("a", "b");
            assertThat(j.append("d", payloadFor("d"))).isEqualTo(3);
        }
        assertThat(Journal.verify(dir)).isEmpty();
        assertThat(reopenAndReadAll(dir))
                .containsExactly(
                        new Entry(1, "a", payloadFor("a")),
                        new Entry(2, "b", payloadFor("b")),
                        new Entry(3, "d", payloadFor("d")));
    }

    @Test
    void forceFails_everyEntry_appendFailsAndTheEntryIsRolledBack() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults(), io)) {
            j.append("a", "{}");
            io.failForces.set(1);
            assertThatThrownBy(() -> j.append("b", "{}"))
                    .isInstanceOf(JournalWriteException.class)
                    .hasMessageContaining("fsync");
            assertThat(j.append("c", "{}")).isEqualTo(2);
        }
        assertThat(reopenAndReadAll(dir)).extracting(Entry::key).containsExactly("a", "c");
    }

    @Test
    void writeAndTruncateBothFail_nextAppendStillLeavesAConsistentJournal() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults(), io)) {
            j.append("a", payloadFor("a"));
            io.diskFullAfterBytes = 40;
            io.failTruncates.set(1);
            assertThatThrownBy(() -> j.append("b", payloadFor("b"))).isInstanceOf(JournalWriteException.class);
            assertThat(j.append("c", "{}")).isEqualTo(2);
        }
        assertThat(Journal.verify(dir)).isEmpty();
        assertThat(reopenAndReadAll(dir)).extracting(Entry::key).containsExactly("a", "c");
    }

    @Test
    void cannotStartNewSegment_appendFails_thenSucceedsOnceTheDiskRecovers() throws IOException {
        JournalOptions tiny = JournalOptions.defaults().withSegmentBytes(100);
        try (Journal j = Journal.open(dir, tiny, io)) {
            j.append("a", payloadFor("a"));
            io.failDirectorySyncs.set(1);
            assertThatThrownBy(() -> j.append("b", "{}"))
                    .isInstanceOf(JournalWriteException.class)
                    .hasMessageContaining("new segment");
            assertThat(j.append("c", "{}")).isEqualTo(2);
        }
        assertThat(Segments.list(dir)).hasSize(2);
        assertThat(reopenAndReadAll(dir)).extracting(Entry::key).containsExactly("a", "c");
    }

    @Test
    void batched_backgroundForceFailing_failsNewAppendsUntilForceWorksAgain() throws Exception {
        JournalOptions batched = JournalOptions.defaults().withSync(SyncPolicy.batched(Duration.ofMillis(20)));
        try (Journal j = Journal.open(dir, batched, io)) {
            io.failForces.set(1_000_000);
            j.append("a", "{}");
            Thread.sleep(100);
            assertThatThrownBy(() -> j.append("b", "{}"))
                    .isInstanceOf(JournalWriteException.class)
                    .hasMessageContaining("cannot force earlier entries");
            io.failForces.set(0);
            assertThat(j.append("c", "{}")).isEqualTo(2);
        }
        assertThat(reopenAndReadAll(dir)).extracting(Entry::key).containsExactly("a", "c");
    }

    @Test
    void randomFaults_everyAcknowledgedEntryKept_nothingElse() throws IOException {
        Random random = new Random(42);
        List<Entry> acknowledged = new ArrayList<>();
        int failures = 0;
        JournalOptions small = JournalOptions.defaults().withSegmentBytes(2_000);
        for (int round = 0; round < 3; round++) {
            try (Journal j = Journal.open(dir, small, io)) {
                for (int i = 0; i < 150; i++) {
                    switch (random.nextInt(10)) {
                        case 0 -> io.diskFullAfterBytes = random.nextInt(120);
                        case 1 -> io.failWrites.set(1);
                        case 2 -> io.failForces.set(1);
                        case 3 -> io.failTruncates.set(1);
                        case 4 -> io.failDirectorySyncs.set(1);
                        default -> {}
                    }
                    String key = "r" + round + "-" + i;
                    try {
                        long seq = j.append(key, payloadFor(key));
                        acknowledged.add(new Entry(seq, key, payloadFor(key)));
                    } catch (JournalWriteException e) {
                        failures++;
                    }
                    io.diskFullAfterBytes = -1;
                    io.failWrites.set(0);
                    io.failForces.set(0);
                    io.failTruncates.set(0);
                    io.failDirectorySyncs.set(0);
                }
            }
        }
        assertThat(failures).isGreaterThan(20);
        assertThat(Journal.verify(dir)).isEmpty();
        assertThat(reopenAndReadAll(dir)).containsExactlyElementsOf(acknowledged);
        assertThat(acknowledged)
                .extracting(Entry::sequence)
                .doesNotHaveDuplicates()
                .isSorted();
        assertThat(acknowledged.get(acknowledged.size() - 1).sequence()).isEqualTo(acknowledged.size());
    }
}
