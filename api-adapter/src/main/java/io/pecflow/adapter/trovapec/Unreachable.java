package io.pecflow.adapter.trovapec;

import java.util.Objects;

/**
 * No answer at all (connection refused, timeout, connection lost), or the wait between two
 * polls was interrupted (the thread's interrupt flag is then set again). Immutable.
 *
 * @param reason what went wrong, with the user key masked
 */
public record Unreachable(String reason)
        implements RequestOutcome, PollOutcome, DeleteOutcome, BalanceOutcome, LookupOutcome {

    public Unreachable {
        Objects.requireNonNull(reason, "reason");
    }
}
