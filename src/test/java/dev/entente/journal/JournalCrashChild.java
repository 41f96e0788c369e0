package dev.entente.journal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The process {@link JournalCrashTest} kills: appends from three threads until killed and prints
 * {@code ack <seq> <key> end} for each entry once {@code append} has returned.
 *
 * <p>Arguments: journal directory, {@code every-entry} or {@code batched}, a key prefix. Writes go
 * to the file in pieces of at most 64 bytes, one system call each, so that a kill can land in the
 * middle of an entry as a power loss or a short write would leave it.
 */
public final class JournalCrashChild {
    private JournalCrashChild() {}

    /** The payload written for {@code key}: long enough now and then to cross pages and segments. */
    static String payload(String key) {
        String base = JournalTestSupport.payloadFor(key);
        return (key.hashCode() & 7) == 0 ? base + " ".repeat(6000) + "{}" : base;
    }

    /**
     * Appends until killed.
     *
     * @param args directory, policy, key prefix
     * @throws Exception on any failure (the parent then sees no acknowledgements)
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        SyncPolicy sync =
                args[1].equals("batched") ? SyncPolicy.batched(Duration.ofMillis(10)) : SyncPolicy.EVERY_ENTRY;
        String prefix = args[2];
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, "UTF-8");
        FaultyIo smallWrites = new FaultyIo();
        smallWrites.writePieceBytes = 64;
        Journal journal = Journal.open(dir, new JournalOptions(sync, 64 * 1024), smallWrites);
        Thread[] threads = new Thread[3];
        for (int t = 0; t < threads.length; t++) {
            int thread = t;
            threads[t] = new Thread(() -> {
                try {
                    for (int i = 0; ; i++) {
                        String key = prefix + "-" + thread + "-" + i;
                        long seq = journal.append(key, payload(key));
                        synchronized (out) {
                            out.print("ack " + seq + " " + key + " end\n");
                            out.flush();
                        }
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                    System.exit(1);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
