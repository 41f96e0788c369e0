package dev.entente.journal;

import static dev.entente.journal.JournalTestSupport.payloadFor;
import static dev.entente.journal.JournalTestSupport.readAll;
import static dev.entente.journal.JournalTestSupport.reopenAndReadAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
    @TempDir
    Path dir;

    private static final JournalOptions SMALL_SEGMENTS =
            JournalOptions.defaults().withSegmentBytes(1000);

    private List<Long> appendKeys(Journal j, int from, int to) throws IOException {
        List<Long> seqs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            seqs.add(j.append("r" + i, payloadFor("r" + i)));
        }
        return seqs;
    }

    private List<Path> segments() throws IOException {
        return Segments.list(dir);
    }

    @Test
    void append_thenReplay_returnsEveryEntryInOrderWithPayloadByteForByte() throws IOException {
        String awkward = "{\"t\":\"line1\\nline2 \\\"q\\\" \\u0000 — 日本 😀\"}\n\r\t\"raw\" \\ end";
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            assertThat(j.append("a", "{}")).isEqualTo(1);
            assertThat(j.append("b \"quoted\"\n", awkward)).isEqualTo(2);
            assertThat(j.append("c", "")).isEqualTo(3);
            assertThat(readAll(j))
                    .containsExactly(
                            new Entry(1, "a", "{}"), new Entry(2, "b \"quoted\"\n", awkward), new Entry(3, "c", ""));
            assertThat(j.lastSequence()).isEqualTo(3);
        }
    }

    /** Runs {@code body} with a default locale whose digits are not ASCII, as a Persian user's is. */
    static void inPersianLocale(IoAction body) throws IOException {
        java.util.Locale before = java.util.Locale.getDefault();
        java.util.Locale.setDefault(new java.util.Locale("fa", "IR"));
        try {
            body.run();
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    interface IoAction {
        void run() throws IOException;
    }

    @Test
    void appendAndSnapshot_inAPersianDefaultLocale_writeAsciiNames_thatOpenInAnyLocale() throws IOException {
        inPersianLocale(() -> {
            try (Journal j = Journal.open(dir, SMALL_SEGMENTS)) {
                appendKeys(j, 0, 20);
                j.writeSnapshot(20, "{\"state\":1}".getBytes(StandardCharsets.UTF_8));
            }
        });
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")))
                    .isNotEmpty()
                    .allMatch(n -> n.matches("(segment|snapshot)-[0-9]{20}\\.(jsonl|snap)"), "ASCII digits");
        }
        try (Journal j = Journal.open(dir, SMALL_SEGMENTS)) {
            assertThat(readAll(j)).extracting(Entry::sequence).containsExactlyElementsOf(seqRange(1, 20));
            assertThat(j.latestSnapshot())
                    .hasValueSatisfying(snap -> assertThat(snap.upToSequence()).isEqualTo(20));
            assertThat(j.warnings()).isEmpty();
        }
    }

    @Test
    void open_segmentNamedInPersianDigits_byAnEarlierVersion_readsItsEntries() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            appendKeys(j, 0, 3);
        }
        Path seg = segments().get(0);
        String persian = seg.getFileName()
                .toString()
                .chars()
                .map(c -> c >= '0' && c <= '9' ? '\u06F0' + (c - '0') : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        Files.move(seg, seg.resolveSibling(persian));

        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            assertThat(readAll(j)).extracting(Entry::key).containsExactly("r0", "r1", "r2");
            assertThat(j.append("r3", payloadFor("r3"))).isEqualTo(4);
        }
        assertThat(reopenAndReadAll(dir)).extracting(Entry::sequence).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void append_unpairedSurrogate_isRejectedAndNothingWritten() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            j.append("a", "{}");
            assertThatThrownBy(() -> j.append("b", "{\"t\":\"x\uD800y\"}"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("payload")
                    .hasMessageContaining("U+D800");
            assertThat(j.append("c", "{}")).isEqualTo(2);
        }
    }

    @Test
    void append_eachEntryIsOneChecksummedJsonLine() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            j.append("k", "{\"a\":1}");
        }
        List<String> lines = Files.readAllLines(segments().get(0));
        assertThat(lines).hasSize(1);
        String line = lines.get(0);
        assertThat(line).startsWith("{\"seq\":1,\"key\":\"k\",\"payload\":\"{\\\"a\\\":1}\",\"crc32c\":\"");
        String body = line.substring(0, line.indexOf(",\"crc32c\""));
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        assertThat(line).endsWith(String.format("\"crc32c\":\"%08x\"}", crc.getValue()));
    }

    @Test
    void append_pastSegmentSize_rollsToSegmentNamedByItsFirstSequence() throws IOException {
        try (Journal j = Journal.open(dir, SMALL_SEGMENTS)) {
            appendKeys(j, 0, 40);
            assertThat(readAll(j)).extracting(Entry::sequence).containsExactlyElementsOf(seqRange(1, 40));
        }
        List<Path> segs = segments();
        assertThat(segs).hasSizeGreaterThan(3);
        for (Path seg : segs) {
            List<String> lines = Files.readAllLines(seg);
            assertThat(lines).isNotEmpty();
            long first = Long.parseLong(lines.get(0).replaceFirst("^\\{\"seq\":(\\d+),.*", "$1"));
            assertThat(seg.getFileName().toString()).isEqualTo(String.format("segment-%020d.jsonl", first));
            long sizeBeforeLast =
                    Files.size(seg) - lines.get(lines.size() - 1).getBytes(StandardCharsets.UTF_8).length - 1;
            assertThat(sizeBeforeLast).isLessThan(1000);
        }
    }

    @Test
    void reopen_keepsEntriesAndContinuesTheSequence() throws IOException {
        try (Journal j = Journal.open(dir, SMALL_SEGMENTS)) {
            appendKeys(j, 0, 25);
        }
        try (Journal j = Journal.open(dir, SMALL_SEGMENTS)) {
            assertThat(j.warnings()).isEmpty();
            assertThat(j.lastSequence()).isEqualTo(25);
            assertThat(j.append("next", "{}")).isEqualTo(26);
            List<Entry> all = readAll(j);
            assertThat(all).hasSize(26);
            assertThat(all.get(24)).isEqualTo(new Entry(25, "r24", payloadFor("r24")));
        }
    }

    @Test
    void replayAfter_streamsOnlyLaterEntriesAcrossSegments() throws IOException {
        try (Journal j = Journal.open(dir, SMALL_SEGMENTS)) {
            appendKeys(j, 0, 40);
            List<Entry> later = new ArrayList<>();
            assertThat(j.replay(17, later::add)).isEqualTo(23);
            assertThat(later).extracting(Entry::sequence).containsExactlyElementsOf(seqRange(18, 40));
            assertThat(j.replay(40, e -> {})).isZero();
        }
    }

    @Test
    void replay_stopsAtLastAcknowledgedEntry_evenWithAnEntryHalfWrittenAfterIt() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            appendKeys(j, 0, 3);
            byte[] inProgress = EntryCodec.encode(4, "r3", payloadFor("r3"));
            Files.write(segments().get(0), java.util.Arrays.copyOf(inProgress, 10), StandardOpenOption.APPEND);
            assertThat(readAll(j)).extracting(Entry::sequence).containsExactly(1L, 2L, 3L);
            assertThat(j.append("r3", payloadFor("r3"))).isEqualTo(4);
            assertThat(readAll(j)).extracting(Entry::sequence).containsExactly(1L, 2L, 3L, 4L);
        }
        assertThat(Journal.verify(dir)).isEmpty();
    }

    @Test
    void replay_entryDamagedAfterOpen_failsNamingSegmentAndOffset() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            appendKeys(j, 0, 3);
            Path seg = segments().get(0);
            flipByte(seg, 3);
            assertThatThrownBy(() -> readAll(j))
                    .isInstanceOfSatisfying(JournalCorruptException.class, e -> assertThat(e.offset())
                            .isZero())
                    .hasMessageStartingWith(seg + ":0: checksum mismatch")
                    .hasMessageContaining("journal verify " + dir);
        }
    }

    @Test
    void open_tornLastEntry_isCutOffWithWarning() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            appendKeys(j, 0, 5);
        }
        Path seg = segments().get(0);
        long intactSize = Files.size(seg);
        byte[] sixth = EntryCodec.encode(6, "r5", payloadFor("r5"));
        Files.write(seg, java.util.Arrays.copyOf(sixth, sixth.length / 2), StandardOpenOption.APPEND);

        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            assertThat(j.warnings())
                    .singleElement()
                    .asString()
                    .contains(seg + ":" + intactSize)
                    .contains("torn");
            assertThat(Files.size(seg)).isEqualTo(intactSize);
            assertThat(readAll(j)).hasSize(5);
            assertThat(j.append("again", "{}")).isEqualTo(6);
        }
        assertThat(Journal.verify(dir)).isEmpty();
    }

    @Test
    void open_lastEntryWithBadChecksum_isCutOff() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            appendKeys(j, 0, 3);
        }
        Path seg = segments().get(0);
        long offsetOfLast = Files.size(seg) - EntryCodec.encode(3, "r2", payloadFor("r2")).length;
        flipByte(seg, offsetOfLast + 20);

        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            assertThat(j.warnings()).singleElement().asString().contains(":" + offsetOfLast + ":");
            assertThat(readAll(j)).extracting(Entry::key).containsExactly("r0", "r1");
        }
    }

    @Test
    void open_lastEntryWithoutLineEnd_isCutOffEvenIfItsChecksumIsIntact() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            appendKeys(j, 0, 2);
        }
        Path seg = segments().get(0);
        byte[] third = EntryCodec.encode(3, "r2", "{}");
        Files.write(seg, java.util.Arrays.copyOf(third, third.length - 1), StandardOpenOption.APPEND);
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            assertThat(j.warnings()).hasSize(1);
            assertThat(j.lastSequence()).isEqualTo(2);
        }
    }

    @Test
    void open_corruptEntryInTheMiddle_failsNamingSegmentOffsetAndRepair() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            appendKeys(j, 0, 5);
        }
        Path seg = segments().get(0);
        long offsetOfThird = EntryCodec.encode(1, "r0", payloadFor("r0")).length
                + EntryCodec.encode(2, "r1", payloadFor("r1")).length;
        flipByte(seg, offsetOfThird + 30);
        byte[] before = Files.readAllBytes(seg);

        assertThatThrownBy(() -> Journal.open(dir, JournalOptions.defaults()))
                .isInstanceOfSatisfying(JournalCorruptException.class, e -> {
                    assertThat(e.segment()).isEqualTo(seg);
                    assertThat(e.offset()).isEqualTo(offsetOfThird);
                })
                .hasMessageContaining(seg + ":" + offsetOfThird + ": checksum mismatch")
                .hasMessageContaining("bin/entente journal repair " + dir);
        assertThat(Files.readAllBytes(seg)).isEqualTo(before);
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            throw new AssertionError("the lock must be released after a failed open, but open worked: " + j);
        } catch (JournalCorruptException expected) {
            // still corrupt, and not "in use"
        }
    }

    @Test
    void open_corruptEntryInAnEarlierSegment_fails() throws IOException {
        try (Journal j = Journal.open(dir, SMALL_SEGMENTS)) {
            appendKeys(j, 0, 30);
        }
        Path first = segments().get(0);
        flipByte(first, 5);
        assertThatThrownBy(() -> Journal.open(dir, SMALL_SEGMENTS))
                .isInstanceOfSatisfying(JournalCorruptException.class, e -> {
                    assertThat(e.segment()).isEqualTo(first);
                    assertThat(e.offset()).isZero();
                });
    }

    @Test
    void verify_reportsEveryProblemWithSegmentAndOffset_andChangesNothing() throws IOException {
        try (Journal j = Journal.open(dir, SMALL_SEGMENTS)) {
            appendKeys(j, 0, 30);
        }
        List<Path> segs = segments();
        flipByte(segs.get(0), 3);
        flipByte(segs.get(1), 0);
        Files.write(
                segs.get(segs.size() - 1),
                "{\"seq\":99,\"ke".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        long tornAt = Files.size(segs.get(segs.size() - 1)) - 13;
        Map<Path, byte[]> before = contents();

        List<JournalProblem> all = Journal.verify(dir);

        assertThat(all)
                .filteredOn(p -> p.description().startsWith("sequence gap"))
                .singleElement()
                .matches(p -> p.segment().equals(segs.get(1)) && !p.fatal());
        List<JournalProblem> problems = all.stream()
                .filter(p -> !p.description().startsWith("sequence gap"))
                .toList();
        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).matches(p -> p.segment().equals(segs.get(0)) && p.offset() == 0 && p.fatal());
        assertThat(problems.get(1)).matches(p -> p.segment().equals(segs.get(1)) && p.offset() == 0 && p.fatal());
        assertThat(problems.get(2))
                .matches(p -> p.segment().equals(segs.get(segs.size() - 1)) && p.offset() == tornAt && !p.fatal());
        assertThat(problems.get(0).toString()).startsWith(segs.get(0) + ":0: ");
        Map<Path, byte[]> after = contents();
        assertThat(after).containsOnlyKeys(before.keySet());
        before.forEach((p, bytes) -> assertThat(after.get(p)).isEqualTo(bytes));
    }

    @Test
    void verify_soundJournal_hasNoProblems() throws IOException {
        try (Journal j = Journal.open(dir, SMALL_SEGMENTS)) {
            appendKeys(j, 0, 30);
        }
        assertThat(Journal.verify(dir)).isEmpty();
    }

    @Test
    void repair_keepsEveryIntactEntry_backsUpOriginals_thenOpenSucceeds() throws IOException {
        List<Entry> original;
        try (Journal j = Journal.open(dir, SMALL_SEGMENTS)) {
            appendKeys(j, 0, 30);
            original = readAll(j);
        }
        List<Path> segs = segments();
        byte[] secondSegment = Files.readAllBytes(segs.get(1));
        flipByte(segs.get(1), 10);
        long damagedSeq = Segments.firstSequence(segs.get(1));

        RepairResult result = Journal.repair(dir);

        assertThat(result.dropped()).singleElement().matches(p -> p.segment().equals(segs.get(1)) && p.offset() == 0);
        Path backup = result.backupDirectory().orElseThrow();
        byte[] backedUp = Files.readAllBytes(backup.resolve(segs.get(1).getFileName()));
        assertThat(backedUp).hasSameSizeAs(secondSegment).isNotEqualTo(secondSegment);
        assertThat(result.actions()).anyMatch(a -> a.contains(backup.toString()));
        assertThat(Journal.verify(dir))
                .singleElement()
                .matches(p -> !p.fatal() && p.description().contains("gap"));
        List<Entry> after = reopenAndReadAll(dir);
        assertThat(after)
                .containsExactlyElementsOf(original.stream()
                        .filter(e -> e.sequence() != damagedSeq)
                        .toList());
    }

    @Test
    void repair_soundJournal_changesNothing() throws IOException {
        try (Journal j = Journal.open(dir, SMALL_SEGMENTS)) {
            appendKeys(j, 0, 10);
        }
        Map<Path, byte[]> before = contents();
        RepairResult result = Journal.repair(dir);
        assertThat(result.dropped()).isEmpty();
        assertThat(result.backupDirectory()).isEmpty();
        assertThat(result.actions()).singleElement().asString().contains("nothing to repair");
        assertThat(contents().keySet()).isEqualTo(before.keySet());
    }

    @Test
    void repair_whileJournalIsOpen_refuses() throws IOException {
        try (Journal j = Journal.open(dir, SMALL_SEGMENTS)) {
            j.append("a", "{}");
            assertThatThrownBy(() -> Journal.repair(dir))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("in use");
        }
    }

    @Test
    void open_directoryAlreadyOpen_refuses() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            assertThatThrownBy(() -> Journal.open(dir, JournalOptions.defaults()))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("in use");
        }
        Journal.open(dir, JournalOptions.defaults()).close();
    }

    @Test
    void append_afterClose_isRejected() throws IOException {
        Journal j = Journal.open(dir, JournalOptions.defaults());
        j.close();
        j.close();
        assertThatThrownBy(() -> j.append("k", "{}")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyEntry_forcesEachEntryBeforeAppendReturns() throws IOException {
        FaultyIo io = new FaultyIo();
        try (Journal j = Journal.open(dir, JournalOptions.defaults(), io)) {
            for (int i = 1; i <= 20; i++) {
                int before = io.forces.get();
                j.append("r" + i, "{}");
                assertThat(io.forces.get()).isGreaterThan(before);
            }
        }
    }

    @Test
    void batched_acknowledgedEntriesSurviveReopen_andAreForcedWithinTheWindow() throws Exception {
        FaultyIo io = new FaultyIo();
        long windowMillis = 50;
        JournalOptions batched =
                JournalOptions.defaults().withSync(SyncPolicy.batched(Duration.ofMillis(windowMillis)));
        try (Journal j = Journal.open(dir, batched, io)) {
            long start = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                j.append("r" + i, "{}");
            }
            int forcesWhileAppending = io.forces.get();
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(forcesWhileAppending).isLessThanOrEqualTo((int) (elapsedMillis / windowMillis) + 2);
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (io.forces.get() == forcesWhileAppending && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(io.forces.get()).isGreaterThan(forcesWhileAppending);
        }
        assertThat(reopenAndReadAll(dir)).hasSize(100);
    }

    @Test
    void snapshot_writeThenLatest_returnsStateAndItsSequence() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            appendKeys(j, 0, 10);
            j.writeSnapshot(4, "state-at-4".getBytes(StandardCharsets.UTF_8));
            j.writeSnapshot(7, new ByteArrayInputStream("state-at-7".getBytes(StandardCharsets.UTF_8)));
            Snapshot s = j.latestSnapshot().orElseThrow();
            assertThat(s.upToSequence()).isEqualTo(7);
            assertThat(new String(s.state(), StandardCharsets.UTF_8)).isEqualTo("state-at-7");
            List<Entry> rest = new ArrayList<>();
            j.replay(s.upToSequence(), rest::add);
            assertThat(rest).extracting(Entry::sequence).containsExactly(8L, 9L, 10L);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("snapshot")))
                    .containsExactly(String.format("snapshot-%020d.snap", 7));
        }
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            assertThat(j.latestSnapshot())
                    .get()
                    .extracting(Snapshot::upToSequence)
                    .isEqualTo(7L);
        }
    }

    @Test
    void snapshot_beyondLastSequence_isRejected() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            j.append("a", "{}");
            assertThatThrownBy(() -> j.writeSnapshot(2, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void snapshot_corrupt_isIgnoredWithWarning() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            appendKeys(j, 0, 5);
            j.writeSnapshot(5, "state".getBytes(StandardCharsets.UTF_8));
        }
        Path snap = dir.resolve(String.format("snapshot-%020d.snap", 5));
        flipByte(snap, Files.size(snap) - 1);
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            assertThat(j.latestSnapshot()).isEmpty();
            assertThat(j.warnings())
                    .singleElement()
                    .asString()
                    .contains(snap.toString())
                    .contains("checksum");
        }
        assertThat(Journal.verify(dir)).singleElement().matches(p -> p.segment().equals(snap) && !p.fatal());
    }

    @Test
    void snapshot_failedWrite_leavesThePreviousSnapshot() throws IOException {
        FaultyIo io = new FaultyIo();
        try (Journal j = Journal.open(dir, JournalOptions.defaults(), io)) {
            appendKeys(j, 0, 5);
            j.writeSnapshot(3, "three".getBytes(StandardCharsets.UTF_8));
            io.failForces.set(1);
            assertThatThrownBy(() -> j.writeSnapshot(5, "five".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(IOException.class);
            Snapshot s = j.latestSnapshot().orElseThrow();
            assertThat(s.upToSequence()).isEqualTo(3);
            assertThat(new String(s.state(), StandardCharsets.UTF_8)).isEqualTo("three");
            assertThat(j.warnings()).isEmpty();
        }
    }

    @Test
    void snapshot_crashBeforeRename_leavesPreviousSnapshotAndOpenRemovesTheTemporaryFile() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            appendKeys(j, 0, 5);
            j.writeSnapshot(2, "two".getBytes(StandardCharsets.UTF_8));
        }
        Path tmp = dir.resolve(String.format("snapshot-%020d.snap.tmp", 5));
        Files.write(tmp, "{\"snapshot\":1,\"upTo\":000".getBytes(StandardCharsets.UTF_8));
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            assertThat(Files.exists(tmp)).isFalse();
            assertThat(j.latestSnapshot())
                    .get()
                    .extracting(Snapshot::upToSequence)
                    .isEqualTo(2L);
        }
    }

    /** Segments after the first, and the sequence covered by them all but the last (for a snapshot). */
    private long coveredByAllButLastSegment() throws IOException {
        List<Path> segs = segments();
        return Segments.firstSequence(segs.get(segs.size() - 1)) - 1;
    }

    @Test
    void open_withSnapshot_doesNotReadTheSegmentsItCovers_butVerifyStillDoes() throws IOException {
        long covered;
        try (Journal j = Journal.open(dir, SMALL_SEGMENTS)) {
            appendKeys(j, 0, 30);
            covered = coveredByAllButLastSegment();
            j.writeSnapshot(covered, "state".getBytes(StandardCharsets.UTF_8));
        }
        Path first = segments().get(0);
        flipByte(first, 5);
        try (Journal j = Journal.open(dir, SMALL_SEGMENTS)) {
            assertThat(j.warnings()).isEmpty();
            assertThat(j.lastSequence()).isEqualTo(30);
            assertThat(j.latestSnapshot())
                    .get()
                    .extracting(Snapshot::upToSequence)
                    .isEqualTo(covered);
            List<Entry> rest = new ArrayList<>();
            j.replay(covered, rest::add);
            assertThat(rest).extracting(Entry::sequence).containsExactlyElementsOf(seqRange(covered + 1, 30));
            assertThat(j.append("next", "{}")).isEqualTo(31);
            assertThatThrownBy(() -> j.replay(e -> {})).isInstanceOf(JournalCorruptException.class);
        }
        assertThat(Journal.verify(dir)).anyMatch(p -> p.segment().equals(first) && p.fatal());
        Files.delete(dir.resolve(String.format("snapshot-%020d.snap", covered)));
        assertThatThrownBy(() -> Journal.open(dir, SMALL_SEGMENTS)).isInstanceOf(JournalCorruptException.class);
    }

    @Test
    void open_withSnapshot_stillCutsATornTailAndRefusesCorruptionAfterIt() throws IOException {
        long covered;
        try (Journal j = Journal.open(dir, SMALL_SEGMENTS)) {
            appendKeys(j, 0, 30);
            covered = coveredByAllButLastSegment() - 3;
            j.writeSnapshot(covered, "state".getBytes(StandardCharsets.UTF_8));
        }
        Path last = segments().get(segments().size() - 1);
        long size = Files.size(last);
        try (var ch = java.nio.channels.FileChannel.open(last, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(size - 7);
        }
        try (Journal j = Journal.open(dir, SMALL_SEGMENTS)) {
            assertThat(j.lastSequence()).isEqualTo(29);
            assertThat(j.warnings()).singleElement().asString().contains("torn last entry");
            assertThat(j.latestSnapshot())
                    .get()
                    .extracting(Snapshot::upToSequence)
                    .isEqualTo(covered);
            appendKeys(j, 100, 110);
        }
        List<Path> segs = segments();
        Path afterSnapshot = segs.get(segs.size() - 2);
        flipByte(afterSnapshot, 5);
        assertThatThrownBy(() -> Journal.open(dir, SMALL_SEGMENTS))
                .isInstanceOfSatisfying(JournalCorruptException.class, e -> assertThat(e.segment())
                        .isEqualTo(afterSnapshot));
    }

    private static List<Long> seqRange(long from, long to) {
        List<Long> out = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }

    private static void flipByte(Path file, long offset) throws IOException {
        byte[] b = Files.readAllBytes(file);
        b[(int) offset] ^= 0x01;
        Files.write(file, b);
    }

    private Map<Path, byte[]> contents() throws IOException {
        Map<Path, byte[]> out = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(p, Files.readAllBytes(p));
            }
        }
        return out;
    }
}
