package dev.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.journal.Entry;
import dev.entente.journal.Journal;
import dev.entente.journal.JournalOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private void writeEntries(int n) throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            for (int i = 0; i < n; i++) {
                j.append("r" + i, "{\"id\":\"r" + i + "\"}");
            }
        }
    }

    private Path damageSecondEntry() throws IOException {
        Path seg;
        try (Stream<Path> files = Files.list(dir)) {
            seg = files.filter(p -> p.getFileName().toString().startsWith("segment-"))
                    .findFirst()
                    .orElseThrow();
        }
        List<String> lines = Files.readAllLines(seg);
        lines.set(1, lines.get(1).replace("r1", "rX"));
        Files.write(seg, lines);
        return seg;
    }

    private static long offsetOfLine(Path file, int line) throws IOException {
        List<String> lines = Files.readAllLines(file);
        long off = 0;
        for (int i = 0; i < line; i++) {
            off += lines.get(i).length() + 1;
        }
        return off;
    }

    @Test
    void append_intoAFileThatIsNotADirectory_exitsTwoAndSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a journal");
        Path seeds = Path.of(System.getProperty("entente.repo", "."), "docs", "examples", "seeds");

        assertThat(run("journal", "append", file.toString(), seeds.toString())).isEqualTo(2);
        assertThat(err.toString())
                .isEqualTo("entente: journal append: " + file + ": not a directory" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("not a journal");
    }

    @Test
    void verify_soundJournal_exitsZeroWithNothingOnStdout() throws IOException {
        writeEntries(3);
        assertThat(run("journal", "verify", dir.toString())).isEqualTo(0);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("no problems");
    }

    @Test
    void verify_corruptMiddle_exitsThreeWithSegmentAndOffsetOnStderr() throws IOException {
        writeEntries(4);
        Path seg = damageSecondEntry();
        long offset = offsetOfLine(seg, 1);

        assertThat(run("journal", "verify", dir.toString())).isEqualTo(3);

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).anyMatch(l -> l.startsWith(seg + ":" + offset + ": checksum mismatch"));
        assertThat(err.toString()).contains("journal repair " + dir);
    }

    @Test
    void repair_thenVerifyAndOpen_succeedKeepingEveryIntactEntry() throws IOException {
        writeEntries(4);
        damageSecondEntry();

        assertThat(run("journal", "repair", dir.toString())).isEqualTo(0);
        assertThat(err.toString()).contains("dropped").contains("repair-backup-1");

        assertThat(run("journal", "verify", dir.toString())).isEqualTo(0);
        List<Entry> entries = new ArrayList<>();
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            j.replay(entries::add);
        }
        assertThat(entries).extracting(Entry::key).containsExactly("r0", "r2", "r3");
    }

    @Test
    void verify_tornLastEntryOnly_exitsZeroWithAWarningLine() throws IOException {
        writeEntries(2);
        Path seg;
        try (Stream<Path> files = Files.list(dir)) {
            seg = files.filter(p -> p.getFileName().toString().startsWith("segment-"))
                    .findFirst()
                    .orElseThrow();
        }
        long size = Files.size(seg);
        Files.writeString(seg, "{\"seq\":3,\"key\":\"r2", java.nio.file.StandardOpenOption.APPEND);

        assertThat(run("journal", "verify", dir.toString())).isEqualTo(0);
        assertThat(err.toString().lines()).anyMatch(l -> l.startsWith(seg + ":" + size + ": warning: torn last entry"));
    }

    @Test
    void verify_missingDirectory_isRejectedWithoutStackTrace() {
        assertThat(run("journal", "verify", dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such journal directory").doesNotContain("Exception");
    }

    @Test
    void repair_journalOpenElsewhere_isRejected() throws IOException {
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            assertThat(run("journal", "repair", dir.toString())).isEqualTo(2);
            assertThat(err.toString()).contains("in use");
        }
    }

    @Test
    void journal_withoutSubcommand_isRejectedWithUsage() {
        assertThat(run("journal")).isEqualTo(2);
        assertThat(err.toString()).contains("verify").contains("repair");
    }

    private static final Path SEEDS = Path.of(System.getProperty("entente.repo", "."), "docs", "examples", "seeds");

    private List<String> journalKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
            j.replay(e -> keys.add(e.key()));
        }
        return keys;
    }

    @Test
    void append_seeds_printsEachIdOnce_andTheJournalHoldsThem() throws IOException {
        int status = run("journal", "append", dir.toString(), SEEDS.toString());
        assertThat(status).isZero();
        List<String> printed = out.toString().lines().toList();
        assertThat(printed).hasSize(5).doesNotHaveDuplicates();
        assertThat(journalKeys()).containsExactlyElementsOf(printed);
    }

    @Test
    void append_again_writesNothingNew_butStillPrintsTheIds() throws IOException {
        run("journal", "append", dir.toString(), SEEDS.toString());
        out.getBuffer().setLength(0);
        assertThat(run("journal", "append", dir.toString(), SEEDS.toString())).isZero();
        assertThat(out.toString().lines()).hasSize(5);
        assertThat(journalKeys()).hasSize(5);
    }

    @Test
    void append_withARejectedReport_appendsTheOthers_andExits2(@TempDir Path in) throws IOException {
        Files.copy(SEEDS.resolve("004_536a26c0f3987b6d.json"), in.resolve("good.json"));
        Files.writeString(in.resolve("bad.json"), "{\"schema\": \"entente/report@1\", \"id\": \"x\", \"records\": []}");
        int status = run("journal", "append", dir.resolve("j").toString(), in.toString());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString())
                .contains("bad.json:1:1: source: missing required field")
                .doesNotContain("at dev.");
        assertThat(out.toString().lines()).hasSize(1);
        dir = dir.resolve("j");
        assertThat(journalKeys()).containsExactly(out.toString().strip());
    }

    @Test
    void append_toACorruptJournal_exits3_andAppendsNothing() throws IOException {
        writeEntries(3);
        damageSecondEntry();
        int status = run("journal", "append", dir.toString(), SEEDS.toString());
        assertThat(status).isEqualTo(3);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("journal repair");
    }
}
