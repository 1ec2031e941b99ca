package io.pecflow.engine.receipt;

import io.pecflow.adapter.massiva.ReceiptKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something learnt about a tracked message, to become an event: its kind of news, the receipt's
 * own time (or the engine's, for NO_RECEIPT), and for a non-delivery the provider's reason.
 *
 * @param status      what the message became
 * @param receiptKind the receipt that said so (empty for NO_RECEIPT)
 * @param at          the receipt's own time when it could be read, else the time it was learnt
 * @param reason      the provider's reason text for a non-delivery
 */
public record ReceiptFact(DeliveryStatus status, Optional<ReceiptKind> receiptKind, Instant at, Optional<String> reason) {

    public ReceiptFact {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receiptKind, "receiptKind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}
