package dev.entente.journal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * An embedded, append-only journal in a directory of segment files: each entry a key and a payload
 * (UTF-8 text the journal does not interpret) under an increasing sequence number, one checksummed
 * JSON line per entry. {@link #append} returns only once the entry is durable under the {@link
 * SyncPolicy}; {@link #replay} streams the entries back in order. Thread-safe: appends from many
 * threads are written by one writer thread in batches that share a single force (group commit).
 *
 * <p>Opening recovers from a crash in the middle of a write by cutting off the torn last entry (see
 * {@link #warnings()}); damage with intact entries after it stops the open with a {@link
 * JournalCorruptException}, and {@link #repair} fixes it. One process at a time may open a directory
 * (a lock file guards it). Format and guarantees: {@code docs/durability.md}.
 */
public final class Journal implements Closeable {
    static final String LOCK_FILE = "journal.lock";
    private static final int MAX_BATCH = 4096;
    /** A snapshot's name; read in any script's digits, as segment names are ({@link Segments}). */
    private static final Pattern SNAPSHOT = Pattern.compile("snapshot-(\\p{Nd}{20})\\.snap");

    private static final String SNAPSHOT_HEADER =
            "{\"snapshot\":1,\"upTo\":%020d,\"length\":%020d,\"crc32c\":\"%s\"}\n";
    private static final int SNAPSHOT_HEADER_LENGTH =
            String.format(Locale.ROOT, SNAPSHOT_HEADER, 0L, 0L, "00000000").length();

    private final Path dir;
    private final JournalOptions options;
    private final JournalIo io;
    private final DirLock lock;
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Object gate = new Object();
    private final Object snapshotGuard = new Object();
    private final Thread writer;
    private final long windowNanos;
    private boolean closed;
    private volatile long acknowledged;

    private JournalIo.WritableFile current;
    private long currentSize;
    private long nextSequence;
    private boolean unforced;
    private long forceDeadline;
    private IOException flushFailure;
    private boolean needsTruncate;

    /** The snapshot open relied on to skip segments, kept for the first {@link #latestSnapshot()}. */
    private Path openedSnapshot;

    private Snapshot openedSnapshotState;

    private record Append(String key, byte[] body, CompletableFuture<Long> done) {}

    private record Stop(CompletableFuture<Void> done) {}

    private Journal(Path dir, JournalOptions options, JournalIo io, DirLock lock) throws IOException {
        this.dir = dir;
        this.options = options;
        this.io = io;
        this.lock = lock;
        this.windowNanos = options.sync().window().map(w -> w.toNanos()).orElse(0L);
        recover();
        this.writer = new Thread(this::runWriter, "journal-writer " + dir.getFileName());
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Opens the journal in {@code dir}, creating the directory and an empty journal if absent.
     *
     * <p>A torn last entry (a crash in the middle of writing it) is cut off and reported in {@link
     * #warnings()}; it was never acknowledged.
     *
     * @param dir the journal directory; not null
     * @param options the sync policy and segment size; not null
     * @return the open journal; close it
     * @throws JournalCorruptException if a damaged entry has intact entries after it (run {@code
     *     bin/entente journal repair DIR})
     * @throws JournalInUseException if the directory is already open, in this or another process
     * @throws IOException if the directory cannot be read or written
     */
    public static Journal open(Path dir, JournalOptions options) throws IOException {
        return open(dir, options, JournalIo.STANDARD);
    }

    static Journal open(Path dir, JournalOptions options, JournalIo io) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(options, "options");
        Files.createDirectories(dir);
        DirLock lock = DirLock.acquire(dir);
        try {
            return new Journal(dir, options, io, lock);
        } catch (IOException | RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Recovery

    private void recover() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".tmp"))
                    .toList()) {
                Files.deleteIfExists(p);
                warnings.add("removed unfinished temporary file " + p);
            }
        }
        Scan scan = openScan();
        JournalProblem fatal = scan.firstFatal();
        if (fatal != null) {
            throw new JournalCorruptException(fatal.segment(), fatal.offset(), fatal.description());
        }
        List<JournalProblem> tail = scan.tail();
        if (!tail.isEmpty()) {
            cutTail(scan.segments, tail);
        }
        nextSequence = scan.lastSequence + 1;
        acknowledged = scan.lastSequence;
        List<Path> segments = Segments.list(dir);
        Path last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (last != null && Files.size(last) == 0 && Segments.firstSequence(last) != nextSequence) {
            Files.delete(last);
            io.syncDirectory(dir);
            warnings.add("removed empty segment " + last + " whose name does not match the next sequence");
            last = segments.size() > 1 ? segments.get(segments.size() - 2) : null;
        }
        if (last == null) {
            last = dir.resolve(Segments.name(nextSequence));
            current = io.open(last);
            io.syncDirectory(dir);
        } else {
            current = io.open(last);
        }
        currentSize = current.size();
    }

    /**
     * The scan of the segments open must check: with an intact snapshot, only the segments holding
     * entries after it (the replay never reads the others); every segment when there is none, or when
     * the segments after it hold no intact entry up to the snapshot's sequence or beyond.
     */
    private Scan openScan() throws IOException {
        List<Path> all = snapshots(dir);
        for (int i = all.size() - 1; i >= 0; i--) {
            Object read = readSnapshot(all.get(i));
            if (read instanceof Snapshot s) {
                Scan scan = Scan.after(dir, s.upToSequence());
                if (scan.firstScanned == 0 || (scan.entries > 0 && scan.lastSequence >= s.upToSequence())) {
                    openedSnapshot = all.get(i);
                    openedSnapshotState = s;
                    return scan;
                }
                break;
            }
        }
        return Scan.of(dir);
    }

    private void cutTail(List<Path> segments, List<JournalProblem> tail) throws IOException {
        JournalProblem first = tail.get(0);
        long size = Files.size(first.segment());
        try (JournalIo.WritableFile f = io.open(first.segment())) {
            f.truncate(first.offset());
            f.force();
        }
        warnings.add(first.segment() + ":" + first.offset() + ": cut off " + (size - first.offset())
                + " bytes of a torn last entry (" + first.description().replaceFirst("^torn last entry: ", "")
                + ")");
        for (Path seg : segments.subList(segments.indexOf(first.segment()) + 1, segments.size())) {
            Files.delete(seg);
            warnings.add("removed segment " + seg + " after the torn entry (it held no intact entry)");
        }
        io.syncDirectory(dir);
    }

    // ---------------------------------------------------------------------------------------------
    // Appending

    /**
     * Appends an entry and returns its sequence number once the entry is durable under the sync policy.
     * Safe to call from many threads; sequence numbers follow the order in which the writer takes the
     * entries.
     *
     * @param key the caller's key, for example a report id; not null
     * @param payload the entry's content, for example a JSON document; not null; kept byte for byte
     * @return the entry's sequence number, one above the previous entry's
     * @throws JournalWriteException if the entry could not be written or forced (an I/O error, a full
     *     disk); nothing of it is in the journal, its sequence number is not used, and the journal
     *     stays usable
     * @throws IllegalArgumentException if the key or payload holds an unpaired surrogate (it has no
     *     UTF-8 form); nothing is written
     * @throws IllegalStateException if the journal is closed
     */
    public long append(String key, String payload) throws JournalWriteException {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
        Append a = new Append(key, EntryCodec.body(key, payload), new CompletableFuture<>());
        synchronized (gate) {
            if (closed) {
                throw new IllegalStateException("journal " + dir + " is closed");
            }
            queue.add(a);
        }
        try {
            return a.done.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof JournalWriteException w) {
                throw new JournalWriteException(w.getMessage(), w.getCause());
            }
            throw new JournalWriteException("could not append entry " + key + ": " + cause, cause);
        }
    }

    private void runWriter() {
        List<Object> batch = new ArrayList<>();
        while (true) {
            try {
                Object first;
                if (unforced && windowNanos > 0) {
                    long wait = forceDeadline - System.nanoTime();
                    first = wait <= 0 ? null : queue.poll(wait, TimeUnit.NANOSECONDS);
                    if (first == null) {
                        flush();
                        continue;
                    }
                } else {
                    first = queue.take();
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                List<Append> appends = new ArrayList<>();
                for (Object o : batch) {
                    if (o instanceof Append a) {
                        appends.add(a);
                    } else if (o instanceof Stop s) {
                        appendAll(appends);
                        shutdown(s);
                        return;
                    }
                }
                appendAll(appends);
                if (unforced && windowNanos > 0 && System.nanoTime() - forceDeadline >= 0) {
                    flush();
                }
            } catch (InterruptedException e) {
                // only close() ends the writer
            } catch (RuntimeException | Error e) {
                needsTruncate = true;
                for (Object o : batch) {
                    if (o instanceof Append a) {
                        a.done.completeExceptionally(new JournalWriteException("journal writer failed: " + e, e));
                    }
                }
            } finally {
                batch.clear();
            }
        }
    }

    private void appendAll(List<Append> appends) {
        if (appends.isEmpty()) {
            return;
        }
        if (flushFailure != null) {
            try {
                current.force();
                flushFailure = null;
                unforced = false;
            } catch (IOException e) {
                for (Append a : appends) {
                    a.done.completeExceptionally(new JournalWriteException(
                            "could not append entry " + a.key + ": the journal cannot force earlier entries to"
                                    + " the device: " + e.getMessage(),
                            e));
                }
                return;
            }
        }
        int i = 0;
        while (i < appends.size()) {
            if (currentSize >= options.segmentBytes()) {
                try {
                    roll();
                } catch (IOException e) {
                    Append a = appends.get(i++);
                    a.done.completeExceptionally(new JournalWriteException(
                            "could not append entry " + a.key + ": cannot start a new segment: " + e.getMessage(), e));
                    continue;
                }
            }
            int j = i;
            long size = currentSize;
            do {
                size += EntryCodec.lineLength(nextSequence + (j - i), appends.get(j).body);
                j++;
            } while (j < appends.size() && size < options.segmentBytes());
            write(appends.subList(i, j), true);
            i = j;
        }
    }

    private void write(List<Append> chunk, boolean retrySingly) {
        long seq0 = nextSequence;
        int total = 0;
        for (int k = 0; k < chunk.size(); k++) {
            total += EntryCodec.lineLength(seq0 + k, chunk.get(k).body);
        }
        byte[] buf = new byte[total];
        int at = 0;
        for (int k = 0; k < chunk.size(); k++) {
            at = EntryCodec.write(seq0 + k, chunk.get(k).body, buf, at);
        }
        long before = currentSize;
        try {
            if (needsTruncate) {
                current.truncate(before);
                needsTruncate = false;
            }
            current.write(ByteBuffer.wrap(buf), before);
            if (windowNanos == 0) {
                current.force();
            } else if (!unforced) {
                unforced = true;
                forceDeadline = System.nanoTime() + windowNanos;
            }
        } catch (IOException e) {
            try {
                current.truncate(before);
            } catch (IOException t) {
                needsTruncate = true;
                e.addSuppressed(t);
            }
            if (retrySingly && chunk.size() > 1) {
                for (Append a : chunk) {
                    write(List.of(a), false);
                }
            } else {
                for (Append a : chunk) {
                    a.done.completeExceptionally(new JournalWriteException(
                            "could not append entry " + a.key + " to " + dir + ": " + e.getMessage(), e));
                }
            }
            return;
        }
        currentSize = before + total;
        nextSequence = seq0 + chunk.size();
        acknowledged = nextSequence - 1;
        for (int k = 0; k < chunk.size(); k++) {
            chunk.get(k).done.complete(seq0 + k);
        }
    }

    private void roll() throws IOException {
        current.force();
        unforced = false;
        Path next = dir.resolve(Segments.name(nextSequence));
        JournalIo.WritableFile f = io.open(next);
        try {
            io.syncDirectory(dir);
        } catch (IOException e) {
            f.close();
            Files.deleteIfExists(next);
            throw e;
        }
        JournalIo.WritableFile old = current;
        current = f;
        currentSize = 0;
        needsTruncate = false;
        try {
            old.close();
        } catch (IOException e) {
            warnings.add("could not close a full segment: " + e.getMessage());
        }
    }

    private void flush() {
        if (!unforced) {
            return;
        }
        try {
            current.force();
            unforced = false;
            flushFailure = null;
        } catch (IOException e) {
            flushFailure = e;
            forceDeadline = System.nanoTime() + windowNanos;
        }
    }

    private void shutdown(Stop stop) {
        try {
            if (unforced) {
                current.force();
            }
            current.close();
            stop.done.complete(null);
        } catch (IOException e) {
            stop.done.completeExceptionally(e);
        }
    }

    /**
     * Forces every acknowledged entry to the device, closes the files and releases the directory. A
     * second call does nothing.
     *
     * @throws IOException if the final force or close fails (acknowledged entries may then be lost in
     *     a power loss, as the sync policy allows)
     */
    @Override
    public void close() throws IOException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (gate) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(new Stop(done));
        }
        try {
            done.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            lock.close();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Reading

    /**
     * The sequence number of the last acknowledged entry; 0 for an empty journal.
     *
     * @return the last acknowledged sequence
     */
    public long lastSequence() {
        return acknowledged;
    }

    /** The directory this journal lives in; never null. */
    public Path directory() {
        return dir;
    }

    /**
     * What opening the journal (and reading snapshots) had to fix or skip: torn entries cut off,
     * temporary files removed, corrupt snapshots ignored. Never null; empty when all was clean.
     */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * Streams every entry in sequence order to {@code consumer}, reading one entry at a time.
     *
     * @param consumer receives each entry; not null
     * @return the number of entries passed on
     * @throws IOException if a segment cannot be read or holds a damaged entry
     * @see #replay(long, Consumer)
     */
    public long replay(Consumer<? super Entry> consumer) throws IOException {
        return replay(0, consumer);
    }

    /**
     * Streams, in sequence order, every acknowledged entry with a sequence above {@code
     * afterSequence} (for example a snapshot's {@link Snapshot#upToSequence()}), reading one entry at a
     * time. Entries appended while it runs may or may not be included.
     *
     * @param afterSequence entries at or below it are skipped; 0 for all
     * @param consumer receives each entry; not null
     * @return the number of entries passed on
     * @throws IOException if a segment cannot be read or holds a damaged entry (a {@link
     *     JournalCorruptException})
     */
    public long replay(long afterSequence, Consumer<? super Entry> consumer) throws IOException {
        Objects.requireNonNull(consumer, "consumer");
        long upTo = acknowledged;
        long count = 0;
        if (afterSequence >= upTo) {
            return 0;
        }
        List<Path> segments = Segments.list(dir);
        for (int i = 0; i < segments.size(); i++) {
            if (i + 1 < segments.size() && Segments.firstSequence(segments.get(i + 1)) <= afterSequence + 1) {
                continue;
            }
            try (Segments.Reader r = new Segments.Reader(segments.get(i))) {
                for (Segments.Line line; (line = r.next()) != null; ) {
                    if (line.decoded().problem() != null) {
                        throw new JournalCorruptException(
                                segments.get(i),
                                line.offset(),
                                line.decoded().problem(),
                                "the entry was damaged after the journal was opened: close it and run `bin/entente"
                                        + " journal verify " + dir + "`, then `journal repair`");
                    }
                    Entry e = line.decoded().entry();
                    if (e.sequence() > upTo) {
                        return count;
                    }
                    if (e.sequence() > afterSequence) {
                        consumer.accept(e);
                        count++;
                    }
                    if (e.sequence() >= upTo) {
                        return count;
                    }
                }
            }
        }
        return count;
    }

    // ---------------------------------------------------------------------------------------------
    // Snapshots

    /**
     * Saves the caller's state as it is after applying every entry up to {@code upToSequence},
     * atomically: written to a temporary file, forced, renamed into place and the directory forced, so
     * that a crash leaves either the previous snapshot or this one. Older snapshots are then removed.
     *
     * @param upToSequence the last entry the state includes; between 0 and {@link #lastSequence()}
     * @param state the state; not null
     * @throws IllegalArgumentException if {@code upToSequence} is out of range
     * @throws IOException if the snapshot cannot be written (the previous one is left as it was)
     */
    public void writeSnapshot(long upToSequence, byte[] state) throws IOException {
        Objects.requireNonNull(state, "state");
        writeSnapshot(upToSequence, new java.io.ByteArrayInputStream(state));
    }

    /**
     * Saves the caller's state read from {@code state} (to its end, in constant memory), as {@link
     * #writeSnapshot(long, byte[])} does. Does not close the stream.
     *
     * @param upToSequence the last entry the state includes; between 0 and {@link #lastSequence()}
     * @param state the state; not null
     * @throws IllegalArgumentException if {@code upToSequence} is out of range
     * @throws IOException if reading the state or writing the snapshot fails (the previous snapshot is
     *     left as it was)
     */
    public void writeSnapshot(long upToSequence, InputStream state) throws IOException {
        Objects.requireNonNull(state, "state");
        if (upToSequence < 0 || upToSequence > acknowledged) {
            throw new IllegalArgumentException("snapshot sequence " + upToSequence + " is outside 0.." + acknowledged);
        }
        synchronized (snapshotGuard) {
            Path target = dir.resolve(String.format(Locale.ROOT, "snapshot-%020d.snap", upToSequence));
            Path tmp = dir.resolve(target.getFileName() + ".tmp");
            try {
                Files.deleteIfExists(tmp);
                try (JournalIo.WritableFile f = io.open(tmp)) {
                    CRC32C crc = new CRC32C();
                    long length = 0;
                    byte[] buf = new byte[1 << 16];
                    for (int n; (n = state.read(buf)) >= 0; ) {
                        crc.update(buf, 0, n);
                        f.write(ByteBuffer.wrap(buf, 0, n), SNAPSHOT_HEADER_LENGTH + length);
                        length += n;
                    }
                    String header = String.format(
                            Locale.ROOT, SNAPSHOT_HEADER, upToSequence, length, EntryCodec.hex(crc.getValue()));
                    f.write(ByteBuffer.wrap(header.getBytes(StandardCharsets.US_ASCII)), 0);
                    f.force();
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                io.syncDirectory(dir);
            } catch (IOException | RuntimeException e) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException t) {
                    e.addSuppressed(t);
                }
                throw e;
            }
            for (Path old : snapshots(dir)) {
                if (!old.equals(target) && snapshotSequence(old) < upToSequence) {
                    Files.deleteIfExists(old);
                }
            }
            io.syncDirectory(dir);
        }
    }

    /**
     * The most recent intact snapshot. A damaged snapshot, or one ahead of the journal's last entry, is
     * skipped with a message in {@link #warnings()}; with none left the result is empty and the caller
     * replays everything.
     *
     * @return the snapshot, or empty if there is none usable
     * @throws IOException if the directory cannot be read
     */
    public Optional<Snapshot> latestSnapshot() throws IOException {
        synchronized (snapshotGuard) {
            List<Path> all = snapshots(dir);
            for (int i = all.size() - 1; i >= 0; i--) {
                Path p = all.get(i);
                Object read = p.equals(openedSnapshot) ? openedSnapshotState : readSnapshot(p);
                openedSnapshot = null;
                openedSnapshotState = null;
                if (read instanceof Snapshot s) {
                    if (s.upToSequence() <= acknowledged) {
                        return Optional.of(s);
                    }
                    warnOnce("ignoring snapshot " + p + ": it covers up to sequence " + s.upToSequence()
                            + " but the journal ends at " + acknowledged);
                } else {
                    warnOnce("ignoring corrupt snapshot " + p + ": " + read + "; replay starts earlier");
                }
            }
            return Optional.empty();
        }
    }

    private void warnOnce(String message) {
        if (!warnings.contains(message)) {
            warnings.add(message);
        }
    }

    private static List<Path> snapshots(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> snapshotSequence(p) >= 0)
                    .sorted(Comparator.comparingLong(Journal::snapshotSequence))
                    .toList();
        }
    }

    private static long snapshotSequence(Path p) {
        Matcher m = SNAPSHOT.matcher(p.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The snapshot in {@code file}, or a String saying what is wrong with it. */
    private static Object readSnapshot(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < SNAPSHOT_HEADER_LENGTH) {
                return "shorter than its header";
            }
            if (size - SNAPSHOT_HEADER_LENGTH > Integer.MAX_VALUE - 8) {
                return "larger than a snapshot can be (" + size + " bytes)";
            }
            ByteBuffer header = ByteBuffer.allocate(SNAPSHOT_HEADER_LENGTH);
            readFully(ch, header, 0);
            byte[] state = new byte[(int) (size - SNAPSHOT_HEADER_LENGTH)];
            readFully(ch, ByteBuffer.wrap(state), SNAPSHOT_HEADER_LENGTH);
            return readSnapshot(file, new String(header.array(), StandardCharsets.US_ASCII), state);
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer into, long position) throws IOException {
        while (into.hasRemaining()) {
            int n = ch.read(into, position);
            if (n < 0) {
                throw new java.io.EOFException("snapshot file ended while reading it");
            }
            position += n;
        }
    }

    /** Checks a snapshot read as its header and its state (read whole, without the header). */
    private static Object readSnapshot(Path file, String header, byte[] state) {
        Matcher m = Pattern.compile(
                        "\\{\"snapshot\":1,\"upTo\":(\\d{20}),\"length\":(\\d{20}),\"crc32c\":\"([0-9a-f]{8})\"}\n")
                .matcher(header);
        if (!m.matches()) {
            return "unreadable header";
        }
        long upTo = Long.parseLong(m.group(1));
        long length = Long.parseLong(m.group(2));
        if (upTo != snapshotSequence(file)) {
            return "header says sequence " + upTo + ", file name " + snapshotSequence(file);
        }
        if (length != state.length) {
            return "header says " + length + " bytes of state, file has " + state.length;
        }
        CRC32C crc = new CRC32C();
        crc.update(state, 0, state.length);
        if (!EntryCodec.hex(crc.getValue()).equals(m.group(3))) {
            return "checksum mismatch";
        }
        return new Snapshot(upTo, state);
    }

    // ---------------------------------------------------------------------------------------------
    // Verify and repair

    /**
     * Checks a journal directory without changing anything: every damaged entry, torn last entry,
     * sequence gap and damaged snapshot, each with its file and byte offset. Do not run it on a
     * journal another process is writing to (its last entry may look torn).
     *
     * @param dir the journal directory; not null
     * @return the problems in file order; empty when the journal is sound. Those with {@link
     *     JournalProblem#fatal()} stop {@link #open}; {@link #repair} fixes them
     * @throws IOException if {@code dir} is not a readable directory
     */
    public static List<JournalProblem> verify(Path dir) throws IOException {
        requireDirectory(dir);
        Scan scan = Scan.of(dir);
        List<JournalProblem> out = new ArrayList<>(scan.problems);
        out.addAll(scan.notes);
        out.sort(Comparator.comparing(
                        (JournalProblem p) -> p.segment().getFileName().toString())
                .thenComparingLong(JournalProblem::offset));
        for (Path p : snapshots(dir)) {
            Object read = readSnapshot(p);
            if (!(read instanceof Snapshot)) {
                out.add(new JournalProblem(p, 0, "damaged snapshot (" + read + "; it will be ignored)", false));
            }
        }
        return out;
    }

    /**
     * Repairs a journal directory so that {@link #open} succeeds: every intact entry is kept, every
     * damaged one (and a torn last entry) dropped. Each segment file it rewrites is first copied to a
     * new {@code repair-backup-N} directory inside {@code dir}, and replaced atomically.
     *
     * @param dir the journal directory; not null
     * @return what was dropped and where the originals are
     * @throws JournalInUseException if the journal is open, in this or another process
     * @throws IOException if {@code dir} is not a directory or a file cannot be rewritten (files not
     *     yet replaced are left as they were)
     */
    public static RepairResult repair(Path dir) throws IOException {
        return repair(dir, JournalIo.STANDARD);
    }

    static RepairResult repair(Path dir, JournalIo io) throws IOException {
        requireDirectory(dir);
        try (DirLock ignored = DirLock.acquire(dir)) {
            Scan scan = Scan.of(dir);
            if (scan.problems.isEmpty()) {
                return new RepairResult(
                        List.of(), null, List.of("nothing to repair: " + scan.entries + " entries, all intact"));
            }
            Path backup;
            int n = 1;
            while (Files.exists(backup = dir.resolve("repair-backup-" + n))) {
                n++;
            }
            Files.createDirectories(backup);
            List<String> actions = new ArrayList<>();
            Map<Path, Set<Long>> bad = new LinkedHashMap<>();
            for (JournalProblem p : scan.problems) {
                bad.computeIfAbsent(p.segment(), k -> new java.util.HashSet<>()).add(p.offset());
                actions.add("dropped " + p);
            }
            for (Map.Entry<Path, Set<Long>> e : bad.entrySet()) {
                Path seg = e.getKey();
                Files.copy(seg, backup.resolve(seg.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                Path tmp = dir.resolve(seg.getFileName() + ".repair.tmp");
                long kept = 0;
                try (JournalIo.WritableFile out = io.open(tmp);
                        Segments.Reader in = new Segments.Reader(seg)) {
                    out.truncate(0);
                    long pos = 0;
                    for (Segments.Line line; (line = in.next()) != null; ) {
                        if (e.getValue().contains(line.offset())) {
                            continue;
                        }
                        ByteBuffer b = ByteBuffer.allocate(line.length() + 1);
                        b.put(in.lastBytes(), 0, line.length()).put((byte) '\n').flip();
                        out.write(b, pos);
                        pos += line.length() + 1;
                        kept++;
                    }
                    out.force();
                }
                Files.move(tmp, seg, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                io.syncDirectory(dir);
                actions.add("rewrote " + seg + " with its " + kept + " intact entries; original saved as "
                        + backup.resolve(seg.getFileName()));
            }
            Scan after = Scan.of(dir);
            if (!after.problems.isEmpty()) {
                throw new IOException("repair of " + dir + " left problems: "
                        + after.problems.stream().map(Object::toString).collect(Collectors.joining("; ")));
            }
            actions.add("journal now holds " + after.entries + " intact entries up to sequence " + after.lastSequence);
            return new RepairResult(scan.problems, backup, actions);
        }
    }

    private static void requireDirectory(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        if (!Files.exists(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no such journal directory");
        }
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
    }

    /** The lock file that keeps a second process (or a second open in this one) out. */
    private static final class DirLock implements Closeable {
        private final FileChannel channel;
        private final FileLock lock;

        private DirLock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        static DirLock acquire(Path dir) throws IOException {
            FileChannel ch =
                    FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
            if (l == null) {
                ch.close();
                throw new JournalInUseException(dir);
            }
            return new DirLock(ch, l);
        }

        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
