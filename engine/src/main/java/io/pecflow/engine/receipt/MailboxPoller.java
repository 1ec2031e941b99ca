package io.pecflow.engine.receipt;

import io.github.bucket4j.Bucket;
import io.pecflow.engine.clock.BucketTimeMeter;
import io.pecflow.engine.clock.EngineClock;
import java.time.Duration;
import java.time.Instant;

/**
 * The receipt tracker's view of one mailbox: its budget of provider calls (Bucket4j, apart from
 * the sends' pacing), what is in flight, how far its inbox was read, and its storage. Dispatch
 * thread only.
 */
final class MailboxPoller {

    final String mailbox;
    private final Bucket budget;
    int inFlight;
    /** Messages of the mailbox awaiting receipts. */
    int awaiting;
    boolean scanInFlight;
    Instant lastScanAt = Instant.EPOCH;
    /** When the last scan that read every new receipt started: fetches due before it are covered. */
    Instant lastCompleteScanAt = Instant.EPOCH;
    /** Messages submitted before this may have receipts no scan read (a scan stopped at its page limit). */
    Instant gapBefore = Instant.EPOCH;
    /** The highest inbox id read: the next scan stops there. */
    long seenId;
    Instant nextStorageCheck = Instant.EPOCH;
    boolean storageHigh;

    MailboxPoller(String mailbox, double callsPerSecond, int burst, EngineClock clock) {
        this.mailbox = mailbox;
        long perPeriod = Math.max(1, Math.round(callsPerSecond * 10));
        this.budget = Bucket.builder()
                .addLimit(limit -> limit.capacity(Math.max(burst, perPeriod / 10 + 1))
                        .refillGreedy(perPeriod, Duration.ofSeconds(10)))
                .withCustomTimePrecision(new BucketTimeMeter(clock))
                .build();
    }

    /** @return how many of {@code wanted} calls the budget allows now (taken) */
    int take(int wanted) {
        return (int) budget.tryConsumeAsMuchAsPossible(wanted);
    }

    /** Gives back calls taken but not made. */
    void giveBack(int unused) {
        if (unused > 0) {
            budget.addTokens(unused);
        }
    }

    boolean scanMode(int scanFrom) {
        return awaiting >= scanFrom;
    }
}
