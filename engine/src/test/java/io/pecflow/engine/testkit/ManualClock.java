package io.pecflow.engine.testkit;

import io.pecflow.engine.clock.EngineClock;
import java.time.Duration;
import java.time.Instant;

/** A clock tests move by hand; wall and monotonic time move together. */
public final class ManualClock implements EngineClock {

    private Instant now;
    private long nanos = 1_000_000_000L;

    public ManualClock(Instant start) {
        this.now = start;
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
        nanos += duration.toNanos();
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }
}
