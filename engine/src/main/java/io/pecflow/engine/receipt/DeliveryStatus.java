package io.pecflow.engine.receipt;

/**
 * Where one recipient of a job stands. States only move forward (by {@link #rank()}): a late
 * acceptance after a delivery changes nothing, and a final state never changes.
 */
public enum DeliveryStatus {
    /** The send may or may not have left (AMBIGUOUS); the inbox is searched for its acceptance. */
    AMBIGUOUS(-1, false),
    /** The provider took it; no receipt yet. */
    SUBMITTED(0, false),
    /** ACCETTAZIONE: the sender's provider accepted it. */
    ACCEPTED(1, false),
    /** The 12-hour "SUP. TEMPO MASSIMO" warning came: not delivered yet. */
    WARNED(2, false),
    /** CONSEGNA: delivered into the recipient's box (the legal proof). */
    DELIVERED(3, true),
    /** Non-acceptance, non-delivery or virus: it will not arrive. */
    NOT_DELIVERED(3, true),
    /** Neither a delivery nor a non-delivery within 24 hours of the send plus the margin. */
    NO_RECEIPT(3, true),
    /** Never sent: FAILED or EXPIRED in the dispatch. */
    NOT_SENT(3, true),
    /** AMBIGUOUS, and no evidence of the send was found within the search window: a person decides. */
    UNRESOLVED(3, true);

    private final int rank;
    private final boolean terminal;

    DeliveryStatus(int rank, boolean terminal) {
        this.rank = rank;
        this.terminal = terminal;
    }

    public int rank() {
        return rank;
    }

    public boolean isFinal() {
        return terminal;
    }

    /** @return true while the message has a code whose receipts are worth asking for */
    public boolean awaitsReceipts() {
        return rank >= 0 && !terminal;
    }
}
