package dev.entente.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JournalOptionsTest {
    @Test
    void defaults_forceEveryEntry_with64MiBSegments() {
        assertThat(JournalOptions.defaults().sync()).isEqualTo(SyncPolicy.EVERY_ENTRY);
        assertThat(JournalOptions.defaults().segmentBytes()).isEqualTo(64L * 1024 * 1024);
    }

    @Test
    void withers_changeOnlyTheirPart() {
        JournalOptions o =
                JournalOptions.defaults().withSegmentBytes(4096).withSync(SyncPolicy.batched(Duration.ofMillis(5)));
        assertThat(o).isEqualTo(new JournalOptions(SyncPolicy.batched(Duration.ofMillis(5)), 4096));
    }

    @Test
    void nonPositiveSegmentSize_orNullPolicy_isRejected() {
        assertThatThrownBy(() -> JournalOptions.defaults().withSegmentBytes(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JournalOptions(null, 10)).isInstanceOf(NullPointerException.class);
    }
}
