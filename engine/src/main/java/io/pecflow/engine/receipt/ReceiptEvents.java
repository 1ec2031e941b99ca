package io.pecflow.engine.receipt;

import io.pecflow.engine.clock.EngineClock;
import io.pecflow.engine.event.EventIds;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.event.MailboxStorage;
import java.time.Duration;

/**
 * Builds the receipt events with stable ids: a recipient's fact is identified by the job, the
 * type, the sending's code and the recipient, so the same fact learnt again after a restart
 * carries the same {@code eventId}.
 */
final class ReceiptEvents {

    private final ReceiptOutbox outbox;
    private final EngineClock clock;
    private final ReceiptListener listener;

    ReceiptEvents(ReceiptOutbox outbox, EngineClock clock, ReceiptListener listener) {
        this.outbox = outbox;
        this.clock = clock;
        this.listener = listener;
    }

    void fact(JobReceipts job, TrackedMessage message, ReceiptFact fact) {
        EventType type = switch (fact.status()) {
            case ACCEPTED -> EventType.ACCEPTANCE;
            case WARNED -> EventType.DELIVERY_WARNING;
            case DELIVERED -> EventType.DELIVERED;
            case NOT_DELIVERED -> EventType.NOT_DELIVERED;
            case NO_RECEIPT -> EventType.NO_RECEIPT;
            case AMBIGUOUS, SUBMITTED, NOT_SENT, UNRESOLVED -> throw new IllegalArgumentException(
                    "not a receipt fact: " + fact.status());
        };
        JobEvent event = JobEvent.of(EventIds.of(job.jobId(), type.name(), message.messageCode(), message.recipient()),
                        job.ref(), type, clock.now())
                .withMessageCode(message.messageCode()).withRecipient(message.recipient());
        if (fact.receiptKind().isPresent()) {
            event = event.withReceipt(fact.receiptKind().get().name(), fact.at());
        }
        if (fact.reason().isPresent()) {
            event = event.withReason(fact.reason().get());
        }
        emit(event, message.mailbox());
        if (fact.status() == DeliveryStatus.DELIVERED) {
            Duration after = Duration.between(message.submittedAt(), fact.at());
            listener.delivered(message.mailbox(), after.isNegative() ? Duration.ZERO : after);
        }
    }

    void recovered(JobReceipts job, TrackedMessage message, boolean perRecipient) {
        JobEvent event = JobEvent.of(EventIds.of(job.jobId(), EventType.SUBMITTED.name(), "part-" + message.part(),
                "recovered"), job.ref(), EventType.SUBMITTED, clock.now()).withMessageCode(message.messageCode())
                .asRecovered().withReason("the send of an AMBIGUOUS attempt did leave: its acceptance receipt was found");
        emit(perRecipient ? event.withRecipient(message.recipient()) : event, message.mailbox());
    }

    void unresolved(JobReceipts job, TrackedMessage message, boolean perRecipient, String searched) {
        JobEvent event = JobEvent.of(EventIds.of(job.jobId(), EventType.AMBIGUOUS.name(), "part-" + message.part(),
                "unresolved"), job.ref(), EventType.AMBIGUOUS, clock.now())
                .withReason("no evidence that the send left was found; it is not resent and needs a person: " + searched);
        emit(perRecipient ? event.withRecipient(message.recipient()) : event, message.mailbox());
    }

    void settled(JobReceipts job) {
        emit(JobEvent.of(EventIds.of(job.jobId(), EventType.SETTLED.name()), job.ref(), EventType.SETTLED, clock.now())
                .withCounts(job.counts()), job.ref().mailbox().orElse(""));
    }

    void storageHigh(String mailbox, MailboxStorage storage, String day) {
        emit(JobEvent.aboutMailbox(EventIds.of(mailbox, EventType.MAILBOX_STORAGE_HIGH.name(), day), mailbox,
                EventType.MAILBOX_STORAGE_HIGH, clock.now()).withStorage(storage), mailbox);
    }

    private void emit(JobEvent event, String mailbox) {
        outbox.event(event);
        listener.receiptEvent(event.type(), mailbox);
    }
}
