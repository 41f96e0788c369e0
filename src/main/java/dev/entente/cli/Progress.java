package dev.entente.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The progress line of a long run on standard error (spec/cli.md: long runs show progress on
 * standard error when it is a terminal and stay silent when it is not): the phase, what it has
 * counted so far and the time since the run began, rewritten in place about four times a second
 * once the run has taken {@link #DELAY_NANOS} (a short run shows nothing). Lines the command
 * prints meanwhile (problems, warnings) go through {@link #println}, which clears the progress
 * line first, so no message is ever mixed with it; {@link #close} clears it for good.
 *
 * <p>Whether standard error is a terminal is known to {@code bin/entente}, not to Java: the
 * launcher passes {@code -Dentente.progress=true} when it is ({@link #forStandardError}). Thread
 * safe: the phase and count may be set from any thread.
 */
final class Progress implements AutoCloseable {
    /** The system property that turns the progress line on. */
    static final String PROPERTY = "entente.progress";

    /** How long a run goes before the line first appears. */
    static final long DELAY_NANOS = TimeUnit.SECONDS.toNanos(2);

    private static final long TICK_MILLIS = 250;
    private static final String CLEAR = "\r\033[K";

    private final PrintWriter err;
    private final boolean enabled;
    private final LongSupplier nanoTime;
    private final long start;
    private volatile Phase phase = new Phase("", "");
    private volatile long count = -1;
    private boolean shown;
    private Thread ticker;

    Progress(PrintWriter err, boolean enabled, LongSupplier nanoTime) {
        this.err = err;
        this.enabled = enabled;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /**
     * Returns the progress line of this process's standard error, drawn by a daemon thread when
     * {@code bin/entente} said standard error is a terminal, silent otherwise.
     */
    static Progress forStandardError(PrintWriter err) {
        Progress p = new Progress(err, Boolean.getBoolean(PROPERTY), System::nanoTime);
        if (p.enabled) {
            p.ticker = new Thread(p::tickUntilClosed, "entente-progress");
            p.ticker.setDaemon(true);
            p.ticker.start();
        }
        return p;
    }

    /** Starts a phase that counts nothing, such as {@code reconciling 398,507 reports}. */
    void phase(String what) {
        phase(what, "");
    }

    /** Starts a phase that counts {@code unit}s, such as {@code reading} reports. */
    void phase(String what, String unit) {
        this.count = unit.isEmpty() ? -1 : 0;
        this.phase = new Phase(what, unit);
    }

    /** What a phase is called and what it counts (empty when it counts nothing). */
    private record Phase(String what, String unit) {}

    /** Sets how many of the phase's units are done. */
    void count(long n) {
        this.count = n;
    }

    /** Prints a line of the command's own on standard error, below no progress line. */
    synchronized void println(Object line) {
        if (shown) {
            err.print(CLEAR);
            shown = false;
        }
        err.println(line);
    }

    /** Redraws the line if the run has gone on long enough; what the ticker calls. */
    synchronized void tick() {
        if (!enabled) {
            return;
        }
        long elapsed = nanoTime.getAsLong() - start;
        Phase p = phase;
        if (elapsed < DELAY_NANOS || p.what().isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder(CLEAR).append("entente: ").append(p.what());
        long n = count;
        if (!p.unit().isEmpty() && n >= 0) {
            line.append(": ")
                    .append(String.format(Locale.ROOT, "%,d", n))
                    .append(' ')
                    .append(p.unit());
        }
        line.append(" (").append(TimeUnit.NANOSECONDS.toSeconds(elapsed)).append(" s)");
        err.print(line);
        err.flush();
        shown = true;
    }

    /** Stops drawing and clears the line, so that the terminal shows only the command's own output. */
    @Override
    public void close() {
        Thread t = ticker;
        if (t != null) {
            t.interrupt();
            try {
                t.join(TimeUnit.SECONDS.toMillis(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            if (shown) {
                err.print(CLEAR);
                err.flush();
                shown = false;
            }
        }
    }

    private void tickUntilClosed() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(TICK_MILLIS);
                tick();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
