package io.pecflow.engine.event;

/** The kinds of event PecFlow publishes on {@code pecflow.events}. */
public enum EventType {
    /** Valid and queued for sending. */
    ACCEPTED(false),
    /** Invalid; {@code reason} says what to fix. Final. */
    REJECTED(true),
    /** The jobId was seen before; this copy is not sent. Final for this copy. */
    DUPLICATE(true),
    /** Waiting for quota or {@code notBefore}; {@code until} says until when. */
    DEFERRED(false),
    /** The provider took the send; carries {@code messageCode}. Final for the dispatch. */
    SUBMITTED(true),
    /** A send failed in a way worth another try; {@code attempt} and {@code reason} say which and why. */
    RETRYING(false),
    /** Failed for good, with the provider's message. Final. */
    FAILED(true),
    /** May or may not have been sent; needs a person (never resent blindly). Final for the dispatch. */
    AMBIGUOUS(true),
    /** {@code expiresAt} passed before it could be sent. Final. */
    EXPIRED(true);

    private final boolean terminal;

    EventType(boolean terminal) {
        this.terminal = terminal;
    }

    /** @return true for the events that end a job's (or a send's) dispatch */
    public boolean isTerminal() {
        return terminal;
    }
}
