package io.pecflow.sandbox;

import java.time.Duration;
import java.time.Instant;

/**
 * The one clock of the sandbox. It keeps two times apart:
 * <ul>
 *   <li>{@link #now()}: the <em>sandbox</em> wall time, which stamps message codes, receipt dates and
 *       quota days; it may run faster than real time ({@code timeScale}) and can be moved forward by hand;</li>
 *   <li>{@link #monotonicNanos()}: monotonic time in nanoseconds for short real intervals (the
 *       one-request-a-second rate check and outage windows).</li>
 * </ul>
 * Implementations are thread-safe. {@link #scaled(double)} is the running clock used by default;
 * {@link #manual(Instant)} is driven by hand only, so a test decides exactly when anything happens.
 */
public interface SandboxClock {

    /** @return the current sandbox time */
    Instant now();

    /** @return monotonic time in nanoseconds; only differences between two readings mean anything */
    long monotonicNanos();

    /**
     * Moves the sandbox time forward. On a manual clock the monotonic time moves by the same amount;
     * on a scaled clock the monotonic time stays real.
     *
     * @param amount a non-negative duration of sandbox time
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    void advance(Duration amount);

    /**
     * A running clock that starts at the real current time and lets {@code timeScale} sandbox seconds
     * pass per real second.
     *
     * @param timeScale sandbox seconds per real second, greater than zero
     * @return a new clock
     */
    static SandboxClock scaled(double timeScale) {
        return scaled(Instant.now(), timeScale);
    }

    /**
     * A running clock that starts at {@code start}.
     *
     * @param start     the sandbox time right now
     * @param timeScale sandbox seconds per real second, greater than zero
     * @return a new clock
     */
    static SandboxClock scaled(Instant start, double timeScale) {
        return new ScaledClock(start, timeScale, System::nanoTime);
    }

    /**
     * A clock that stands still until {@link #advance(Duration)} is called; sandbox and monotonic time
     * move together.
     *
     * @param start the initial sandbox time
     * @return a new clock
     */
    static SandboxClock manual(Instant start) {
        return new ManualClock(start);
    }
}
