package io.pecflow.adapter.trovapec;

import java.util.Objects;

/**
 * The service answered {@code ERROR|<text>} (or {@code Error|<text>}): it understood the call and
 * refused it, for example for an unknown key or token. An answer to every TrovaPEC call. Immutable.
 *
 * @param text the service's text after the first {@code |}, with the user key masked
 */
public record Refused(String text)
        implements RequestOutcome, PollOutcome, DeleteOutcome, BalanceOutcome, LookupOutcome {

    public Refused {
        Objects.requireNonNull(text, "text");
    }
}
