package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxFaultsTest {

    final SandboxClock clock = SandboxClock.manual(Instant.EPOCH);

    @Test
    void shouldFailExactlyTheNextNSends() {
        SandboxFaults faults = new SandboxFaults(clock, 1);
        faults.failNext(2);

        assertThat(List.of(faults.failSend(), faults.failSend(), faults.failSend())).containsExactly(true, true, false);
    }

    @Test
    void shouldLoseExactlyTheNextNResponses() {
        SandboxFaults faults = new SandboxFaults(clock, 1);
        faults.loseNextResponses(1);

        assertThat(List.of(faults.loseResponse(), faults.loseResponse())).containsExactly(true, false);
    }

    @Test
    void shouldRepeatItsRandomChoicesForTheSameSeed() {
        assertThat(draws(42)).isEqualTo(draws(42)).isNotEqualTo(draws(43));
    }

    private List<Boolean> draws(long seed) {
        SandboxFaults faults = new SandboxFaults(clock, seed);
        faults.errorRate(0.5);
        List<Boolean> result = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            result.add(faults.failCall());
        }
        return result;
    }

    @Test
    void shouldOpenAndCloseAnOutageWindowOnMonotonicTime() {
        SandboxFaults faults = new SandboxFaults(clock, 1);
        faults.outageWindow(Duration.ofSeconds(10), Duration.ofSeconds(5));

        assertThat(faults.inOutage()).isFalse();
        clock.advance(Duration.ofSeconds(10));
        assertThat(faults.inOutage()).isTrue();
        assertThat(faults.settings().outageRemaining()).isEqualTo(Duration.ofSeconds(5));
        clock.advance(Duration.ofSeconds(5));
        assertThat(faults.inOutage()).isFalse();
    }

    @Test
    void shouldMatchUnauthorizedMailboxesCaseInsensitively() {
        SandboxFaults faults = new SandboxFaults(clock, 1);
        faults.unauthorized("Mario@PecMassiva.com", true);

        assertThat(faults.isUnauthorized("mario@pecmassiva.com")).isTrue();
        faults.unauthorized("mario@pecmassiva.com", false);
        assertThat(faults.isUnauthorized("mario@pecmassiva.com")).isFalse();
    }

    @Test
    void shouldRejectOutOfRangeSettings() {
        SandboxFaults faults = new SandboxFaults(clock, 1);

        assertThatThrownBy(() -> faults.errorRate(1.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.failNext(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.latency(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
