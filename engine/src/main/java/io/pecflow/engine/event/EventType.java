package io.pecflow.engine.event;

/** The kinds of event PecFlow publishes on {@code pecflow.events}. */
public enum EventType {
    /** Valid and queued for sending. */
    ACCEPTED(false),
    /**
     * Invalid; {@code reason} says what to fix. Final. With {@code recipient}: only that recipient
     * was refused (its domain is not certified) and the job goes on with the others.
     */
    REJECTED(true),
    /** A tax code of {@code toTaxCodes} was found: {@code taxCode} and the PEC address as {@code recipient}. */
    RESOLVED(false),
    /** A tax code of {@code toTaxCodes} has no PEC address ({@code reason}); nothing is sent for it. Final for it. */
    NOT_RESOLVED(true),
    /** The jobId was seen before; this copy is not sent. Final for this copy. */
    DUPLICATE(true),
    /** Waiting for quota or {@code notBefore}; {@code until} says until when. */
    DEFERRED(false),
    /** The provider took the send; carries {@code messageCode} ({@code recovered} when learnt from a receipt). */
    SUBMITTED(true),
    /** A send failed in a way worth another try; {@code attempt} and {@code reason} say which and why. */
    RETRYING(false),
    /** Failed for good, with the provider's message. Final. */
    FAILED(true),
    /** May or may not have been sent; the inbox is searched for evidence, and without it a person decides. */
    AMBIGUOUS(true),
    /** {@code expiresAt} passed before it could be sent. Final. */
    EXPIRED(true),
    /** ACCETTAZIONE: the sender's provider accepted the message for a recipient. */
    ACCEPTANCE(false),
    /** The 12-hour notice: not delivered yet; a final receipt follows within 24 hours of the send. */
    DELIVERY_WARNING(false),
    /** CONSEGNA: delivered into the recipient's box, the legal proof. Final for the recipient. */
    DELIVERED(true),
    /** Non-acceptance, non-delivery or virus, with the provider's reason and {@code receiptKind}. Final. */
    NOT_DELIVERED(true),
    /** Neither a delivery nor a non-delivery within 24 hours of the send plus the margin. Final. */
    NO_RECEIPT(true),
    /** Every recipient of the job is final; {@code counts} sums them up. The job's last event. */
    SETTLED(true),
    /** A mailbox's storage passed the warning share ({@code storage}); about a mailbox, not a job. */
    MAILBOX_STORAGE_HIGH(false);

    private final boolean terminal;

    EventType(boolean terminal) {
        this.terminal = terminal;
    }

    /** @return true for the events that end a job's (or a send's, or a recipient's) course */
    public boolean isTerminal() {
        return terminal;
    }

    /** @return true for events about a mailbox rather than a job: they carry no {@code jobId} */
    public boolean isAboutMailbox() {
        return this == MAILBOX_STORAGE_HIGH;
    }
}
