package io.pecflow.engine.clock;

import io.github.bucket4j.TimeMeter;

/** Gives Bucket4j the engine's monotonic time, so buckets move with a test's hand-driven clock. */
public final class BucketTimeMeter implements TimeMeter {

    private final EngineClock clock;

    public BucketTimeMeter(EngineClock clock) {
        this.clock = clock;
    }

    @Override
    public long currentTimeNanos() {
        return clock.nanoTime();
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }
}
