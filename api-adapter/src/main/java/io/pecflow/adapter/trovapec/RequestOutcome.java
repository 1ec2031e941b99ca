package io.pecflow.adapter.trovapec;

import java.util.Objects;

/**
 * What became of a search request ({@code POST key=..&cf=..}). Handle it with an exhaustive
 * {@code switch}; the client throws for none of these. Outcomes are immutable values.
 */
public sealed interface RequestOutcome
        permits RequestOutcome.Accepted, RequestOutcome.AlreadyRequested, Refused, Malformed, HttpFailure,
        Unreachable {

    /** {@code OK|<token>}: the search is booked; ask for its answer with the token. */
    record Accepted(TrovaPecToken token) implements RequestOutcome {
        public Accepted {
            Objects.requireNonNull(token, "token");
        }
    }

    /**
     * {@code Error|Richiesta già presente}: a search for this code is already booked. Its token
     * is not given again; delete the old request ({@link TrovaPecClient#delete}) to book anew.
     *
     * @param message the service's text
     */
    record AlreadyRequested(String message) implements RequestOutcome, LookupOutcome {
        public AlreadyRequested {
            Objects.requireNonNull(message, "message");
        }
    }
}
