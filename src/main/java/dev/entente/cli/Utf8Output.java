package dev.entente.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as UTF-8 text, with the byte stream under it for a command that encodes its
 * output itself (the timeline document is serialized to UTF-8 in parallel, not encoded by one
 * writer). Flushes on {@code println}, as {@code new PrintWriter(System.out, true)} does.
 */
final class Utf8Output extends PrintWriter {
    private final OutputStream bytes;

    Utf8Output(OutputStream bytes) {
        super(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)), true);
        this.bytes = bytes;
    }

    /** Returns the byte stream under this writer, once the text written so far has been flushed to it. */
    OutputStream bytes() {
        flush();
        return bytes;
    }
}
