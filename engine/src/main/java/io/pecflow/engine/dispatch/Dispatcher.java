package io.pecflow.engine.dispatch;

import io.pecflow.adapter.massiva.MailboxCredentials;
import io.pecflow.engine.clock.EngineClock;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.job.SendJob;
import io.pecflow.engine.ledger.LedgerEntry;
import io.pecflow.engine.ledger.PartitionLedger;
import io.pecflow.engine.ledger.SendState;
import io.pecflow.engine.ledger.StateRecord;
import io.pecflow.engine.ratelimit.Permit;
import io.pecflow.engine.receipt.ReceiptSettings;
import io.pecflow.engine.receipt.ReceiptTracker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatch's decisions, free of Kafka and HTTP: which job read from the dispatch topic is new,
 * a duplicate or a replay after a crash; which mailbox may send what now; what each provider
 * answer means. Everything that must last goes through the {@link Outbox}; the sends it decides
 * on come back from {@link #schedule()} and are started by the caller once the outbox is durable.
 *
 * <p>Single-threaded: the dispatch thread calls every method.
 */
public final class Dispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final DispatchSettings settings;
    private final OutcomePolicy policy;
    private final EngineClock clock;
    private final Outbox outbox;
    private final DispatchEvents events;
    private final DispatchListener listener;
    private final AssignedPartitions partitions = new AssignedPartitions();
    private final BodyCache bodies;
    private final LaneFactory lanes;
    private final ReceiptTracker receipts;

    /** A dispatcher that does not follow receipts. */
    public Dispatcher(DispatchSettings settings, MailboxDirectory mailboxes, OutcomePolicy policy, EngineClock clock,
                      Outbox outbox, PayloadSource payloads, DispatchListener listener) {
        this(settings, mailboxes, policy, clock, outbox, payloads, listener,
                new ReceiptTracker(ReceiptSettings.disabled(), clock, outbox, address -> Optional.empty(),
                        io.pecflow.engine.receipt.ReceiptListener.NONE));
    }

    /** @param receipts follows the sends that end here to their receipts; shares this dispatcher's outbox */
    public Dispatcher(DispatchSettings settings, MailboxDirectory mailboxes, OutcomePolicy policy, EngineClock clock,
                      Outbox outbox, PayloadSource payloads, DispatchListener listener, ReceiptTracker receipts) {
        this.receipts = Objects.requireNonNull(receipts, "receipts");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.events = new DispatchEvents(outbox, clock, listener);
        this.bodies = new BodyCache(settings.payloadCacheBytes(), Objects.requireNonNull(payloads, "payloads"));
        this.lanes = new LaneFactory(Objects.requireNonNull(mailboxes, "mailboxes"), settings, clock);
    }

    /** A partition was assigned and its ledger restored. */
    public void assigned(int partition, PartitionLedger ledger) {
        partitions.put(partition, new PartitionWork(partition, ledger));
        receipts.assigned(partition, ledger.takeTracking());
    }

    /** A record of the dispatch topic that is not a job the engine wrote (a bug or tampering): logged and passed. */
    public void unreadable(int partition, long offset, String reason) {
        LOG.error("Dispatch record {}@{} is unreadable and is skipped: {}", partition, offset, reason);
        work(partition).offsets.passed(offset);
    }

    /** A partition went away: forget it (its state is durable). */
    public void released(int partition) {
        PartitionWork work = partitions.remove(partition);
        receipts.released(partition);
        if (work != null) {
            bodies.dropAll(work);
        }
    }

    /** A job was read from the dispatch topic. */
    public void accept(int partition, long offset, SendJob job) {
        PartitionWork work = work(partition);
        int parts = settings.splitRecipients() ? job.to().size() : 1;
        Optional<Long> acceptedAt = work.ledger.acceptedAt(job.jobId());
        if (acceptedAt.isEmpty()) {
            StateRecord.JobAccepted accepted = new StateRecord.JobAccepted(job.jobId(), job.mailbox(), offset, parts);
            work.ledger.apply(accepted);
            outbox.state(partition, accepted);
            events.accepted(job, offset);
            open(work, offset, job, work.ledger.job(job.jobId()).orElseThrow());
        } else if (acceptedAt.get() != offset) {
            events.duplicate(job, partition, offset, acceptedAt.get());
            work.offsets.passed(offset);
        } else {
            Optional<LedgerEntry> open = work.ledger.job(job.jobId());
            if (open.isPresent()) {
                replay(work, offset, job, open.get());
            } else {
                work.offsets.passed(offset); // settled before a restart: nothing left to do
            }
        }
    }

    /** The same record again after a restart: resume what was queued; what was under way is AMBIGUOUS. */
    private void replay(PartitionWork work, long offset, SendJob job, LedgerEntry entry) {
        for (int part = 0; part < entry.parts(); part++) {
            if (entry.state(part) == SendState.ATTEMPTING && !settings.resendAmbiguous()) {
                record(work, entry, part, SendState.AMBIGUOUS, entry.attempts(part), Optional.empty());
                events.perSend(job, part, settings.splitRecipients(), EventType.AMBIGUOUS, entry.attempts(part))
                        .reason("the engine stopped while attempt " + entry.attempts(part)
                                + " was under way; it may or may not have been sent").emit();
                ended(work, entry, job, part, SendState.AMBIGUOUS, Optional.empty());
            }
        }
        if (entry.isSettled()) {
            work.ledger.settleIfDone(entry);
            work.offsets.passed(offset);
        } else {
            open(work, offset, job, entry);
        }
    }

    private void open(PartitionWork work, long offset, SendJob job, LedgerEntry entry) {
        work.offsets.opened(offset);
        bodies.keep(work, offset, job);
        MailboxLane lane = lane(work, job.mailbox());
        Instant now = clock.now();
        for (int index = 0; index < entry.parts(); index++) {
            if (entry.state(index).isTerminal()) {
                continue;
            }
            int part = index;
            long send = MailboxLane.pack(offset, part);
            Optional<Instant> notBefore = job.notBefore().filter(at -> at.isAfter(now));
            if (notBefore.isPresent()) {
                lane.enqueueAt(send, notBefore.get());
                events.perSend(job, part, settings.splitRecipients(), EventType.DEFERRED, 0)
                        .until(notBefore.get()).reason("waiting for its notBefore").emit();
            } else {
                lane.enqueue(send);
                lane.quotaBlockedUntil().filter(until -> until.isAfter(now)).ifPresent(until ->
                        events.perSend(job, part, settings.splitRecipients(), EventType.DEFERRED, 0).until(until)
                                .reason("the mailbox's quota is used up until then").emit());
            }
        }
    }

    /**
     * Decides which sends start now, records each attempt (and the quota it takes) in the outbox,
     * and returns them: the caller starts them only after the outbox is durable.
     */
    public List<SendTask> schedule() {
        List<SendTask> tasks = new ArrayList<>();
        Instant now = clock.now();
        for (PartitionWork work : partitions.all()) {
            for (MailboxLane lane : work.lanes.values()) {
                while (lane.hasRoom() && lane.suspendedBecause().isEmpty() && lane.waiting() > 0) {
                    Optional<SendTask> task = scheduleLane(work, lane, now);
                    if (task.isEmpty()) {
                        break;
                    }
                    tasks.add(task.get());
                }
            }
        }
        return tasks;
    }

    private Optional<SendTask> scheduleLane(PartitionWork work, MailboxLane lane, Instant now) {
        if (lane.quotaBlockedUntil().map(until -> until.isAfter(now)).orElse(false)) {
            return Optional.empty();
        }
        lane.quotaBlockedUntil(null);
        OptionalLong head = lane.head(now);
        while (head.isPresent()) {
            long send = head.getAsLong();
            SendJob job = body(work, MailboxLane.offsetOf(send));
            LedgerEntry entry = work.ledger.job(job.jobId()).orElseThrow();
            int part = MailboxLane.partOf(send);
            if (job.expiresAt().map(at -> !at.isAfter(now)).orElse(false)) {
                lane.takeHead();
                finish(work, entry, job, send, SendState.EXPIRED, entry.attempts(part), Optional.empty(),
                        "its expiresAt " + job.expiresAt().get() + " passed before it could be sent");
                head = lane.head(now);
                continue;
            }
            return start(work, lane, job, entry, send, now);
        }
        return Optional.empty();
    }

    private Optional<SendTask> start(PartitionWork work, MailboxLane lane, SendJob job, LedgerEntry entry, long send,
                                     Instant now) {
        int part = MailboxLane.partOf(send);
        List<String> recipients = settings.splitRecipients() ? List.of(job.to().get(part)) : job.to();
        switch (lane.pacer().tryAcquire(recipients.size(), settings.pacingLookAhead())) {
            case Permit.Granted granted -> {
                lane.takeHead();
                listener.pacingWait(lane.mailbox(), java.time.Duration.ofNanos(lane.pacedNanos(clock.nanoTime()))
                        .plus(granted.startIn()));
                int attempt = entry.attempts(part) + 1;
                record(work, entry, part, SendState.ATTEMPTING, attempt, Optional.empty(), Optional.of(now));
                outbox.state(work.partition, new StateRecord.QuotaUsed(lane.mailbox(), lane.pacer().usage()));
                lane.started();
                return Optional.of(new SendTask(work.partition, send, attempt, job.ref(), recipients,
                        DispatchRules.request(job, recipients), lane.credentials(), clock.nanoTime() + granted.startIn().toNanos()));
            }
            case Permit.WaitForRate wait -> {
                lane.waitingForPace(clock.nanoTime());
                return Optional.empty();
            }
            case Permit.WaitForQuota quota -> {
                block(work, lane, quota.until(), quota.reason());
                return Optional.empty();
            }
            case Permit.NeverFits never -> {
                lane.takeHead();
                finish(work, entry, job, send, SendState.FAILED, entry.attempts(part), Optional.empty(), never.reason());
                return Optional.empty();
            }
        }
    }

    /** A send ended; {@code task} came from {@link #schedule()}. */
    public void completed(Completion completion) {
        SendTask task = completion.task();
        PartitionWork work = partitions.get(task.partition());
        if (work == null) {
            LOG.warn("Outcome of {} arrived after its partition was released; the ledger keeps it as attempted", task);
            return;
        }
        SendJob job = body(work, task.offset());
        MailboxLane lane = lane(work, job.mailbox());
        LedgerEntry entry = work.ledger.job(job.jobId()).orElseThrow();
        lane.ended();
        Decision decision = policy.decide(completion.outcome(), task.attempt());
        boolean surelyNotSent = DispatchRules.surelyNotSent(completion.outcome());
        lane.pacer().finished(surelyNotSent, task.recipients().size(), completion.answeredAtNanos());
        if (surelyNotSent) {
            outbox.state(work.partition, new StateRecord.QuotaUsed(lane.mailbox(), lane.pacer().usage()));
        }
        new OutcomeHandler(this, work, lane, job, entry, task).handle(decision);
    }

    // ---- used by OutcomeHandler -------------------------------------------------------------

    void record(PartitionWork work, LedgerEntry entry, int part, SendState state, int attempt, Optional<String> code) {
        record(work, entry, part, state, attempt, code, Optional.empty());
    }

    private void record(PartitionWork work, LedgerEntry entry, int part, SendState state, int attempt,
                        Optional<String> code, Optional<Instant> attemptAt) {
        entry.update(part, state, attempt, attemptAt);
        outbox.state(work.partition, new StateRecord.SendUpdate(entry.jobId(), entry.mailbox(), entry.offset(),
                entry.parts(), part, state, attempt, code, attemptAt));
    }

    /** A send reached its final dispatch state: its recipients are followed to their receipts. */
    private void ended(PartitionWork work, LedgerEntry entry, SendJob job, int part, SendState state, Optional<String> code) {
        receipts.ended(work.partition, job, entry.parts(), part,
                settings.splitRecipients() ? List.of(job.to().get(part)) : job.to(), state, code, entry.attemptedAt(part));
    }

    void finish(PartitionWork work, LedgerEntry entry, SendJob job, long send, SendState state, int attempt,
                Optional<String> code, String reason) {
        int part = MailboxLane.partOf(send);
        record(work, entry, part, state, attempt, code);
        DispatchEvents.Builder event = events.perSend(job, part, settings.splitRecipients(), DispatchRules.eventType(state), attempt);
        code.ifPresent(event::messageCode);
        if (reason != null) {
            event.reason(reason);
        }
        event.emit();
        ended(work, entry, job, part, state, code);
        if (entry.isSettled()) {
            work.ledger.settleIfDone(entry);
            work.offsets.finished(entry.offset());
            bodies.drop(work, entry.offset());
        }
    }

    /** The mailbox's quota is spent until {@code until}: every send waiting in it is told so. */
    void block(PartitionWork work, MailboxLane lane, Instant until, String reason) {
        lane.quotaBlockedUntil(until);
        LOG.info("Mailbox {} out of quota until {}: {} sends wait", lane.mailbox(), until, lane.waiting());
        lane.forEachWaiting(send -> {
            SendJob job = body(work, MailboxLane.offsetOf(send));
            events.perSend(job, MailboxLane.partOf(send), settings.splitRecipients(), EventType.DEFERRED, 0)
                    .until(until).reason(reason).emit();
        });
    }

    DispatchEvents events() {
        return events;
    }

    boolean splitRecipients() {
        return settings.splitRecipients();
    }

    EngineClock clock() {
        return clock;
    }

    void quotaChanged(PartitionWork work, MailboxLane lane) {
        outbox.state(work.partition, new StateRecord.QuotaUsed(lane.mailbox(), lane.pacer().usage()));
    }

    void suspended(MailboxLane lane, String reason) {
        if (lane.suspendedBecause().isEmpty()) {
            LOG.warn("Mailbox {} suspended: {}. Its {} sends wait; it is tried again every {}", lane.mailbox(), reason,
                    lane.waiting(), settings.suspendedProbe());
            listener.suspended(lane.mailbox(), true);
        }
        lane.suspend(reason);
    }

    // ---- suspension probes ------------------------------------------------------------------

    /** A probe of a suspended mailbox answered; {@code works} resumes it. */
    public void probed(MailboxProbe probe, boolean works) {
        PartitionWork work = partitions.get(probe.partition());
        MailboxLane lane = work == null ? null : work.lanes.get(probe.mailbox());
        if (lane != null && works && lane.suspendedBecause().isPresent()) {
            lane.resume();
            LOG.info("Mailbox {} works again; its {} waiting sends resume", lane.mailbox(), lane.waiting());
            listener.suspended(lane.mailbox(), false);
        }
    }

    /** A suspended mailbox to try again. */
    public record MailboxProbe(int partition, String mailbox, MailboxCredentials credentials) {
    }

    /** Tells the listener where each mailbox stands (backlog, quota). */
    public void report() {
        partitions.mailboxFigures(clock.now(), settings.zone()).forEach(listener::mailbox);
    }

    /** @return the receipt tracker, for the Kafka edge to run its calls */
    public ReceiptTracker receipts() {
        return receipts;
    }

    /** @return the assigned partitions, for the Kafka edge's questions (commit points, in flight, timing) */
    public AssignedPartitions partitions() {
        return partitions;
    }

    // ---- helpers ----------------------------------------------------------------------------

    private PartitionWork work(int partition) {
        PartitionWork work = partitions.get(partition);
        if (work == null) {
            throw new IllegalStateException("partition " + partition + " is not assigned here");
        }
        return work;
    }

    private MailboxLane lane(PartitionWork work, String mailbox) {
        MailboxLane existing = work.lanes.get(mailbox);
        if (existing != null) {
            return existing;
        }
        MailboxLane lane = lanes.create(work, mailbox);
        work.lanes.put(mailbox, lane);
        if (!lane.configured()) {
            suspended(lane, "the mailbox is not configured in this engine (pecflow.mailboxes); its jobs wait");
        }
        return lane;
    }

    private SendJob body(PartitionWork work, long offset) {
        return bodies.get(work, offset);
    }
}
