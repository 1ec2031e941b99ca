package io.pecflow.engine.job;

import java.util.Objects;

/** What {@link JobReader} made of one record of {@code pecflow.jobs}. */
public sealed interface JobReading {

    /** A valid job, normalised: to be accepted (or found a duplicate). */
    record Valid(SendJob job) implements JobReading {
        public Valid {
            Objects.requireNonNull(job, "job");
        }
    }

    /**
     * A job with a usable {@code jobId} that breaks the contract: to be answered with a REJECTED event.
     *
     * @param ref    the raw jobId and whatever campaignId, mailbox and metadata passed their own checks
     * @param reason every problem found, {@code "field: what is wrong"}, joined with {@code "; "}
     */
    record Rejected(JobRef ref, String reason) implements JobReading {
        public Rejected {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A record no event can be keyed for (not JSON, not an object, no usable jobId): to be dead-lettered
     * untouched, with the reason in a header.
     */
    record Unreadable(String reason) implements JobReading {
        public Unreadable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
