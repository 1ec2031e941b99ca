package io.pecflow.adapter.trovapec;

import java.util.Objects;

/**
 * What became of asking for a search's answer ({@code GET ?key=..&token=..}). Handle it with an
 * exhaustive {@code switch}; the client throws for none of these. Outcomes are immutable values.
 */
public sealed interface PollOutcome
        permits PollOutcome.Found, PollOutcome.NotFound, PollOutcome.Wait, Refused, Malformed, HttpFailure,
        Unreachable {

    /** {@code OK|<pec>|pec trovata}: the company's PEC address. */
    record Found(String address) implements PollOutcome, LookupOutcome {
        public Found {
            Objects.requireNonNull(address, "address");
        }
    }

    /** {@code OK||pec non trovata}: the search is done and found no PEC address. */
    record NotFound() implements PollOutcome, LookupOutcome {
    }

    /**
     * {@code WAIT|<token>}: not done yet (the service says 2 to 3 minutes); ask again with this
     * token.
     */
    record Wait(TrovaPecToken token) implements PollOutcome {
        public Wait {
            Objects.requireNonNull(token, "token");
        }
    }
}
