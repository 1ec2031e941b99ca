package io.pecflow.sandbox;

import java.time.Instant;
import java.util.Objects;

/**
 * Something scheduled to land in an inbox at {@code due} (sandbox time).
 *
 * @param kind     receipt or envelope
 * @param due      when it lands
 * @param sending  the sending it is about
 * @param concerns the recipient it is about (for acceptance notices: every recipient, comma-separated)
 */
record Receipt(ReceiptKind kind, Instant due, Sending sending, String concerns) {

    Receipt {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(sending, "sending");
        Objects.requireNonNull(concerns, "concerns");
    }

    String subject() {
        return kind.subjectPrefix() + sending.codedSubject();
    }

    /** The sender field, raw as the provider shows it: an envelope's has quotes and a trailing space. */
    String sender() {
        return kind == ReceiptKind.ENVELOPE
                ? "\"Per conto di: " + sending.mailbox() + "\" "
                : ReceiptKind.PROVIDER_SENDER;
    }

    String recipient() {
        return kind == ReceiptKind.ENVELOPE ? "\"" + concerns + "\" " : sending.mailbox();
    }

    String date() {
        return RomeTime.rfc2822(due);
    }

    String text() {
        return ReceiptTexts.text(this);
    }

    long sizeKib() {
        return kind.sizeKib(sending);
    }
}
