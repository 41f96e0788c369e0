package dev.entente.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.testkit.KilledChild;
import java.nio.file.Path;
import java.time.Duration;
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
 * Kills a writing child JVM with SIGKILL at random moments and checks that reopening yields every
 * acknowledged entry, intact, and no half-written one.
 */
class JournalCrashTest {
    private static final Pattern ACK = Pattern.compile("ack (\\d+) (\\S+) end");

    @TempDir
    Path dir;

    @Test
    void sigkillAtRandomMoments_fiveRounds_loseNothingAcknowledged() throws Exception {
        crashRounds(5, new Random(20260123));
    }

    @Test
    @Tag("slow")
    void sigkillAtRandomMoments_fiftyRounds_loseNothingAcknowledged() throws Exception {
        crashRounds(50, new Random());
    }

    private void crashRounds(int rounds, Random random) throws Exception {
        Map<Long, String> acknowledged = new HashMap<>();
        int cutTails = 0;
        for (int round = 0; round < rounds; round++) {
            String policy = round % 2 == 0 ? "every-entry" : "batched";
            List<String> acks = runAndKill(policy, "k" + round, random.nextInt(250));
            assertThat(acks).as("round %d acknowledged something", round).isNotEmpty();
            for (String line : acks) {
                Matcher m = ACK.matcher(line);
                if (m.matches()) {
                    assertThat(acknowledged.put(Long.parseLong(m.group(1)), m.group(2)))
                            .as("sequence %s acknowledged twice", m.group(1))
                            .isNull();
                }
            }
            try (Journal j = Journal.open(dir, JournalOptions.defaults())) {
                cutTails += j.warnings().size();
                List<Entry> entries = JournalTestSupport.readAll(j);
                for (int i = 0; i < entries.size(); i++) {
                    Entry e = entries.get(i);
                    assertThat(e.sequence()).isEqualTo(i + 1L);
                    assertThat(e.payload())
                            .as("entry %d is whole", e.sequence())
                            .isEqualTo(JournalCrashChild.payload(e.key()));
                }
                Map<Long, String> replayed = new HashMap<>();
                entries.forEach(e -> replayed.put(e.sequence(), e.key()));
                assertThat(replayed).as("after round %d (%s)", round, policy).containsAllEntriesOf(acknowledged);
            }
            assertThat(Journal.verify(dir)).isEmpty();
        }
        System.err.printf(
                "JournalCrashTest: %d rounds, %d entries acknowledged, %d torn tails cut%n",
                rounds, acknowledged.size(), cutTails);
    }

    private List<String> runAndKill(String policy, String prefix, int killAfterMillis) throws Exception {
        return KilledChild.runAndKill(
                JournalCrashChild.class, Duration.ofSeconds(30), killAfterMillis, dir.toString(), policy, prefix);
    }
}
