package io.pecflow.engine.receipt;

import io.pecflow.adapter.massiva.Receipt;
import io.pecflow.adapter.massiva.ReceiptKind;
import io.pecflow.adapter.massiva.SendingReceipts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns what the provider returned for a sending into news about a tracked message: each fact at
 * most once, only forward. Pure and thread-safe.
 */
public final class ReceiptReader {

    /** What a poll taught: the message as it now stands and the facts to publish, in order. */
    public record Reading(TrackedMessage message, List<ReceiptFact> facts, List<Receipt> unknown) {
        public Reading {
            facts = List.copyOf(facts);
            unknown = List.copyOf(unknown);
        }
    }

    /**
     * @param message  the tracked message, as it stood
     * @param receipts what {@code GET /send/{code}} returned (items of other codes are ignored)
     * @param now      the engine's time, for receipts whose date cannot be read
     */
    public Reading read(TrackedMessage message, SendingReceipts receipts, Instant now) {
        TrackedMessage current = message;
        List<ReceiptFact> facts = new ArrayList<>();
        List<Receipt> unknown = new ArrayList<>();
        List<Receipt> mine = receipts.items().stream()
                .filter(item -> item.code().map(code -> code.value().equals(message.messageCode())).orElse(false))
                .filter(item -> concernsRecipient(item, message))
                .sorted(Comparator.comparing((Receipt item) -> item.date().orElse(now))).toList();
        for (Receipt item : mine) {
            if (item.kind() == ReceiptKind.UNKNOWN) {
                unknown.add(item);
                continue;
            }
            Optional<DeliveryStatus> next = statusOf(item.kind());
            if (next.isPresent() && next.get().rank() > current.status().rank()) {
                current = current.moved(next.get());
                facts.add(new ReceiptFact(next.get(), Optional.of(item.kind()), item.date().orElse(now),
                        next.get() == DeliveryStatus.NOT_DELIVERED ? Optional.of(reasonOf(item)) : Optional.empty()));
            }
        }
        return new Reading(current, facts, unknown);
    }

    /** The provider's error when the text gives one, else the text itself, else what the kind means. */
    private static String reasonOf(Receipt item) {
        if (item.reason().isPresent()) {
            return item.reason().get();
        }
        String text = item.text().strip().replaceAll("\\s+", " ");
        if (!text.isEmpty()) {
            return text.length() > 500 ? text.substring(0, 500) + "..." : text;
        }
        return switch (item.kind()) {
            case NON_ACCEPTANCE -> "the sender's provider did not accept the message (AVVISO DI NON ACCETTAZIONE)";
            case VIRUS -> "a virus was found in the message, which was not delivered (PROBLEMA DI SICUREZZA)";
            default -> "the message was not delivered (AVVISO DI MANCATA CONSEGNA)";
        };
    }

    /** After the deadline without a final receipt: NO_RECEIPT. */
    public Optional<ReceiptFact> expire(TrackedMessage message, PollSchedule schedule, Instant now) {
        if (message.status().isFinal() || now.isBefore(schedule.deadline(message))) {
            return Optional.empty();
        }
        return Optional.of(new ReceiptFact(DeliveryStatus.NO_RECEIPT, Optional.empty(), now,
                Optional.of("no delivery or non-delivery receipt within 24 hours of the send")));
    }

    /** One recipient a send (the default) makes every item concern it; otherwise the text must name it. */
    private static boolean concernsRecipient(Receipt item, TrackedMessage message) {
        if (message.recipient().isEmpty() || item.kind() == ReceiptKind.ACCEPTANCE
                || item.kind() == ReceiptKind.NON_ACCEPTANCE) {
            return true;
        }
        return item.concernedRecipient().map(message.recipient()::equalsIgnoreCase).orElse(true);
    }

    private static Optional<DeliveryStatus> statusOf(ReceiptKind kind) {
        return switch (kind) {
            case ACCEPTANCE, TAKEN_IN_CHARGE -> Optional.of(DeliveryStatus.ACCEPTED);
            case DELIVERY_WARNING -> Optional.of(DeliveryStatus.WARNED);
            case DELIVERY -> Optional.of(DeliveryStatus.DELIVERED);
            case NON_ACCEPTANCE, NON_DELIVERY, VIRUS -> Optional.of(DeliveryStatus.NOT_DELIVERED);
            case TRANSPORT_ENVELOPE, UNKNOWN -> Optional.empty();
        };
    }
}
