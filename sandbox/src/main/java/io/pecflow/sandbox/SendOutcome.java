package io.pecflow.sandbox;

import java.util.List;

/** What became of an authenticated {@code POST /send}; the HTTP layer turns each into its answer. */
sealed interface SendOutcome {

    /**
     * Carried out.
     *
     * @param sending      what was accepted
     * @param responseLost true if the answer must be lost (connection closed without a status line)
     * @param envelopes    envelopes for recipients that may be sandbox mailboxes
     */
    record Accepted(Sending sending, boolean responseLost, List<Receipt> envelopes) implements SendOutcome {
        public Accepted {
            envelopes = List.copyOf(envelopes);
        }
    }

    /** @param retryAfterSeconds when the mailbox may send again, rounded up */
    record RateLimited(long retryAfterSeconds) implements SendOutcome {
    }

    /** @param reason why the request is invalid (for a diagnostic header, not for the JSON) */
    record Invalid(String reason) implements SendOutcome {
    }

    /** @param message {@code Daily quota exceeded} or {@code Monthly quota exceeded} */
    record QuotaExceeded(String message) implements SendOutcome {
    }

    /** An injected 500: the send was not carried out. */
    record InjectedError() implements SendOutcome {
    }
}
