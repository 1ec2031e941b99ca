package io.pecflow.engine.dispatch;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with jitter, bounded in attempts.
 *
 * @param maxAttempts  attempts in all (the first included) before a retryable failure becomes final
 * @param initialDelay the wait after the first failure
 * @param maxDelay     the longest wait
 * @param multiplier   how much each wait grows
 * @param jitter       the share of each wait drawn at random (0 to 1), so retries of many sends spread out
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier, double jitter) {

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay, not " + initialDelay + " and " + maxDelay);
        }
        if (multiplier < 1 || jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("need multiplier >= 1 and 0 <= jitter <= 1");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(6, Duration.ofSeconds(2), Duration.ofMinutes(5), 2.0, 0.5);
    }

    /** @return the wait before attempt {@code failedAttempt + 1} */
    public Duration delayAfter(int failedAttempt, RandomGenerator random) {
        double base = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempt - 1));
        double capped = Math.min(base, maxDelay.toMillis());
        double jittered = capped * (1 - jitter) + capped * jitter * random.nextDouble();
        return Duration.ofMillis(Math.round(jittered));
    }
}
