package io.pecflow.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when told to; sandbox and monotonic time advance together. */
final class ManualClock implements SandboxClock {

    private final Instant start;
    private final AtomicLong elapsedNanos = new AtomicLong();

    ManualClock(Instant start) {
        this.start = Objects.requireNonNull(start, "start");
    }

    @Override
    public Instant now() {
        return start.plusNanos(elapsedNanos.get());
    }

    @Override
    public long monotonicNanos() {
        return elapsedNanos.get();
    }

    @Override
    public void advance(Duration amount) {
        elapsedNanos.addAndGet(checkedNanos(amount));
    }

    static long checkedNanos(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("the sandbox clock only moves forward, was " + amount);
        }
        return amount.toNanos();
    }

    @Override
    public String toString() {
        return "ManualClock[now=" + now() + "]";
    }
}
