package dev.entente.json;

import dev.entente.model.Report;
import dev.entente.time.DateResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads report documents (report-format section 1) and checks every rule of section 6, naming
 * each bad input with its file, line, column and JSON path.
 *
 * <p>A reader is immutable and thread-safe; reading never changes it, so a rejected report leaves
 * nothing behind. Obtain one with {@link #standard()}, {@link #strict()} or {@link #builder()}.
 */
public final class ReportReader {
    /** The largest {@code .json} document read, in bytes (64 MiB). */
    public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

    private static final ReportReader STANDARD = new ReportReader(false, DateResolver.standard());
    private static final ReportReader STRICT = new ReportReader(true, DateResolver.standard());

    private final boolean strict;
    private final DateResolver resolver;

    private ReportReader(boolean strict, DateResolver resolver) {
        this.strict = strict;
        this.resolver = resolver;
    }

    /** Returns the standard reader: unknown fields and unreadable dates are warnings. */
    public static ReportReader standard() {
        return STANDARD;
    }

    /** Returns the strict reader: every warning is an error. */
    public static ReportReader strict() {
        return STRICT;
    }

    /** Returns a builder for a reader with other settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns true when this reader turns warnings into errors. */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Reads one report document held in memory.
     *
     * @param displayName the name problems are reported under, such as {@code r7.json}
     * @param bytes the document, UTF-8
     * @return the result, never null; bad input never throws
     * @throws NullPointerException if an argument is null
     */
    public ReadResult read(String displayName, byte[] bytes) {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            return tooLarge(displayName, bytes.length);
        }
        return readDocument(displayName, bytes, 0);
    }

    /**
     * Reads a {@code .json} file holding one report; problems are reported under the path as given.
     *
     * @return the result, never null; a file that cannot be read is a rejected result
     * @throws NullPointerException if {@code file} is null
     */
    public ReadResult read(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_DOCUMENT_BYTES) {
                return tooLarge(name, size);
            }
            return readDocument(name, Files.readAllBytes(file), 0);
        } catch (IOException e) {
            return cannotRead(name, e);
        }
    }

    /**
     * Reads a {@code .jsonl} stream lazily: each non-blank line is a report of its own and problems
     * carry the stream's line numbers. Lines already available are read ahead in batches of up to
     * 512 (about 4 MiB) and their documents read in parallel on the common fork-join pool; the
     * stream is never waited on for more than the next line, so a live stream's reports come as
     * their lines arrive. Memory use is bounded by a batch and the longest line (at most 64 MiB; a
     * longer line is rejected). The caller closes {@code in}.
     *
     * @param displayName the name problems are reported under
     * @param in the stream, UTF-8
     * @return one result per non-blank line, in order; an I/O failure ends the stream with a rejected
     *     result
     */
    public Stream<ReadResult> readLines(String displayName, InputStream in) {
        Iterator<ReadResult> it = new LineIterator(displayName, in);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * Reads a {@code .jsonl} file lazily; see {@link #readLines(String, InputStream)}. Close the
     * stream to close the file.
     */
    public Stream<ReadResult> readJsonl(Path file) {
        String name = file.toString();
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            return Stream.of(cannotRead(name, e));
        }
        return readLines(name, in).onClose(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Reads files and folders: a folder is read recursively for {@code .json} and {@code .jsonl}
     * files (other files are ignored); every file is read once, in order of its path whatever the
     * order of {@code paths}, after the paths that do not exist; a file named directly is read as
     * {@code .jsonl} when its name ends so, else as {@code .json}. Lazy; close the stream to release
     * the open file.
     *
     * @return every result, one per report, in a deterministic order
     */
    public Stream<ReadResult> readAll(List<Path> paths) {
        java.util.SortedSet<Path> files = new java.util.TreeSet<>();
        java.util.SortedMap<String, ReadResult> missing = new java.util.TreeMap<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> isJson(f) || isJsonl(f))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    missing.put(
                            p.toString(),
                            cannotRead(
                                    p.toString(),
                                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause()));
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                missing.put(p.toString(), cannotRead(p.toString(), new NoSuchFileException(p.toString())));
            }
        }
        FileResults results = new FileResults(files.iterator());
        return Stream.concat(
                missing.values().stream(),
                StreamSupport.stream(
                                Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL),
                                false)
                        .onClose(results::closeFile));
    }

    /**
     * The results of files one after the other, each file read as its results are asked for and
     * closed once they are all taken ({@code Stream.flatMap} behind an iterator would read each
     * file whole into a buffer before handing over its first result).
     */
    private final class FileResults implements Iterator<ReadResult> {
        private final Iterator<Path> files;
        private Stream<ReadResult> file;
        private Iterator<ReadResult> results = java.util.Collections.emptyIterator();

        FileResults(Iterator<Path> files) {
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            while (!results.hasNext()) {
                closeFile();
                if (!files.hasNext()) {
                    return false;
                }
                Path f = files.next();
                file = isJsonl(f) ? readJsonl(f) : Stream.of(read(f));
                results = file.iterator();
            }
            return true;
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return results.next();
        }

        void closeFile() {
            if (file != null) {
                Stream<ReadResult> f = file;
                file = null;
                results = java.util.Collections.emptyIterator();
                f.close();
            }
        }
    }

    private static boolean isJson(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static boolean isJsonl(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    private ReadResult readDocument(String name, byte[] bytes, int lineOffset) {
        List<Problem> problems = new ArrayList<>();
        Report report = null;
        try {
            TreeParser.Parsed parsed = TreeParser.parse(name, bytes);
            problems.addAll(parsed.problems());
            if (parsed.root() != null) {
                ReportBinder.Bound bound = ReportBinder.bind(name, parsed.root(), resolver);
                problems.addAll(bound.problems());
                report = bound.report();
            }
        } catch (RuntimeException | StackOverflowError e) {
            problems.clear();
            problems.add(new Problem(
                    name,
                    1,
                    1,
                    "$",
                    "internal error while checking this report (a defect of"
                            + " the library; please report it with the file)",
                    Problem.Severity.ERROR));
            report = null;
        }
        List<Problem> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            Problem q = lineOffset == 0 ? p : p.relocated(name, lineOffset);
            out.add(strict ? q.asError() : q);
        }
        return ReadResult.of(name, report, out);
    }

    private static ReadResult tooLarge(String name, long size) {
        return ReadResult.of(
                name,
                null,
                List.of(new Problem(
                        name,
                        1,
                        1,
                        "$",
                        "the document is " + size + " bytes, over the limit of " + MAX_DOCUMENT_BYTES
                                + " bytes (64 MiB) for a .json file; use .jsonl",
                        Problem.Severity.ERROR)));
    }

    private static ReadResult cannotRead(String name, IOException e) {
        String why = e instanceof NoSuchFileException ? "no such file or folder" : "cannot be read";
        if (!(e instanceof NoSuchFileException) && e.getMessage() != null) {
            why = why + " (" + e.getMessage() + ")";
        }
        return ReadResult.of(name, null, List.of(new Problem(name, 1, 1, "$", why, Problem.Severity.ERROR)));
    }

    /** Lines split off a stream before their documents are read in parallel. */
    private static final int BATCH_LINES = 512;

    private static final long BATCH_BYTES = 4L * 1024 * 1024;

    /** A line's bytes and the number of lines before it. */
    private record Line(byte[] bytes, int lineOffset) {}

    /** Splits a stream into lines (LF, CRLF or CR), skipping blank ones, and reads each as a report. */
    private final class LineIterator implements Iterator<ReadResult> {
        private final String name;
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int pos;
        private int limit;
        private int lineNumber;
        private boolean pendingLf;
        private boolean eof;
        private final java.util.ArrayDeque<ReadResult> ready = new java.util.ArrayDeque<>();

        LineIterator(String name, InputStream in) {
            this.name = name;
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !eof) {
                readBatch();
            }
            return !ready.isEmpty();
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        /**
         * Splits up to 512 lines (and about 4 MiB) off the stream, as many as can be read without
         * waiting for it, then reads their documents in parallel, in order: splitting is cheap,
         * reading a document is most of the work.
         */
        private void readBatch() {
            List<Object> lines = new ArrayList<>();
            long bytes = 0;
            while (!eof && lines.size() < BATCH_LINES && bytes < BATCH_BYTES && (lines.isEmpty() || lineWaiting())) {
                Object line = readNextLine();
                if (line != null) {
                    lines.add(line);
                    bytes += line instanceof Line l ? l.bytes().length : 0;
                }
            }
            java.util.stream.IntStream indexes = java.util.stream.IntStream.range(0, lines.size());
            (lines.size() > 1 ? indexes.parallel() : indexes)
                    .mapToObj(i -> lines.get(i) instanceof Line l
                            ? readDocument(name, l.bytes(), l.lineOffset())
                            : (ReadResult) lines.get(i))
                    .forEachOrdered(ready::add);
        }

        /**
         * Returns true when a whole line can be read without waiting for the stream: one is in the
         * buffer (the LF of a CRLF already ended does not count), or the stream says bytes are
         * available. A live stream's lines are read as they
         * come, not held back to fill a batch.
         */
        private boolean lineWaiting() {
            int from = pendingLf && pos < limit && buffer[pos] == '\n' ? pos + 1 : pos;
            for (int i = from; i < limit; i++) {
                if (buffer[i] == '\n' || buffer[i] == '\r') {
                    return true;
                }
            }
            try {
                return in.available() > 0;
            } catch (IOException e) {
                return false;
            }
        }

        /**
         * Reads one line: its bytes to read as a document, a result already (a line too long, a
         * failure to read), or null for a blank line or the end.
         */
        private Object readNextLine() {
            byte[] line = null;
            int length = 0;
            boolean tooLong = false;
            boolean any = false;
            try {
                while (true) {
                    if (pos == limit) {
                        limit = in.read(buffer, 0, buffer.length);
                        pos = 0;
                        if (limit <= 0) {
                            limit = 0;
                            eof = true;
                            break;
                        }
                    }
                    if (pendingLf) {
                        pendingLf = false;
                        if (buffer[pos] == '\n') {
                            pos++;
                            continue;
                        }
                    }
                    int start = pos;
                    while (pos < limit && buffer[pos] != '\n' && buffer[pos] != '\r') {
                        pos++;
                    }
                    int n = pos - start;
                    if (n > 0) {
                        any = true;
                        if (length + (long) n > MAX_DOCUMENT_BYTES) {
                            tooLong = true;
                        } else if (line == null && pos < limit) {
                            line = Arrays.copyOfRange(buffer, start, pos);
                            length = n;
                        } else {
                            if (line == null || length + n > line.length) {
                                line = Arrays.copyOf(line == null ? new byte[0] : line, (int)
                                        Math.min(Math.max(2L * (length + n), 256), MAX_DOCUMENT_BYTES));
                            }
                            System.arraycopy(buffer, start, line, length, n);
                            length += n;
                        }
                    }
                    if (pos < limit) {
                        any = true;
                        pendingLf = buffer[pos++] == '\r';
                        break;
                    }
                }
            } catch (IOException e) {
                eof = true;
                return ReadResult.of(
                        name,
                        null,
                        List.of(new Problem(
                                name,
                                Math.max(lineNumber, 1),
                                1,
                                "$",
                                "reading stopped: " + e.getMessage(),
                                Problem.Severity.ERROR)));
            }
            if (!any && eof) {
                return null;
            }
            lineNumber++;
            if (tooLong) {
                return ReadResult.of(
                        name,
                        null,
                        List.of(new Problem(
                                name,
                                lineNumber,
                                1,
                                "$",
                                "line longer than " + MAX_DOCUMENT_BYTES + " bytes (64 MiB)",
                                Problem.Severity.ERROR)));
            }
            if (line == null || isBlank(line, length, lineNumber == 1)) {
                return null;
            }
            return new Line(line.length == length ? line : Arrays.copyOf(line, length), lineNumber - 1);
        }

        private boolean isBlank(byte[] line, int length, boolean first) {
            int start = 0;
            if (first
                    && length >= 3
                    && (line[0] & 0xFF) == 0xEF
                    && (line[1] & 0xFF) == 0xBB
                    && (line[2] & 0xFF) == 0xBF) {
                start = 3;
            }
            for (int i = start; i < length; i++) {
                if (line[i] != ' ' && line[i] != '\t') {
                    return false;
                }
            }
            return true;
        }
    }

    /** Builds a {@link ReportReader}. */
    public static final class Builder {
        private boolean strict;
        private DateResolver resolver = DateResolver.standard();

        private Builder() {}

        /** Sets strict mode, in which every warning is an error; off unless set. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Sets the resolver for {@code when} strings; {@link DateResolver#standard()} unless set.
         *
         * @throws NullPointerException if {@code resolver} is null
         */
        public Builder resolver(DateResolver resolver) {
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /** Returns the reader. */
        public ReportReader build() {
            return new ReportReader(strict, resolver);
        }
    }
}
