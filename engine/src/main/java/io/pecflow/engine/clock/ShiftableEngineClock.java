package io.pecflow.engine.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The system's clocks moved forward by an offset that can grow at run time: for the demo and
 * tests, which move the engine past midnight together with the sandbox. Both wall and monotonic
 * time move by the same amount, so pacing stays consistent. Thread-safe.
 */
public final class ShiftableEngineClock implements EngineClock {

    private final EngineClock base;
    private final AtomicLong offsetNanos = new AtomicLong();

    public ShiftableEngineClock(EngineClock base) {
        this.base = base;
    }

    /** Moves this clock forward. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time only moves forward, not by " + duration);
        }
        offsetNanos.addAndGet(duration.toNanos());
    }

    @Override
    public Instant now() {
        return base.now().plusNanos(offsetNanos.get());
    }

    @Override
    public long nanoTime() {
        return base.nanoTime() + offsetNanos.get();
    }
}
