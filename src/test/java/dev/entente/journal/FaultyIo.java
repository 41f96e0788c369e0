package dev.entente.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link JournalIo} over the real file system that fails on request, as a full or broken disk does. */
final class FaultyIo implements JournalIo {
    /** When set, the next write stores only this many bytes and then fails with "No space left on device". */
    volatile int diskFullAfterBytes = -1;
    /** Number of coming writes that fail outright (before writing anything). */
    final AtomicInteger failWrites = new AtomicInteger();
    /** Number of coming forces that fail. */
    final AtomicInteger failForces = new AtomicInteger();
    /** Number of coming truncates that fail. */
    final AtomicInteger failTruncates = new AtomicInteger();
    /** Number of coming directory syncs that fail. */
    final AtomicInteger failDirectorySyncs = new AtomicInteger();
    /** When positive, every write is split into system calls of at most this many bytes. */
    volatile int writePieceBytes;
    /** Forces performed. */
    final AtomicInteger forces = new AtomicInteger();

    @Override
    public WritableFile open(Path file) throws IOException {
        WritableFile real = JournalIo.STANDARD.open(file);
        return new WritableFile() {
            @Override
            public long size() throws IOException {
                return real.size();
            }

            @Override
            public void write(ByteBuffer src, long position) throws IOException {
                if (failWrites.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new IOException("Input/output error (injected)");
                }
                int limit = diskFullAfterBytes;
                if (limit >= 0 && src.remaining() > limit) {
                    diskFullAfterBytes = -1;
                    ByteBuffer part = src.duplicate();
                    part.limit(part.position() + limit);
                    real.write(part, position);
                    throw new IOException("No space left on device (injected)");
                }
                int piece = writePieceBytes;
                if (piece <= 0) {
                    real.write(src, position);
                    return;
                }
                long p = position;
                while (src.hasRemaining()) {
                    ByteBuffer part = src.slice();
                    part.limit(Math.min(piece, part.remaining()));
                    int n = part.remaining();
                    real.write(part, p);
                    src.position(src.position() + n);
                    p += n;
                }
            }

            @Override
            public void force() throws IOException {
                if (failForces.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new IOException("Input/output error during fsync (injected)");
                }
                forces.incrementAndGet();
                real.force();
            }

            @Override
            public void truncate(long size) throws IOException {
                if (failTruncates.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new IOException("Input/output error during truncate (injected)");
                }
                real.truncate(size);
            }

            @Override
            public void close() throws IOException {
                real.close();
            }
        };
    }

    @Override
    public void syncDirectory(Path dir) throws IOException {
        if (failDirectorySyncs.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IOException("Input/output error syncing directory (injected)");
        }
        JournalIo.STANDARD.syncDirectory(dir);
    }
}
