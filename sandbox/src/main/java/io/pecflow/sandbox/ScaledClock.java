package io.pecflow.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Sandbox time = start + timeScale x real elapsed time + manual advances. */
final class ScaledClock implements SandboxClock {

    private final Instant start;
    private final double timeScale;
    private final LongSupplier nanoSource;
    private final long startNanos;
    private final AtomicLong advancedNanos = new AtomicLong();

    ScaledClock(Instant start, double timeScale, LongSupplier nanoSource) {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("timeScale must be a positive number, was " + timeScale);
        }
        this.start = Objects.requireNonNull(start, "start");
        this.timeScale = timeScale;
        this.nanoSource = nanoSource;
        this.startNanos = nanoSource.getAsLong();
    }

    @Override
    public Instant now() {
        long realElapsed = nanoSource.getAsLong() - startNanos;
        long scaled = timeScale == 1.0 ? realElapsed : (long) (realElapsed * timeScale);
        return start.plusNanos(scaled).plusNanos(advancedNanos.get());
    }

    @Override
    public long monotonicNanos() {
        return nanoSource.getAsLong();
    }

    @Override
    public void advance(Duration amount) {
        advancedNanos.addAndGet(ManualClock.checkedNanos(amount));
    }

    @Override
    public String toString() {
        return "ScaledClock[x" + timeScale + ", now=" + now() + "]";
    }
}
