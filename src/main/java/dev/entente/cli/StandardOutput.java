package dev.entente.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A standard stream as UTF-8 text (whatever the platform's default charset) that remembers why
 * writing to it failed: a {@link PrintWriter} only sets a flag, and {@code System.out} swallows the
 * error itself, so a full disk or a closed pipe would otherwise go unnoticed. Flushes on {@code
 * println}.
 */
final class StandardOutput extends PrintWriter {
    private final Recorder recorder;

    private StandardOutput(Recorder recorder) {
        super(new BufferedWriter(new OutputStreamWriter(recorder, StandardCharsets.UTF_8)), true);
        this.recorder = recorder;
    }

    /** Returns UTF-8 text written to {@code out}, which this writer owns from now on. */
    static StandardOutput of(OutputStream out) {
        return new StandardOutput(new Recorder(out));
    }

    /** Returns why writing first failed, or null while it has not. */
    IOException failure() {
        return recorder.failure;
    }

    /** Passes bytes through and keeps the first exception it sees. */
    private static final class Recorder extends FilterOutputStream {
        private volatile IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                record(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                record(e);
                throw e;
            }
        }

        private void record(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
