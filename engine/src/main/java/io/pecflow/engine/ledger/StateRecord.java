package io.pecflow.engine.ledger;

import io.pecflow.engine.ratelimit.QuotaUsage;
import io.pecflow.engine.receipt.JobReceipts;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A record of the dispatch state topic (compacted, partitioned like the dispatch topic so a
 * mailbox's owner finds all of it in one partition). Its key ({@link #key()}) keeps the latest
 * fact of each kind: a job's acceptance, each send's state, each mailbox's quota use.
 */
public sealed interface StateRecord {

    /** @return the compaction key */
    String key();

    /** A job was accepted at {@code offset} of the dispatch topic, with {@code parts} sends. */
    record JobAccepted(String jobId, String mailbox, long offset, int parts) implements StateRecord {
        public JobAccepted {
            Objects.requireNonNull(jobId, "jobId");
            Objects.requireNonNull(mailbox, "mailbox");
        }

        @Override
        public String key() {
            return "job:" + jobId;
        }
    }

    /**
     * One send of a job moved to {@code state} at its {@code attempt}-th attempt; an ATTEMPTING
     * record says when the attempt started ({@code attemptAt}), for the search of an AMBIGUOUS send.
     */
    record SendUpdate(String jobId, String mailbox, long offset, int parts, int part, SendState state, int attempt,
                      Optional<String> messageCode, Optional<Instant> attemptAt) implements StateRecord {
        public SendUpdate {
            Objects.requireNonNull(jobId, "jobId");
            Objects.requireNonNull(mailbox, "mailbox");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(messageCode, "messageCode");
            Objects.requireNonNull(attemptAt, "attemptAt");
        }

        public SendUpdate(String jobId, String mailbox, long offset, int parts, int part, SendState state, int attempt,
                          Optional<String> messageCode) {
            this(jobId, mailbox, offset, parts, part, state, attempt, messageCode, Optional.empty());
        }

        @Override
        public String key() {
            return "send:" + jobId + "#" + part;
        }
    }

    /** A job's receipts tracking as it now stands. */
    record Tracking(JobReceipts receipts) implements StateRecord {
        public Tracking {
            Objects.requireNonNull(receipts, "receipts");
        }

        @Override
        public String key() {
            return trackingKey(receipts.jobId());
        }
    }

    /** A job's tracking is over: written as a tombstone, so compaction forgets it. */
    record TrackingDone(String jobId) implements StateRecord {
        public TrackingDone {
            Objects.requireNonNull(jobId, "jobId");
        }

        @Override
        public String key() {
            return trackingKey(jobId);
        }
    }

    /** @return the key of a job's tracking record */
    static String trackingKey(String jobId) {
        return "track:" + jobId;
    }

    /** @return the record a tombstone (null value) with this key stands for, if any */
    static Optional<StateRecord> tombstone(String key) {
        return key.startsWith("track:") ? Optional.of(new TrackingDone(key.substring("track:".length())))
                : Optional.empty();
    }

    /** What a mailbox has used of its quotas. */
    record QuotaUsed(String mailbox, QuotaUsage usage) implements StateRecord {
        public QuotaUsed {
            Objects.requireNonNull(mailbox, "mailbox");
            Objects.requireNonNull(usage, "usage");
        }

        @Override
        public String key() {
            return "quota:" + mailbox;
        }
    }
}
