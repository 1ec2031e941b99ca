package io.pecflow.adapter.trovapec;

import java.time.Duration;

/**
 * Monotonic time and waiting, for {@link TrovaPecClient#lookup}: tests swap in one that moves
 * time by hand instead of sleeping. Implementations must be thread-safe.
 */
public interface PollingClock {

    /** @return monotonic time in nanoseconds, meaningful only as a difference */
    long nanoTime();

    /** Waits this long (or returns at once for zero). */
    void sleep(Duration duration) throws InterruptedException;

    /** @return {@link System#nanoTime()} and {@link Thread#sleep(Duration)} */
    static PollingClock system() {
        return SystemPollingClock.INSTANCE;
    }
}

