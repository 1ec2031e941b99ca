package io.pecflow.adapter.massiva;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one {@code POST /send}. Every answer the provider can give, and every way the
 * call can fail, is one of these values; the client throws for none of them.
 *
 * <p>The line that matters most runs between {@link NotSent} and {@link Ambiguous}: a send that
 * failed before its whole request was handed to the connection cannot have reached the provider
 * and may be tried again, while one that failed after it may have been carried out and must never
 * be resent blindly.
 */
public sealed interface SendOutcome {

    /** 201: the provider took the message; {@code sentCount} PECs went out under {@code code}. */
    record Sent(MessageCode code, int sentCount) implements SendOutcome {
        public Sent {
            Objects.requireNonNull(code, "code");
        }
    }

    /** 400 (also 413, 422): the provider refused the request itself; sending it again is useless. */
    record Rejected(int status, String message) implements SendOutcome {
    }

    /** 401 or 403: the token or the mailbox's credentials were refused. Nothing was sent. */
    record Unauthorized(String message) implements SendOutcome {
    }

    /** 429: too fast or out of quota. Nothing was sent; {@code retryAfter} is the provider's hint, if any. */
    record Throttled(String message, Optional<Duration> retryAfter) implements SendOutcome {
        public Throttled {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /**
     * 5xx or any other status that says the provider did not carry the request out (the provider's
     * {@code 500 MySQL Error}, a 503 outage, a 404 from a wrong base URL). Worth retrying later.
     */
    record ServerError(int status, String message) implements SendOutcome {
    }

    /**
     * The request never reached the provider whole (connection refused, connect timeout, failure
     * before the body was handed to the connection): safe to retry.
     */
    record NotSent(String reason) implements SendOutcome {
    }

    /**
     * The whole request was handed to the connection but no usable answer came back (read
     * timeout, connection closed before the answer, a success status without a code): the
     * provider may or may not have sent it. Never resend blindly.
     */
    record Ambiguous(String reason) implements SendOutcome {
    }
}
