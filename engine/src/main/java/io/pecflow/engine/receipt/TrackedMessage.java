package io.pecflow.engine.receipt;

import java.time.Instant;
import java.util.Objects;

/**
 * One recipient of a job, from the moment its send ended in the dispatch until its final receipt
 * and the clean-up of its sending's receipts.
 *
 * @param messageCode the provider's code of the sending ("" while AMBIGUOUS, and for NOT_SENT)
 * @param jobId       the job it belongs to
 * @param part        which send of the job (one per recipient by default)
 * @param recipient   the recipient it concerns
 * @param mailbox     the sending mailbox
 * @param submittedAt when the provider took it (engine wall clock); while AMBIGUOUS, when the attempt started
 * @param status      where it stands
 * @param polls       how many times its receipts (or, while AMBIGUOUS, evidence of it) were looked for
 * @param recovered   the code was learnt from an acceptance receipt after an AMBIGUOUS send
 * @param cleaned     its sending's receipts were deleted from the mailbox
 */
public record TrackedMessage(String messageCode, String jobId, int part, String recipient, String mailbox,
                             Instant submittedAt, DeliveryStatus status, int polls, boolean recovered,
                             boolean cleaned) {

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
        return new TrackedMessage(messageCode, jobId, part, recipient, mailbox, at, DeliveryStatus.SUBMITTED, 0, false,
                false);
    }

    /** A recipient whose send is AMBIGUOUS ({@code attemptAt}) or never happened. */
    public static TrackedMessage unsent(String jobId, int part, String recipient, String mailbox, Instant attemptAt,
                                        DeliveryStatus status) {
        return new TrackedMessage("", jobId, part, recipient, mailbox, attemptAt, status, 0, false, false);
    }

    /** @return whether it has a provider code */
    public boolean hasCode() {
        return !messageCode.isEmpty();
    }

    TrackedMessage moved(DeliveryStatus next) {
        return next.rank() > status.rank() ? new TrackedMessage(messageCode, jobId, part, recipient, mailbox, submittedAt,
                next, polls, recovered, cleaned) : this;
    }

    TrackedMessage polled() {
        return new TrackedMessage(messageCode, jobId, part, recipient, mailbox, submittedAt, status, polls + 1,
                recovered, cleaned);
    }

    /** The acceptance receipt of an AMBIGUOUS send was found: it left, with this code, at this time. */
    TrackedMessage recovered(String code, Instant acceptedAt) {
        return new TrackedMessage(code, jobId, part, recipient, mailbox, acceptedAt, DeliveryStatus.SUBMITTED, 0, true,
                false);
    }

    TrackedMessage cleanedUp() {
        return new TrackedMessage(messageCode, jobId, part, recipient, mailbox, submittedAt, status, polls, recovered,
                true);
    }
}
