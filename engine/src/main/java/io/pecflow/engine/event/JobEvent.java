package io.pecflow.engine.event;

import io.pecflow.engine.job.JobRef;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One event on {@code pecflow.events} (key = {@code jobId}, or the mailbox for an event
 * {@linkplain EventType#isAboutMailbox() about a mailbox}, whose {@code jobId} is empty).
 * {@code eventId} is stable: the same fact published again after a crash carries the same id, so
 * consumers can drop repeats.
 *
 * @param eventId     stable id of this fact
 * @param jobId       the job it is about ("" for an event about a mailbox)
 * @param campaignId  the job's campaign, if any
 * @param mailbox     the sending mailbox, if known
 * @param type        what happened
 * @param at          when the engine learnt it (engine wall clock)
 * @param messageCode the provider's code of the sending (SUBMITTED and the receipt events)
 * @param recipient   the recipient a per-recipient event is about (RESOLVED: the address found)
 * @param taxCode     the tax code a RESOLVED or NOT_RESOLVED event is about
 * @param reason      why (REJECTED, RETRYING, FAILED, AMBIGUOUS, DEFERRED, DUPLICATE, EXPIRED, NOT_DELIVERED, NO_RECEIPT)
 * @param attempt     which attempt (RETRYING, SUBMITTED, FAILED, AMBIGUOUS), from 1
 * @param until       until when a DEFERRED job waits
 * @param receiptKind which receipt said so (NOT_DELIVERED: NON_ACCEPTANCE, NON_DELIVERY or VIRUS; the other receipt events too)
 * @param receiptAt   the receipt's own time, as the provider dated it
 * @param recovered   SUBMITTED learnt from an acceptance receipt after an AMBIGUOUS send
 * @param counts      how the recipients ended (SETTLED)
 * @param storage     the mailbox's storage (MAILBOX_STORAGE_HIGH)
 * @param metadata    the job's metadata, echoed
 */
public record JobEvent(String eventId, String jobId, Optional<String> campaignId, Optional<String> mailbox,
                       EventType type, Instant at, Optional<String> messageCode, Optional<String> recipient,
                       Optional<String> taxCode, Optional<String> reason, Optional<Integer> attempt, Optional<Instant> until,
                       Optional<String> receiptKind, Optional<Instant> receiptAt, boolean recovered,
                       Optional<SettledCounts> counts, Optional<MailboxStorage> storage,
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
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(receiptKind, "receiptKind");
        Objects.requireNonNull(receiptAt, "receiptAt");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(storage, "storage");
        if (jobId.isEmpty() != type.isAboutMailbox()) {
            throw new IllegalArgumentException(type.isAboutMailbox() ? "a " + type + " event is about a mailbox, not a job"
                    : "a " + type + " event needs a jobId");
        }
        metadata = Map.copyOf(metadata);
    }

    /**
     * @return an event about the job with none of the optional fields; add them with the withers
     */
    public static JobEvent of(String eventId, JobRef ref, EventType type, Instant at) {
        return new JobEvent(eventId, ref.jobId(), ref.campaignId(), ref.mailbox(), type, at, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), ref.metadata());
    }

    /** @return an event about a mailbox (no jobId) */
    public static JobEvent aboutMailbox(String eventId, String mailbox, EventType type, Instant at) {
        return new JobEvent(eventId, "", Optional.empty(), Optional.of(mailbox), type, at, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), Map.of());
    }

    /** @return what this event repeats of its job */
    public JobRef ref() {
        return new JobRef(jobId, campaignId, mailbox, metadata);
    }

    /** @return the record key: the jobId, or the mailbox for an event about a mailbox */
    public String key() {
        return type.isAboutMailbox() ? mailbox.orElseThrow() : jobId;
    }

    /** @return a copy carrying the provider's code of the sending */
    public JobEvent withMessageCode(String code) {
        return copy().messageCode(code).build();
    }

    /** @return a copy about this recipient */
    public JobEvent withRecipient(String address) {
        return copy().recipient(address).build();
    }

    /** @return a copy about this tax code (RESOLVED, NOT_RESOLVED) */
    public JobEvent withTaxCode(String code) {
        return copy().taxCode(code).build();
    }

    /** @return a copy with this reason */
    public JobEvent withReason(String why) {
        return copy().reason(why).build();
    }

    /** @return a copy naming this attempt (from 1) */
    public JobEvent withAttempt(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("attempt counts from 1, got " + number);
        }
        return copy().attempt(number).build();
    }

    /** @return a copy waiting until this instant */
    public JobEvent withUntil(Instant instant) {
        return copy().until(instant).build();
    }

    /** @return a copy naming the receipt that said so and the receipt's own time */
    public JobEvent withReceipt(String kind, Instant dated) {
        return copy().receipt(kind, dated).build();
    }

    /** @return a copy marked as learnt from a receipt after an AMBIGUOUS send */
    public JobEvent asRecovered() {
        return copy().recovered().build();
    }

    /** @return a copy with a settled job's counts */
    public JobEvent withCounts(SettledCounts summary) {
        return copy().counts(summary).build();
    }

    /** @return a copy with a mailbox's storage */
    public JobEvent withStorage(MailboxStorage figures) {
        return copy().storage(figures).build();
    }

    private Copy copy() {
        return new Copy(this);
    }

    /** The withers' one place that knows every component. */
    private static final class Copy {
        private final JobEvent from;
        private Optional<String> messageCode;
        private Optional<String> recipient;
        private Optional<String> taxCode;
        private Optional<String> reason;
        private Optional<Integer> attempt;
        private Optional<Instant> until;
        private Optional<String> receiptKind;
        private Optional<Instant> receiptAt;
        private boolean recovered;
        private Optional<SettledCounts> counts;
        private Optional<MailboxStorage> storage;

        private Copy(JobEvent from) {
            this.from = from;
            this.messageCode = from.messageCode;
            this.recipient = from.recipient;
            this.taxCode = from.taxCode;
            this.reason = from.reason;
            this.attempt = from.attempt;
            this.until = from.until;
            this.receiptKind = from.receiptKind;
            this.receiptAt = from.receiptAt;
            this.recovered = from.recovered;
            this.counts = from.counts;
            this.storage = from.storage;
        }

        Copy messageCode(String value) {
            messageCode = Optional.of(value);
            return this;
        }

        Copy recipient(String value) {
            recipient = Optional.of(value);
            return this;
        }

        Copy taxCode(String value) {
            taxCode = Optional.of(value);
            return this;
        }

        Copy reason(String value) {
            reason = Optional.of(value);
            return this;
        }

        Copy attempt(int value) {
            attempt = Optional.of(value);
            return this;
        }

        Copy until(Instant value) {
            until = Optional.of(value);
            return this;
        }

        Copy receipt(String kind, Instant dated) {
            receiptKind = Optional.of(kind);
            receiptAt = Optional.of(dated);
            return this;
        }

        Copy recovered() {
            recovered = true;
            return this;
        }

        Copy counts(SettledCounts value) {
            counts = Optional.of(value);
            return this;
        }

        Copy storage(MailboxStorage value) {
            storage = Optional.of(value);
            return this;
        }

        JobEvent build() {
            return new JobEvent(from.eventId, from.jobId, from.campaignId, from.mailbox, from.type, from.at,
                    messageCode, recipient, taxCode, reason, attempt, until, receiptKind, receiptAt, recovered, counts,
                    storage, from.metadata);
        }
    }
}
