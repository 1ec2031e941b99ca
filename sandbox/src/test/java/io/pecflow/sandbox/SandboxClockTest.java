package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SandboxClockTest {

    static final Instant START = Instant.parse("2020-08-26T08:00:34Z");

    @Test
    void shouldStandStillUntilAdvancedWhenManual() {
        SandboxClock clock = SandboxClock.manual(START);

        clock.advance(Duration.ofMinutes(90));

        assertThat(clock.now()).isEqualTo(START.plus(Duration.ofMinutes(90)));
        assertThat(clock.monotonicNanos()).isEqualTo(Duration.ofMinutes(90).toNanos());
    }

    @Test
    void shouldRunTimeScaleTimesFasterThanRealTimeAndAddManualAdvances() {
        AtomicLong realNanos = new AtomicLong(1_000);
        ScaledClock clock = new ScaledClock(START, 3600, realNanos::get);

        realNanos.addAndGet(Duration.ofSeconds(1).toNanos());
        clock.advance(Duration.ofMinutes(5));

        assertThat(clock.now()).isEqualTo(START.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(5)));
        assertThat(clock.monotonicNanos()).isEqualTo(1_000 + Duration.ofSeconds(1).toNanos()); // stays real
    }

    @Test
    void shouldOnlyMoveForward() {
        assertThatThrownBy(() -> SandboxClock.manual(START).advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxClock.scaled(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
