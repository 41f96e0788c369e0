package dev.entente.json;

import dev.entente.model.Report;
import dev.entente.time.DateResolver;
import java.io.BufferedInputStream;
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
     * Reads a {@code .jsonl} stream lazily, one line at a time: each non-blank line is a report of
     * its own and problems carry the stream's line numbers. Memory use is bounded by the longest
     * line (at most 64 MiB; a longer line is rejected). The caller closes {@code in}.
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
     * files (other files are ignored), in order of their paths; a file named directly is read as
     * {@code .jsonl} when its name ends so, else as {@code .json}. Lazy; close the stream to release
     * the open file.
     *
     * @return every result, one per report, in a deterministic order
     */
    public Stream<ReadResult> readAll(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<ReadResult> missing = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> isJson(f) || isJsonl(f))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    missing.add(cannotRead(
                            p.toString(), e instanceof IOException io ? io : ((UncheckedIOException) e).getCause()));
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                missing.add(cannotRead(p.toString(), new NoSuchFileException(p.toString())));
            }
        }
        return Stream.concat(
                missing.stream(), files.stream().flatMap(f -> isJsonl(f) ? readJsonl(f) : Stream.of(read(f))));
    }

    private static boolean isJson(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static boolean isJsonl(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
    }

    private ReadResult readDocument(String name, byte[] bytes, int lineOffset) {
        TreeParser.Parsed parsed = TreeParser.parse(name, bytes);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        Report report = null;
        if (parsed.root() != null) {
            ReportBinder.Bound bound = ReportBinder.bind(name, parsed.root(), resolver);
            problems.addAll(bound.problems());
            report = bound.report();
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
        private ReadResult next;

        LineIterator(String name, InputStream in) {
            this.name = name;
            this.in = in instanceof BufferedInputStream ? in : in;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !eof) {
                next = readNextLine();
            }
            return next != null;
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ReadResult r = next;
            next = null;
            return r;
        }

        private int read() throws IOException {
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return -1;
                }
            }
            return buffer[pos++] & 0xFF;
        }

        /** Reads one line; returns its result, or null for a blank line or the end. */
        private ReadResult readNextLine() {
            byte[] line = new byte[256];
            int length = 0;
            boolean tooLong = false;
            boolean any = false;
            try {
                int b;
                while (true) {
                    b = read();
                    if (b == '\n' && pendingLf) {
                        pendingLf = false;
                        continue;
                    }
                    pendingLf = false;
                    if (b == -1) {
                        eof = true;
                        break;
                    }
                    any = true;
                    if (b == '\n') {
                        break;
                    }
                    if (b == '\r') {
                        pendingLf = true;
                        break;
                    }
                    if (length == line.length) {
                        if (length >= MAX_DOCUMENT_BYTES) {
                            tooLong = true;
                            continue;
                        }
                        line = Arrays.copyOf(line, (int) Math.min((long) length * 2, MAX_DOCUMENT_BYTES));
                    }
                    line[length++] = (byte) b;
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
            if (isBlank(line, length, lineNumber == 1)) {
                return null;
            }
            return readDocument(name, Arrays.copyOf(line, length), lineNumber - 1);
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
