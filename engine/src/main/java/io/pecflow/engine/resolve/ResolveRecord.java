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

    /** @return the record key: {@code lookup:<taxCode>}, {@code answer:<taxCode>}, {@code done:<partition>:<offset>} */
    default String key() {
        return switch (this) {
            case PendingLookup pending -> "lookup:" + pending.taxCode();
            case LookupClosed closed -> "lookup:" + closed.taxCode();
            case Answer answer -> "answer:" + answer.taxCode();
            case JobDone done -> "done:" + done.partition() + ":" + done.offset();
            case DoneForgotten forgotten -> "done:" + forgotten.partition() + ":" + forgotten.offset();
        };
    }

    /** @return what picks the state partition: a tax code's records share one, in the order written */
    default String routing() {
        return switch (this) {
            case PendingLookup pending -> pending.taxCode();
            case LookupClosed closed -> closed.taxCode();
            case Answer answer -> answer.taxCode();
            case JobDone done -> "done:" + done.partition();
            case DoneForgotten forgotten -> "done:" + forgotten.partition();
        };
    }

    /** @return true for a tombstone (no value) */
    default boolean isTombstone() {
        return this instanceof LookupClosed || this instanceof DoneForgotten;
    }

    /** {@code lookup:<taxCode>}: a TrovaPEC search is booked under this token. */
    record PendingLookup(String taxCode, String token, Instant requestedAt) implements ResolveRecord {
        public PendingLookup {
            Objects.requireNonNull(taxCode, "taxCode");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(requestedAt, "requestedAt");
        }
    }

    /** The tombstone of {@code lookup:<taxCode>}: the search is answered or its token is dead. */
    record LookupClosed(String taxCode) implements ResolveRecord {
        public LookupClosed {
            Objects.requireNonNull(taxCode, "taxCode");
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
    }

    /** {@code done:<partition>:<offset>}: that resolve job is finished, its offset not committed yet. */
    record JobDone(int partition, long offset, String jobId) implements ResolveRecord {
        public JobDone {
            Objects.requireNonNull(jobId, "jobId");
        }
    }

    /** The tombstone of {@code done:<partition>:<offset>}: the committed offset passed it. */
    record DoneForgotten(int partition, long offset) implements ResolveRecord {
    }
}
