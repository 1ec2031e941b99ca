package io.pecflow.adapter.trovapec;

import java.util.Objects;

/**
 * What became of deleting a search request ({@code POST key=..&cf-delete=..}). Handle it with an
 * exhaustive {@code switch}; the client throws for none of these. Outcomes are immutable values.
 */
public sealed interface DeleteOutcome permits DeleteOutcome.Deleted, Refused, Malformed, HttpFailure, Unreachable {

    /** {@code OK|richiesta cancellata correttamente}: deleted; {@code message} is the text after {@code OK|}. */
    record Deleted(String message) implements DeleteOutcome {
        public Deleted {
            Objects.requireNonNull(message, "message");
        }
    }
}
