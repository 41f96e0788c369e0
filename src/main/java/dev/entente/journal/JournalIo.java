package dev.entente.journal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The file operations the journal writes through; tests replace it to inject I/O errors. */
interface JournalIo {

    /** Opens (creating if absent) a file for reading and writing. */
    WritableFile open(Path file) throws IOException;

    /** Forces a directory's entries (created, renamed, deleted files) to the device. */
    void syncDirectory(Path dir) throws IOException;

    /** A file the journal writes at explicit positions. */
    interface WritableFile extends Closeable {
        long size() throws IOException;

        /** Writes all of {@code src} at {@code position}. */
        void write(ByteBuffer src, long position) throws IOException;

        void force() throws IOException;

        void truncate(long size) throws IOException;
    }

    /** The real file system. */
    JournalIo STANDARD = new JournalIo() {
        @Override
        public WritableFile open(Path file) throws IOException {
            FileChannel ch = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            return new WritableFile() {
                @Override
                public long size() throws IOException {
                    return ch.size();
                }

                @Override
                public void write(ByteBuffer src, long position) throws IOException {
                    long p = position;
                    while (src.hasRemaining()) {
                        p += ch.write(src, p);
                    }
                }

                @Override
                public void force() throws IOException {
                    ch.force(false);
                }

                @Override
                public void truncate(long size) throws IOException {
                    ch.truncate(size);
                }

                @Override
                public void close() throws IOException {
                    ch.close();
                }
            };
        }

        @Override
        public void syncDirectory(Path dir) throws IOException {
            if (System.getProperty("os.name", "").startsWith("Windows")) {
                return;
            }
            try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
                ch.force(true);
            }
        }
    };
}
