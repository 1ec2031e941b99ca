package io.pecflow.engine.event;

/**
 * A mailbox's storage as the provider reports it ({@code MAILBOX_STORAGE_HIGH}).
 *
 * @param usage what is used, in the provider's unit (KiB as far as its examples show)
 * @param limit what is available in all, in the same unit
 */
public record MailboxStorage(long usage, long limit) {

    public MailboxStorage {
        if (usage < 0 || limit < 0) {
            throw new IllegalArgumentException("storage figures cannot be negative");
        }
    }

    /** @return usage as a share of the limit, from 0 to 1 (0 when the limit is unknown) */
    public double usedShare() {
        return limit <= 0 ? 0 : Math.min(1.0, (double) usage / limit);
    }
}
