package io.pecflow.adapter.massiva;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of a PEC Massiva call other than {@code POST /send} (receipts, inbox, deletes,
 * quota). These calls change nothing that matters twice (a read, or a delete of what may already
 * be gone), so every failure to get an answer is simply {@link Unreachable} and may be retried.
 *
 * @param <T> what a successful call gives
 */
public sealed interface CallOutcome<T> {

    /** 200: the answer. */
    record Ok<T>(T value) implements CallOutcome<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** 404: the sending, message or receipts asked for are not there. */
    record NotFound<T>(String message) implements CallOutcome<T> {
    }

    /** 400: the provider refused the request (for example an unknown quota mailbox). */
    record Rejected<T>(int status, String message) implements CallOutcome<T> {
    }

    /** 401 or 403: the token or the mailbox's credentials were refused. */
    record Unauthorized<T>(String message) implements CallOutcome<T> {
    }

    /** 429: too many calls; {@code retryAfter} is the provider's hint, if any. */
    record Throttled<T>(String message, Optional<Duration> retryAfter) implements CallOutcome<T> {
        public Throttled {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /** 5xx, an unexpected status, or an answer that could not be read. */
    record ServerError<T>(int status, String message) implements CallOutcome<T> {
    }

    /** No answer at all (connection refused, timeout, connection lost). */
    record Unreachable<T>(String reason) implements CallOutcome<T> {
    }

    /** @return the value of an {@link Ok} outcome */
    default Optional<T> okValue() {
        return this instanceof Ok<T> ok ? Optional.of(ok.value()) : Optional.empty();
    }
}
