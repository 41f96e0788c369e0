package dev.entente.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.json.TimelineWriter;
import dev.entente.model.Report;
import dev.entente.reconcile.Reconciler;
import dev.entente.testkit.KilledChild;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM ingesting into a durable {@link TimelineService} with SIGKILL at random moments;
 * after each kill, reopening must hold every acknowledged report (in its acknowledged version or a
 * later one), nothing else that is not whole, and a timeline equal to reconciling those reports.
 */
class TimelineServiceCrashTest {
    private static final Pattern ACK = Pattern.compile("ack (\\S+)-(\\d+) (\\d+) end");

    @TempDir
    Path dir;

    @Test
    void sigkillAtRandomMoments_fiveRounds_loseNothingAcknowledged() throws Exception {
        crashRounds(5, new Random(20261123));
    }

    /** Fifty rounds, a fresh journal every ten so that the checks stay affordable. */
    @Test
    @Tag("slow")
    void sigkillAtRandomMoments_fiftyRounds_loseNothingAcknowledged() throws Exception {
        crashRounds(50, new Random());
    }

    private record Version(String prefix, long n, int version) {
        Report report() {
            return GeneratedReports.report(prefix, n, version);
        }
    }

    private void crashRounds(int rounds, Random random) throws Exception {
        Map<String, Version> acknowledged = new HashMap<>();
        Path dir = this.dir;
        for (int round = 0; round < rounds; round++) {
            if (round % 10 == 0) {
                dir = this.dir.resolve("journal-" + round / 10);
                acknowledged.clear();
            }
            String policy = round % 2 == 0 ? "every-entry" : "batched";
            List<String> acks = runAndKill(dir, policy, "k" + round, 100 + random.nextInt(600));
            assertThat(acks).as("round %d acknowledged something", round).isNotEmpty();
            for (String line : acks) {
                Matcher m = ACK.matcher(line);
                if (m.matches()) {
                    Version v = new Version(m.group(1), Long.parseLong(m.group(2)), Integer.parseInt(m.group(3)));
                    acknowledged.merge(m.group(1) + "-" + m.group(2), v, (a, b) -> a.version() >= b.version() ? a : b);
                }
            }
            try (TimelineService s = TimelineService.open(dir)) {
                Map<String, Report> held = new HashMap<>();
                s.reports().forEach(r -> held.put(r.id(), r));
                List<Report> expected = new ArrayList<>();
                for (Report r : held.values()) {
                    Matcher m = Pattern.compile("(\\S+)-(\\d+)").matcher(r.id());
                    assertThat(m.matches()).isTrue();
                    Version ack = acknowledged.get(r.id());
                    int from = ack == null ? 0 : ack.version();
                    Report whole = null;
                    for (int v = from; v <= 1 && whole == null; v++) {
                        Report candidate = new Version(m.group(1), Long.parseLong(m.group(2)), v).report();
                        if (candidate.equals(r)) {
                            whole = candidate;
                        }
                    }
                    assertThat(whole)
                            .as(
                                    "round %d: report %s is a whole version at or after the acknowledged one",
                                    round, r.id())
                            .isNotNull();
                    expected.add(whole);
                }
                assertThat(held.keySet())
                        .as("after round %d (%s)", round, policy)
                        .containsAll(acknowledged.keySet());
                assertThat(TimelineWriter.pretty().write(s.timeline()))
                        .isEqualTo(TimelineWriter.pretty()
                                .write(Reconciler.standard().reconcile(expected)));
            }
        }
    }

    private static List<String> runAndKill(Path dir, String policy, String prefix, int killAfterMillis)
            throws Exception {
        return KilledChild.runAndKill(
                TimelineCrashChild.class, Duration.ofSeconds(60), killAfterMillis, dir.toString(), policy, prefix);
    }
}
