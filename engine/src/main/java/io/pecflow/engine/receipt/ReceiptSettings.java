package io.pecflow.engine.receipt;

import java.time.Duration;
import java.util.Objects;

/**
 * How receipts are followed.
 *
 * @param enabled              track receipts at all (default on)
 * @param schedule             when to ask for a sending's receipts, and the margin after 24 hours
 * @param callsPerSecond       the poller's budget of provider calls a second, per mailbox (sends have their own pacing)
 * @param maxInFlight          the poller's calls at once, per mailbox
 * @param inboxScanFrom        from how many messages awaiting receipts a mailbox's inbox is scanned instead of
 *                             asking one sending at a time (25 receipts a call against one sending a call)
 * @param inboxScanEvery       how often a mailbox's inbox is scanned while it is
 * @param inboxMaxPages        at most this many pages a scan
 * @param cleanup              delete a message's receipts from the mailbox once it is final
 * @param storageWarnShare     the share of the mailbox's storage above which {@code MAILBOX_STORAGE_HIGH} is published
 * @param storageCheckEvery    how often a mailbox's storage is read while it has messages tracked
 * @param ambiguousSearchEvery how often the inbox is searched for the acceptance of an AMBIGUOUS send
 * @param ambiguousSearchWindow how long after the attempt it is searched for before it is left to a person
 * @param ambiguousSlack       how far from the attempt's start an acceptance may be dated and still fit it
 */
public record ReceiptSettings(boolean enabled, PollSchedule schedule, double callsPerSecond, int maxInFlight,
                              int inboxScanFrom, Duration inboxScanEvery, int inboxMaxPages, boolean cleanup,
                              double storageWarnShare, Duration storageCheckEvery, Duration ambiguousSearchEvery,
                              Duration ambiguousSearchWindow, Duration ambiguousSlack) {

    public ReceiptSettings {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(inboxScanEvery, "inboxScanEvery");
        Objects.requireNonNull(storageCheckEvery, "storageCheckEvery");
        Objects.requireNonNull(ambiguousSearchEvery, "ambiguousSearchEvery");
        Objects.requireNonNull(ambiguousSearchWindow, "ambiguousSearchWindow");
        Objects.requireNonNull(ambiguousSlack, "ambiguousSlack");
        if (!(callsPerSecond > 0)) {
            throw new IllegalArgumentException("receipts calls-per-second must be above 0, not " + callsPerSecond);
        }
        if (maxInFlight < 1 || inboxScanFrom < 1 || inboxMaxPages < 1) {
            throw new IllegalArgumentException("receipts max-in-flight, inbox-scan-from and inbox-max-pages must be at least 1");
        }
        if (!(storageWarnShare > 0 && storageWarnShare <= 1)) {
            throw new IllegalArgumentException("receipts storage-warn-share must be in (0, 1], not " + storageWarnShare);
        }
    }

    /** Receipts not followed at all. */
    public static ReceiptSettings disabled() {
        ReceiptSettings defaults = defaults();
        return new ReceiptSettings(false, defaults.schedule, defaults.callsPerSecond, defaults.maxInFlight,
                defaults.inboxScanFrom, defaults.inboxScanEvery, defaults.inboxMaxPages, defaults.cleanup,
                defaults.storageWarnShare, defaults.storageCheckEvery, defaults.ambiguousSearchEvery,
                defaults.ambiguousSearchWindow, defaults.ambiguousSlack);
    }

    /** The defaults of the configuration reference. */
    public static ReceiptSettings defaults() {
        return new ReceiptSettings(true, PollSchedule.defaults(), 5, 4, 10, Duration.ofSeconds(5), 40, true, 0.8,
                Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofMinutes(2));
    }
}
