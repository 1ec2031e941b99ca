package io.pecflow.engine.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The system's clocks moved forward by an offset that can grow at run time: for the demo and
 * tests, which move the engine past midnight together with the sandbox. {@link #advance} moves wall
 * and monotonic time by the same amount, so pacing stays consistent; {@link #advanceWall} moves
 * wall time alone (days pass for receipts and quotas while sends keep their real pace, as the
 * sandbox's own clock does). Thread-safe.
 */
public final class ShiftableEngineClock implements EngineClock {

    private final EngineClock base;
    private final AtomicLong offsetNanos = new AtomicLong();
    private final AtomicLong wallOffsetNanos = new AtomicLong();

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

    /** Moves wall time alone forward. */
    public void advanceWall(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time only moves forward, not by " + duration);
        }
        wallOffsetNanos.addAndGet(duration.toNanos());
    }

    @Override
    public Instant now() {
        return base.now().plusNanos(offsetNanos.get() + wallOffsetNanos.get());
    }

    @Override
    public long nanoTime() {
        return base.nanoTime() + offsetNanos.get();
    }
}
