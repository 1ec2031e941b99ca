package io.pecflow.engine.resolve;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of the compacted resolve-state topic. The topic is a table every resolve stage reads
 * whole: pending TrovaPEC searches (so a restart goes on polling them instead of paying for them
 * again), answers (the cache of tax codes), and the resolve jobs finished above their partition's
 * committed offset (so a restart does not forward them twice). Immutable values.
 */
public sealed interface ResolveRecord {

    /** @return the record key */
    String key();

    /** @return what picks the state partition: a tax code's records share one, in order */
    String routing();

    /** @return true for a tombstone (no value) */
    default boolean isTombstone() {
        return false;
    }

    /** {@code lookup:<taxCode>}: a TrovaPEC search is booked under this token. */
    record PendingLookup(String taxCode, String token, Instant requestedAt) implements ResolveRecord {
        public PendingLookup {
            Objects.requireNonNull(taxCode, "taxCode");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(requestedAt, "requestedAt");
        }

        @Override
        public String key() {
            return "lookup:" + taxCode;
        }

        @Override
        public String routing() {
            return taxCode;
        }
    }

    /** The tombstone of {@code lookup:<taxCode>}: the search is answered or its token is dead. */
    record LookupClosed(String taxCode) implements ResolveRecord {
        public LookupClosed {
            Objects.requireNonNull(taxCode, "taxCode");
        }

        @Override
        public String key() {
            return "lookup:" + taxCode;
        }

        @Override
        public String routing() {
            return taxCode;
        }

        @Override
        public boolean isTombstone() {
            return true;
        }
    }

    /**
     * {@code answer:<taxCode>}: TrovaPEC's answer, kept for the answer cache's time to live.
     *
     * @param address the PEC address found, or empty when none was
     * @param at      when the answer came
     */
    record Answer(String taxCode, Optional<String> address, Instant at) implements ResolveRecord {
        public Answer {
            Objects.requireNonNull(taxCode, "taxCode");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String key() {
            return "answer:" + taxCode;
        }

        @Override
        public String routing() {
            return taxCode;
        }
    }

    /** {@code done:<partition>:<offset>}: that resolve job is finished, its offset not yet committed. */
    record JobDone(int partition, long offset, String jobId) implements ResolveRecord {
        public JobDone {
            Objects.requireNonNull(jobId, "jobId");
        }

        @Override
        public String key() {
            return "done:" + partition + ":" + offset;
        }

        @Override
        public String routing() {
            return "done:" + partition;
        }
    }

    /** The tombstone of {@code done:<partition>:<offset>}: the committed offset passed it. */
    record DoneForgotten(int partition, long offset) implements ResolveRecord {
        @Override
        public String key() {
            return "done:" + partition + ":" + offset;
        }

        @Override
        public String routing() {
            return "done:" + partition;
        }

        @Override
        public boolean isTombstone() {
            return true;
        }
    }
}
