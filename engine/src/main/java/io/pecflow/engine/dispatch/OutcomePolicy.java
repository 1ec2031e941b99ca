package io.pecflow.engine.dispatch;

import io.pecflow.adapter.massiva.SendOutcome;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The one classifier of send outcomes: which are final, which are retried with back-off, which
 * suspend the mailbox, and which must never be resent blindly. Thread-safe if its random
 * generator is.
 */
public final class OutcomePolicy {

    /** What to do with a send that may have gone out without an answer. */
    public enum AmbiguousPolicy {
        /** Leave it AMBIGUOUS for a person (and the receipt poller's evidence). */
        PARK,
        /** Send it again, accepting a possible duplicate. */
        RESEND
    }

    private final RetryPolicy retry;
    private final AmbiguousPolicy ambiguousPolicy;
    private final RandomGenerator random;

    public OutcomePolicy(RetryPolicy retry, AmbiguousPolicy ambiguousPolicy, RandomGenerator random) {
        this.retry = Objects.requireNonNull(retry, "retry");
        this.ambiguousPolicy = Objects.requireNonNull(ambiguousPolicy, "ambiguousPolicy");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** @return whether sends left without answer are sent again */
    public boolean resendsAmbiguous() {
        return ambiguousPolicy == AmbiguousPolicy.RESEND;
    }

    /** @param attempt the attempt that gave this outcome, from 1 */
    public Decision decide(SendOutcome outcome, int attempt) {
        return switch (outcome) {
            case SendOutcome.Sent sent -> new Decision.Submitted(sent.code().value());
            case SendOutcome.Rejected rejected -> new Decision.Fail(
                    "the provider refused the message (" + rejected.status() + "): " + rejected.message());
            case SendOutcome.Unauthorized unauthorized -> new Decision.Suspend(
                    "the provider refused the mailbox's credentials or the token: " + unauthorized.message());
            case SendOutcome.Throttled throttled when mentionsQuota(throttled.message()) -> new Decision.QuotaSpent(
                    throttled.message().toLowerCase(Locale.ROOT).contains("month"),
                    "the provider says: " + throttled.message());
            case SendOutcome.Throttled throttled -> retryOrFail(attempt, "throttled by the provider: "
                    + throttled.message(), throttled.retryAfter().orElse(Duration.ZERO));
            case SendOutcome.ServerError error -> retryOrFail(attempt,
                    "provider error " + error.status() + ": " + error.message(), Duration.ZERO);
            case SendOutcome.NotSent notSent -> retryOrFail(attempt,
                    "could not reach the provider: " + notSent.reason(), Duration.ZERO);
            case SendOutcome.Ambiguous ambiguous -> ambiguousPolicy == AmbiguousPolicy.RESEND
                    ? retryOrFail(attempt, "no answer, resending by policy: " + ambiguous.reason(), Duration.ZERO)
                    : new Decision.Ambiguous("no answer from the provider, it may or may not have sent: "
                            + ambiguous.reason());
        };
    }

    private Decision retryOrFail(int attempt, String reason, Duration atLeast) {
        if (attempt >= retry.maxAttempts()) {
            return new Decision.Fail("gave up after " + attempt + " attempts; last: " + reason);
        }
        Duration backOff = retry.delayAfter(attempt, random);
        return new Decision.Retry(backOff.compareTo(atLeast) >= 0 ? backOff : atLeast, reason);
    }

    private static boolean mentionsQuota(String message) {
        return message != null && message.toLowerCase(Locale.ROOT).contains("quota");
    }
}
