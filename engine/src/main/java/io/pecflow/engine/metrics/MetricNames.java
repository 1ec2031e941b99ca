package io.pecflow.engine.metrics;

/**
 * Every meter name of the engine, in one place (docs/metrics.md lists them with their tags; a
 * test checks the two agree). Prometheus shows them with dots as underscores and a unit suffix,
 * e.g. {@code pec.jobs.in} as {@code pec_jobs_in_total}.
 */
public final class MetricNames {

    public static final String JOBS_IN = "pec.jobs.in";
    public static final String EVENTS = "pec.events";
    public static final String SENDS = "pec.sends";
    public static final String PROVIDER_CALLS = "pec.provider.calls";
    public static final String PACING_WAIT = "pec.pacing.wait";
    public static final String BACKLOG = "pec.backlog";
    public static final String QUOTA_USED = "pec.quota.used";
    public static final String QUOTA_REMAINING = "pec.quota.remaining";
    public static final String QUOTA_LIMIT = "pec.quota.limit";
    public static final String SUSPENDED = "pec.mailboxes.suspended";
    public static final String RECEIPTS = "pec.receipts";
    public static final String RECEIPT_CALLS = "pec.receipts.calls";
    public static final String UNMATCHED_RECEIPTS = "pec.receipts.unmatched";
    public static final String AWAITING_RECEIPTS = "pec.receipts.awaiting";
    public static final String DELIVERY_TIME = "pec.delivery.time";
    public static final String STORAGE = "pec.mailbox.storage.used";
    public static final String RESOLVE_JOBS = "pec.resolve.jobs";
    public static final String RESOLVE_CALLS = "pec.resolve.calls";

    private MetricNames() {
    }

    /** @return the description of a gauge family registered in several places */
    static String describe(String name) {
        return switch (name) {
            case BACKLOG -> "Sends waiting: ready (for their turn) or parked (for a time, the quota, or a suspended mailbox)";
            case QUOTA_USED -> "Recipients sent in the quota's period (day or month, on the quota calendar)";
            case QUOTA_REMAINING -> "Recipients left in the quota's period (0 where the mailbox has no such quota)";
            case QUOTA_LIMIT -> "The mailbox's quota of the period, 0 when it has none";
            default -> name;
        };
    }
}
