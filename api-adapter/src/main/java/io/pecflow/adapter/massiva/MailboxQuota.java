package io.pecflow.adapter.massiva;

/**
 * A mailbox's storage, from {@code GET /quota/{mailbox}}. The document says megabytes, but the
 * figures it shows ({@code usage 171012, limit 1048576}) look like KiB: the unit is the
 * provider's, whatever it is, and only the share is used for decisions.
 *
 * @param usage storage used, in the provider's unit
 * @param limit storage available in all, in the same unit
 */
public record MailboxQuota(long usage, long limit) {

    /** @return usage as a share of the limit, from 0 to 1 (0 when the limit is unknown) */
    public double usedShare() {
        return limit <= 0 ? 0 : Math.min(1.0, (double) usage / limit);
    }
}
