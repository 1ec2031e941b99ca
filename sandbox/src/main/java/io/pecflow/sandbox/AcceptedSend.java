package io.pecflow.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A {@code POST /send} the sandbox accepted (including those whose answer was then deliberately lost).
 *
 * @param code       the {@code message_id} it was given
 * @param mailbox    the sending mailbox's address
 * @param recipients the recipients, as sent
 * @param subject    the subject as sent (the sandbox appends {@code " " + code} to what it delivers)
 * @param at         the sandbox time of acceptance
 */
public record AcceptedSend(String code, String mailbox, List<String> recipients, String subject, Instant at) {

    /** Validates and copies. */
    public AcceptedSend {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(mailbox, "mailbox");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(at, "at");
    }
}
