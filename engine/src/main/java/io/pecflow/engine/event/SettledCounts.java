package io.pecflow.engine.event;

/**
 * The summary of a settled job ({@code SETTLED}): how its recipients ended. Every recipient of the
 * job is in exactly one count.
 *
 * @param delivered    CONSEGNA came
 * @param notDelivered a non-acceptance, non-delivery or virus notice came
 * @param noReceipt    neither came within 24 hours of the send plus the margin
 * @param notSent      never sent (FAILED or EXPIRED)
 * @param ambiguous    may or may not have been sent, and no evidence was found (needs a person)
 */
public record SettledCounts(int delivered, int notDelivered, int noReceipt, int notSent, int ambiguous) {

    public SettledCounts {
        if (delivered < 0 || notDelivered < 0 || noReceipt < 0 || notSent < 0 || ambiguous < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** @return how many recipients the counts cover */
    public int total() {
        return delivered + notDelivered + noReceipt + notSent + ambiguous;
    }
}
