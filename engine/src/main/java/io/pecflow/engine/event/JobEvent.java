package io.pecflow.engine.event;

import io.pecflow.engine.job.JobRef;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One event on {@code pecflow.events} (key = {@code jobId}). {@code eventId} is stable: the same
 * fact published again after a crash carries the same id, so consumers can drop repeats.
 *
 * @param eventId     stable id of this fact
 * @param jobId       the job it is about
 * @param campaignId  the job's campaign, if any
 * @param mailbox     the sending mailbox, if known
 * @param type        what happened
 * @param at          when it happened (engine wall clock)
 * @param messageCode the provider's code of the sending ({@code SUBMITTED})
 * @param recipient   the recipient a per-recipient event is about
 * @param reason      why (REJECTED, RETRYING, FAILED, AMBIGUOUS, DEFERRED, DUPLICATE, EXPIRED)
 * @param attempt     which attempt (RETRYING, SUBMITTED, FAILED, AMBIGUOUS), from 1
 * @param until       until when a DEFERRED job waits
 * @param metadata    the job's metadata, echoed
 */
public record JobEvent(String eventId, String jobId, Optional<String> campaignId, Optional<String> mailbox,
                       EventType type, Instant at, Optional<String> messageCode, Optional<String> recipient,
                       Optional<String> reason, Optional<Integer> attempt, Optional<Instant> until,
                       Map<String, String> metadata) {

    public JobEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(messageCode, "messageCode");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(until, "until");
        metadata = Map.copyOf(metadata);
    }

    /**
     * @return an event about the job with none of the optional fields; add them with the withers
     */
    public static JobEvent of(String eventId, JobRef ref, EventType type, Instant at) {
        return new JobEvent(eventId, ref.jobId(), ref.campaignId(), ref.mailbox(), type, at, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ref.metadata());
    }

    /** @return what this event repeats of its job */
    public JobRef ref() {
        return new JobRef(jobId, campaignId, mailbox, metadata);
    }

    /** @return a copy carrying the provider's code of the sending */
    public JobEvent withMessageCode(String code) {
        return new JobEvent(eventId, jobId, campaignId, mailbox, type, at, Optional.of(code), recipient, reason,
                attempt, until, metadata);
    }

    /** @return a copy about this recipient */
    public JobEvent withRecipient(String address) {
        return new JobEvent(eventId, jobId, campaignId, mailbox, type, at, messageCode, Optional.of(address), reason,
                attempt, until, metadata);
    }

    /** @return a copy with this reason */
    public JobEvent withReason(String why) {
        return new JobEvent(eventId, jobId, campaignId, mailbox, type, at, messageCode, recipient, Optional.of(why),
                attempt, until, metadata);
    }

    /** @return a copy naming this attempt (from 1) */
    public JobEvent withAttempt(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("attempt counts from 1, got " + number);
        }
        return new JobEvent(eventId, jobId, campaignId, mailbox, type, at, messageCode, recipient, reason,
                Optional.of(number), until, metadata);
    }

    /** @return a copy waiting until this instant */
    public JobEvent withUntil(Instant instant) {
        return new JobEvent(eventId, jobId, campaignId, mailbox, type, at, messageCode, recipient, reason, attempt,
                Optional.of(instant), metadata);
    }
}
