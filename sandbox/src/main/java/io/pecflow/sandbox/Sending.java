package io.pecflow.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * One accepted {@code POST /send}: everything its receipts need. Receipts share this record rather than
 * copying texts, so a million scheduled receipts stay cheap.
 *
 * @param code       the message code ({@code message_id})
 * @param mailbox    the sending mailbox's address as configured
 * @param recipients the recipients as sent
 * @param subject    the subject as sent
 * @param body       the body as sent
 * @param messageKib size of subject, body and decoded attachments, rounded up to KiB
 * @param at         sandbox time of acceptance
 */
record Sending(String code, String mailbox, List<String> recipients, String subject, String body,
               long messageKib, Instant at) {

    Sending {
        recipients = List.copyOf(recipients);
    }

    /** The subject of what the sandbox sends: the caller's subject followed by the code. */
    String codedSubject() {
        return subject + " " + code;
    }

    AcceptedSend toAcceptedSend() {
        return new AcceptedSend(code, mailbox, recipients, subject, at);
    }
}
