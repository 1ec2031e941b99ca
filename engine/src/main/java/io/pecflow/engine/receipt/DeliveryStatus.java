package io.pecflow.engine.receipt;

/**
 * Where one submitted message stands towards its recipient. States only move forward (by
 * {@link #rank()}): a late acceptance after a delivery changes nothing.
 */
public enum DeliveryStatus {
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
    NO_RECEIPT(3, true);

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
}
