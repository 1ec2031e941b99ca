package io.pecflow.engine.receipt;

import java.time.Instant;
import java.util.Objects;

/**
 * A submitted message whose receipts are awaited.
 *
 * @param messageCode the provider's code of the sending
 * @param jobId       the job it belongs to
 * @param part        which send of the job (one per recipient by default)
 * @param recipient   the recipient it concerns ("" when one send went to several)
 * @param mailbox     the sending mailbox
 * @param submittedAt when the provider took it (engine wall clock)
 * @param status      where it stands
 * @param polls       how many times its receipts were asked for
 */
public record TrackedMessage(String messageCode, String jobId, int part, String recipient, String mailbox,
                             Instant submittedAt, DeliveryStatus status, int polls) {

    public TrackedMessage {
        Objects.requireNonNull(messageCode, "messageCode");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(status, "status");
    }

    /** A message just submitted. */
    public static TrackedMessage submitted(String messageCode, String jobId, int part, String recipient, String mailbox,
                                           Instant at) {
        return new TrackedMessage(messageCode, jobId, part, recipient, mailbox, at, DeliveryStatus.SUBMITTED, 0);
    }

    TrackedMessage moved(DeliveryStatus next) {
        return next.rank() > status.rank() ? new TrackedMessage(messageCode, jobId, part, recipient, mailbox, submittedAt,
                next, polls) : this;
    }

    TrackedMessage polled() {
        return new TrackedMessage(messageCode, jobId, part, recipient, mailbox, submittedAt, status, polls + 1);
    }
}
