package dev.entente.journal;

import static dev.entente.journal.JournalTestSupport.payloadFor;
import static dev.entente.journal.JournalTestSupport.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JournalConcurrencyTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"every-entry", "batched"})
    void eightThreads_everyAcknowledgedEntryReplayedExactlyOnceInSequenceOrder(String policy) throws Exception {
        SyncPolicy sync = policy.equals("batched") ? SyncPolicy.batched(Duration.ofMillis(5)) : SyncPolicy.EVERY_ENTRY;
        JournalOptions options = new JournalOptions(sync, 20_000);
        int threads = 8;
        int perThread = 300;
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try (Journal j = Journal.open(dir, options)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        String key = "t" + thread + "-" + i;
                        long seq = j.append(key, payloadFor(key));
                        assertThat(acknowledged.put(seq, key)).isNull();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            List<Entry> replayed = readAll(j);
            assertThat(replayed).hasSize(threads * perThread);
            assertThat(replayed).extracting(Entry::sequence).isSorted().doesNotHaveDuplicates();
            for (Entry e : replayed) {
                assertThat(acknowledged.get(e.sequence())).isEqualTo(e.key());
                assertThat(e.payload()).isEqualTo(payloadFor(e.key()));
            }
        } finally {
            pool.shutdownNow();
        }
        List<Entry> afterReopen = JournalTestSupport.reopenAndReadAll(dir);
        assertThat(afterReopen)
                .extracting(Entry::sequence)
                .containsExactlyElementsOf(
                        acknowledged.keySet().stream().sorted().toList());
        assertThat(Segments.list(dir)).hasSizeGreaterThan(1);
    }

    @Test
    void replayWhileAppending_returnsAContiguousPrefixOfIntactEntries() throws Exception {
        JournalOptions options = new JournalOptions(SyncPolicy.batched(Duration.ofMillis(2)), 8_000);
        FaultyIo smallWrites = new FaultyIo();
        smallWrites.writePieceBytes = 16;
        try (Journal j = Journal.open(dir, options, smallWrites)) {
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < 3000; i++) {
                        j.append("w" + i, payloadFor("w" + i) + " ".repeat(i % 700));
                    }
                } catch (JournalWriteException e) {
                    throw new AssertionError(e);
                }
            });
            writer.start();
            int replays = 0;
            while (writer.isAlive() || replays == 0) {
                long before = j.lastSequence();
                List<Entry> seen = new ArrayList<>();
                j.replay(seen::add);
                assertThat(seen.size()).isGreaterThanOrEqualTo((int) before);
                for (int i = 0; i < seen.size(); i++) {
                    Entry e = seen.get(i);
                    assertThat(e.sequence()).isEqualTo(i + 1L);
                    assertThat(e.payload()).isEqualTo(payloadFor(e.key()) + " ".repeat(i % 700));
                }
                replays++;
            }
            writer.join();
        }
    }
}
