package io.pecflow.engine.ledger;

import io.pecflow.engine.ratelimit.QuotaUsage;
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

    /** One send of a job moved to {@code state} at its {@code attempt}-th attempt. */
    record SendUpdate(String jobId, String mailbox, long offset, int parts, int part, SendState state, int attempt,
                      Optional<String> messageCode) implements StateRecord {
        public SendUpdate {
            Objects.requireNonNull(jobId, "jobId");
            Objects.requireNonNull(mailbox, "mailbox");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(messageCode, "messageCode");
        }

        @Override
        public String key() {
            return "send:" + jobId + "#" + part;
        }
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
