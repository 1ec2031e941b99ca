package io.pecflow.engine.receipt;

import io.pecflow.adapter.massiva.MailboxCredentials;
import io.pecflow.engine.clock.EngineClock;
import io.pecflow.engine.job.SendJob;
import io.pecflow.engine.ledger.SendState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Follows every send that ended in the dispatch to its recipients' final receipts: polls each
 * sending on an adaptive schedule or, when a mailbox has many messages waiting, scans its inbox
 * (25 receipts a call); searches the inbox for the acceptance of an AMBIGUOUS send; publishes the
 * receipt events and one {@code SETTLED} a job; deletes settled receipts from the mailbox; watches
 * its storage. Its state lives in the dispatch state topic with the partition's other records, so
 * the instance that owns a mailbox tracks its messages and a new owner resumes where the last
 * stopped. Calls come back from {@link #due()} and are started by the caller once the outbox is
 * durable, like sends.
 *
 * <p>Single-threaded: the dispatch thread calls every method.
 */
public final class ReceiptTracker {

    private final ReceiptSettings settings;
    private final EngineClock clock;
    private final ReceiptOutbox outbox;
    private final ReceiptListener listener;
    private final Function<String, Optional<MailboxCredentials>> credentials;
    private final ReceiptEvents events;
    private final Map<Integer, PartitionReceipts> partitions = new HashMap<>();

    /**
     * @param credentials the credentials of a mailbox this engine may use, by address
     */
    public ReceiptTracker(ReceiptSettings settings, EngineClock clock, ReceiptOutbox outbox,
                          Function<String, Optional<MailboxCredentials>> credentials, ReceiptListener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.events = new ReceiptEvents(outbox, clock, listener);
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** A partition was assigned: resume the tracking its state held. */
    public void assigned(int partition, Collection<JobReceipts> restored) {
        PartitionReceipts receipts = new PartitionReceipts(partition, settings, clock, outbox, events, listener,
                credentials);
        partitions.put(partition, receipts);
        if (settings.enabled()) {
            receipts.restore(restored);
        }
    }

    /** A partition went away (its tracking is durable). */
    public void released(int partition) {
        partitions.remove(partition);
    }

    /**
     * A send of a job ended in the dispatch: SUBMITTED is followed to its receipts, AMBIGUOUS
     * searched for, FAILED and EXPIRED counted as never sent.
     *
     * @param recipients the recipients of that send
     * @param attemptAt  when its last attempt started, if known (AMBIGUOUS)
     */
    public void ended(int partition, SendJob job, int parts, int part, List<String> recipients, SendState state,
                      Optional<String> code, Optional<Instant> attemptAt) {
        PartitionReceipts receipts = partitions.get(partition);
        if (!settings.enabled() || receipts == null) {
            return;
        }
        JobReceipts before = receipts.jobs.get(job.jobId());
        JobReceipts current = before != null ? before : JobReceipts.of(job.ref(), parts);
        if (current.knows(part)) {
            return;
        }
        Instant now = clock.now();
        List<TrackedMessage> ended = new ArrayList<>(recipients.size());
        for (String recipient : recipients) {
            ended.add(switch (state) {
                case SUBMITTED -> TrackedMessage.submitted(code.orElseThrow(), job.jobId(), part, recipient, job.mailbox(), now);
                case AMBIGUOUS -> TrackedMessage.unsent(job.jobId(), part, recipient, job.mailbox(), attemptAt.orElse(now),
                        DeliveryStatus.AMBIGUOUS);
                case FAILED, EXPIRED -> TrackedMessage.unsent(job.jobId(), part, recipient, job.mailbox(), now,
                        DeliveryStatus.NOT_SENT);
                case QUEUED, ATTEMPTING -> throw new IllegalArgumentException("a send has not ended in state " + state);
            });
        }
        receipts.put(before, current.with(ended, state == SendState.AMBIGUOUS ? job.subject() : ""), true);
        if (state == SendState.SUBMITTED) {
            receipts.scheduleNextFetch(code.get(), now);
        } else if (state == SendState.AMBIGUOUS) {
            receipts.schedule(PartitionReceipts.Kind.SEARCH, PartitionReceipts.searchKey(job.jobId(), part),
                    now.plus(PartitionReceipts.FIRST_SEARCH_AFTER));
        }
    }

    /** @return the calls to make now; the caller starts them once the outbox is durable */
    public List<ReceiptCall> due() {
        if (!settings.enabled()) {
            return List.of();
        }
        Instant now = clock.now();
        List<ReceiptCall> calls = new ArrayList<>();
        partitions.values().forEach(receipts -> calls.addAll(receipts.due(now)));
        listener.awaiting(awaiting());
        return calls;
    }

    /** A call from {@link #due()} answered. */
    public void answered(ReceiptAnswer answer) {
        PartitionReceipts receipts = partitions.get(answer.call().partition());
        if (receipts != null) {
            new ReceiptAnswers(receipts).take(answer);
        }
    }

    /** @return when a call is next due, if any */
    public Optional<Instant> nextDue() {
        Instant next = null;
        for (PartitionReceipts receipts : partitions.values()) {
            Instant candidate = receipts.nextDue().orElse(null);
            if (candidate != null && (next == null || candidate.isBefore(next))) {
                next = candidate;
            }
        }
        return Optional.ofNullable(next);
    }

    /** @return messages awaiting receipts on this instance */
    public int awaiting() {
        return partitions.values().stream().mapToInt(PartitionReceipts::awaiting).sum();
    }

    /** @return jobs tracked on this instance (not yet settled and cleaned up) */
    public int trackedJobs() {
        return partitions.values().stream().mapToInt(receipts -> receipts.jobs.size()).sum();
    }
}
