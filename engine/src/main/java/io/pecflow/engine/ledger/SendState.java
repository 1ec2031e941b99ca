package io.pecflow.engine.ledger;

/** Where one send (one recipient, or the whole job when recipients are not split) stands. */
public enum SendState {
    /** Waiting to be sent (again). */
    QUEUED(false),
    /** An attempt was recorded and its {@code POST /send} may be under way: after a crash this means AMBIGUOUS. */
    ATTEMPTING(false),
    /** The provider took it. */
    SUBMITTED(true),
    /** Failed for good. */
    FAILED(true),
    /** May or may not have been sent; left for a person. */
    AMBIGUOUS(true),
    /** Its {@code expiresAt} passed before it could be sent. */
    EXPIRED(true);

    private final boolean terminal;

    SendState(boolean terminal) {
        this.terminal = terminal;
    }

    public boolean isTerminal() {
        return terminal;
    }
}
