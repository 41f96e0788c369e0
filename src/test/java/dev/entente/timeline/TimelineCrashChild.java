package dev.entente.timeline;

import dev.entente.journal.JournalOptions;
import dev.entente.journal.SyncPolicy;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The process {@link TimelineServiceCrashTest} kills: opens a {@link TimelineService} on a journal and
 * ingests generated reports from three threads until killed, printing {@code ack <id> <version> end}
 * once {@code ingest} has returned. A quarter of the reports get a second, later version; thread 0
 * writes a snapshot every 150 reports.
 *
 * <p>Arguments: journal directory, {@code every-entry} or {@code batched}, an id prefix.
 */
public final class TimelineCrashChild {
    private TimelineCrashChild() {}

    /**
     * Ingests until killed.
     *
     * @param args directory, policy, id prefix
     * @throws Exception on any failure (the parent then sees no acknowledgements)
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        SyncPolicy sync =
                args[1].equals("batched") ? SyncPolicy.batched(Duration.ofMillis(10)) : SyncPolicy.EVERY_ENTRY;
        String prefix = args[2];
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, "UTF-8");
        TimelineService service = TimelineService.open(dir, new JournalOptions(sync, 256 * 1024));
        Thread[] threads = new Thread[3];
        for (int t = 0; t < threads.length; t++) {
            int thread = t;
            threads[t] = new Thread(() -> {
                try {
                    for (int i = 0; ; i++) {
                        long n = thread * 1_000_000L + i;
                        int versions = n % 4 == 0 ? 2 : 1;
                        for (int v = 0; v < versions; v++) {
                            service.ingest(GeneratedReports.raw(prefix, n, v));
                            synchronized (out) {
                                out.print("ack " + prefix + "-" + n + " " + v + " end\n");
                                out.flush();
                            }
                        }
                        if (thread == 0 && i % 150 == 149) {
                            service.snapshot();
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
