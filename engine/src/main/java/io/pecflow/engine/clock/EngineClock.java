package io.pecflow.engine.clock;

import java.time.Instant;

/**
 * The engine's one source of time. Wall time ({@link #now()}) stamps events and decides calendar
 * matters (quota days, {@code notBefore}, {@code expiresAt}); monotonic time ({@link #nanoTime()})
 * measures intervals (pacing, back-off). Domain code never asks the system for either itself, so
 * tests can move time by hand. Implementations are thread-safe.
 */
public interface EngineClock {

    /** @return the current wall-clock instant */
    Instant now();

    /** @return a monotonic reading in nanoseconds, meaningful only as a difference between readings */
    long nanoTime();

    /** The system's clocks. */
    static EngineClock system() {
        return SystemEngineClock.INSTANCE;
    }
}
