package io.pecflow.adapter.trovapec;

import java.util.Objects;

/**
 * An HTTP status other than 200. The service documents none, so none is interpreted: a 5xx
 * is worth trying again later, anything else points at the configuration. Immutable.
 *
 * @param status the HTTP status
 * @param text   the answer's first 200 characters, control characters folded, the user key masked
 */
public record HttpFailure(int status, String text)
        implements RequestOutcome, PollOutcome, DeleteOutcome, BalanceOutcome, LookupOutcome {

    public HttpFailure {
        Objects.requireNonNull(text, "text");
    }
}
