package dev.entente.journal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Segment file names and line-by-line reading of a segment. */
final class Segments {
    /**
     * A segment's name: its first sequence in 20 decimal digits. Written in ASCII digits; read in any
     * script's, since versions before 2026-12-03 formatted names in the default locale (a Persian or
     * Arabic one wrote its own digits) and their journals must still open.
     */
    private static final Pattern NAME = Pattern.compile("segment-(\\p{Nd}{20})\\.jsonl");

    private Segments() {}

    static String name(long firstSequence) {
        return String.format(Locale.ROOT, "segment-%020d.jsonl", firstSequence);
    }

    /** The first sequence a segment file name promises, or -1 for a file that is not a segment. */
    static long firstSequence(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The segment files of a directory, in sequence order. */
    static List<Path> list(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> firstSequence(p) >= 0 && Files.isRegularFile(p)).forEach(out::add);
        }
        out.sort((a, b) -> Long.compare(firstSequence(a), firstSequence(b)));
        return out;
    }

    /** One line of a segment: where it starts, its bytes (without the newline) and what it holds. */
    record Line(long offset, int length, boolean terminated, EntryCodec.Decoded decoded) {
        /** The offset just after the line and its newline. */
        long end() {
            return offset + length + (terminated ? 1 : 0);
        }
    }

    /** Reads a segment line by line, in constant memory (one line and one 64 KiB block at a time). */
    static final class Reader implements Closeable {
        private final InputStream in;
        private final byte[] block = new byte[1 << 16];
        private int blockPos;
        private int blockLen;
        private byte[] line = new byte[8192];
        private long offset;

        Reader(Path file) throws IOException {
            this.in = Files.newInputStream(file);
        }

        /** The next line, or null at the end of the file. */
        Line next() throws IOException {
            int len = 0;
            boolean terminated = false;
            while (true) {
                if (blockPos == blockLen) {
                    blockLen = in.read(block);
                    blockPos = 0;
                    if (blockLen <= 0) {
                        blockLen = 0;
                        break;
                    }
                }
                int start = blockPos;
                while (blockPos < blockLen && block[blockPos] != '\n') {
                    blockPos++;
                }
                int n = blockPos - start;
                if (len + n > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
                }
                System.arraycopy(block, start, line, len, n);
                len += n;
                if (blockPos < blockLen) {
                    blockPos++;
                    terminated = true;
                    break;
                }
            }
            if (!terminated && len == 0) {
                return null;
            }
            Line result = new Line(offset, len, terminated, EntryCodec.decode(line, len, terminated));
            offset = result.end();
            return result;
        }

        /** The raw bytes of the line last returned (valid until the next call). */
        byte[] lastBytes() {
            return line;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
