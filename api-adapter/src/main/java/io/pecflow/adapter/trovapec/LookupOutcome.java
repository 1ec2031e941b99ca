package io.pecflow.adapter.trovapec;

import java.time.Duration;
import java.util.Objects;

/**
 * How a whole search ended ({@link TrovaPecClient#lookup}): the first answer to the request or
 * to a poll that is not "accepted" or "wait", or {@link TimedOut}. Handle it with an exhaustive
 * {@code switch}. Outcomes are immutable values.
 */
public sealed interface LookupOutcome
        permits PollOutcome.Found, PollOutcome.NotFound, RequestOutcome.AlreadyRequested, LookupOutcome.TimedOut,
        Refused, Malformed, HttpFailure, Unreachable {

    /**
     * The service was still saying {@code WAIT} when the time ran out; the token may be polled
     * later ({@link TrovaPecClient#poll}).
     *
     * @param token  the last token the service gave
     * @param waited how long the lookup went on, by the client's monotonic clock
     */
    record TimedOut(TrovaPecToken token, Duration waited) implements LookupOutcome {
        public TimedOut {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(waited, "waited");
        }
    }
}
