package dev.entente.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SyncPolicyTest {
    @Test
    void everyEntry_forcesEachEntry_andHasNoWindow() {
        assertThat(SyncPolicy.EVERY_ENTRY.forcesEveryEntry()).isTrue();
        assertThat(SyncPolicy.EVERY_ENTRY.window()).isEmpty();
    }

    @Test
    void batched_keepsItsWindow_andEqualsSameWindow() {
        SyncPolicy p = SyncPolicy.batched(Duration.ofMillis(20));
        assertThat(p.forcesEveryEntry()).isFalse();
        assertThat(p.window()).contains(Duration.ofMillis(20));
        assertThat(p).isEqualTo(SyncPolicy.batched(Duration.ofMillis(20))).isNotEqualTo(SyncPolicy.EVERY_ENTRY);
    }

    @Test
    void batched_zeroOrNegativeWindow_isRejected() {
        assertThatThrownBy(() -> SyncPolicy.batched(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyncPolicy.batched(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
