package io.pecflow.adapter.trovapec;

import java.util.Objects;

/**
 * A 200 whose text is none of the documented answers of the call (a missing or extra
 * {@code |} field, an unknown status word, an HTML page, several lines). Never read as a success. Immutable.
 *
 * @param text the answer's first 200 characters, control characters folded, the user key masked
 */
public record Malformed(String text)
        implements RequestOutcome, PollOutcome, DeleteOutcome, BalanceOutcome, LookupOutcome {

    public Malformed {
        Objects.requireNonNull(text, "text");
    }
}
