package dev.entente.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Runs a child JVM on the test class path and kills it with SIGKILL: what the crash tests share. */
public final class KilledChild {
    private KilledChild() {}

    /**
     * Starts {@code main} with {@code args}, waits for its first line on standard output (at most
     * {@code firstLine}), lets it run {@code killAfterMillis} more, kills it forcibly and returns
     * every line it printed. Fails the test when it printed nothing (with its standard error).
     */
    public static List<String> runAndKill(Class<?> main, Duration firstLine, int killAfterMillis, String... args)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile(main.getSimpleName(), ".log");
        List<String> command = new ArrayList<>(
                List.of(java, "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectError(log.toFile()).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Object firstAck = new Object();
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                    synchronized (firstAck) {
                        firstAck.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
        });
        reader.start();
        long deadline = System.nanoTime() + firstLine.toNanos();
        synchronized (firstAck) {
            while (lines.isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
                firstAck.wait(50);
            }
        }
        Thread.sleep(killAfterMillis);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(30_000);
        assertThat(lines)
                .as("child output; its stderr: %s", Files.readString(log))
                .isNotEmpty();
        Files.deleteIfExists(log);
        return new ArrayList<>(lines);
    }
}
