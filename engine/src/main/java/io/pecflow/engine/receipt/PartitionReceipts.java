package io.pecflow.engine.receipt;

import io.pecflow.adapter.massiva.MailboxCredentials;
import io.pecflow.engine.clock.EngineClock;
import io.pecflow.engine.ledger.StateRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The receipt tracking of one dispatch partition: its jobs, which provider call is due when, and
 * its mailboxes' pollers. Every change of a job is written as its state record (or a tombstone
 * once it is done) through the outbox. Dispatch thread only.
 */
final class PartitionReceipts {

    /** How soon after an AMBIGUOUS send its acceptance is first looked for. */
    static final Duration FIRST_SEARCH_AFTER = Duration.ofSeconds(10);
    /** How long a failed call waits before it is made again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    /** How long a call the budget does not allow now waits. */
    static final Duration BUDGET_WAIT = Duration.ofMillis(200);
    /** Calls an evidence search may make: inbox pages plus candidate sendings. */
    static final int SEARCH_CALLS = 6;

    enum Kind { FETCH, SEARCH, DELETE }

    /**
     * A call due at {@code at} (first due at {@code dueAt}, if it had to wait); stale unless its
     * {@code version} is still the key's.
     */
    private record Due(Instant at, Instant dueAt, Kind kind, String key, long version) {
        Due later(Instant when) {
            return new Due(when, dueAt, kind, key, version);
        }
    }

    final int partition;
    final ReceiptSettings settings;
    final EngineClock clock;
    final ReceiptEvents events;
    final ReceiptListener listener;
    private final ReceiptOutbox outbox;
    private final Function<String, Optional<MailboxCredentials>> credentials;
    final Map<String, JobReceipts> jobs = new HashMap<>();
    final Map<String, String> jobByCode = new HashMap<>();
    /** Fetches forced by a scan that saw news it cannot read alone (a failure's reason, several recipients). */
    final Set<String> detailWanted = new HashSet<>();
    final Set<String> inFlight = new HashSet<>();
    final Map<String, MailboxPoller> pollers = new LinkedHashMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    private final PriorityQueue<Due> queue = new PriorityQueue<>(Comparator.comparing(Due::at));
    private long nextVersion;

    PartitionReceipts(int partition, ReceiptSettings settings, EngineClock clock, ReceiptOutbox outbox,
                      ReceiptEvents events, ReceiptListener listener,
                      Function<String, Optional<MailboxCredentials>> credentials) {
        this.partition = partition;
        this.settings = settings;
        this.clock = clock;
        this.outbox = outbox;
        this.events = events;
        this.listener = listener;
        this.credentials = credentials;
    }

    // ---- jobs --------------------------------------------------------------------------------

    /** Takes over the jobs tracked when the partition's state was restored; everything is asked again now. */
    void restore(Iterable<JobReceipts> restored) {
        Instant now = clock.now();
        for (JobReceipts job : restored) {
            put(null, job, false);
            for (TrackedMessage message : job.messages()) {
                if (message.status().awaitsReceipts()) {
                    schedule(Kind.FETCH, message.messageCode(), now);
                } else if (message.status() == DeliveryStatus.AMBIGUOUS) {
                    schedule(Kind.SEARCH, searchKey(job.jobId(), message.part()), now);
                }
            }
        }
    }

    /**
     * Records a job's new state: publishes SETTLED when it became complete, schedules the clean-up
     * of sendings that became final, and writes the state record (a tombstone once done).
     */
    void put(JobReceipts before, JobReceipts after, boolean durable) {
        JobReceipts job = after;
        if (job.isComplete() && !job.settled()) {
            events.settled(job);
            job = job.markedSettled();
            durable = true;
        }
        MailboxPoller poller = poller(mailboxOf(job));
        poller.awaiting += awaiting(job) - (before == null ? 0 : awaiting(before));
        for (TrackedMessage message : job.messages()) {
            if (message.hasCode()) {
                jobByCode.put(message.messageCode(), job.jobId());
            }
        }
        if (settings.cleanup()) {
            for (String code : finalUncleanedCodes(job)) {
                if (!versions.containsKey(Kind.DELETE + code) && !inFlight.contains(Kind.DELETE + code)) {
                    schedule(Kind.DELETE, code, clock.now());
                }
            }
        }
        if (job.isDone(settings.cleanup())) {
            jobs.remove(job.jobId());
            job.messages().stream().filter(TrackedMessage::hasCode).forEach(message -> jobByCode.remove(message.messageCode()));
            outbox.state(partition, new StateRecord.TrackingDone(job.jobId()));
        } else {
            jobs.put(job.jobId(), job);
            if (durable) {
                outbox.state(partition, new StateRecord.Tracking(job));
            }
        }
    }

    /** Applies {@code change} to the messages of the code's job that {@code which} selects. */
    void change(String jobId, Predicate<TrackedMessage> which, UnaryOperator<TrackedMessage> change) {
        JobReceipts job = jobs.get(jobId);
        if (job != null) {
            put(job, job.changed(which, change), true);
        }
    }

    Optional<JobReceipts> jobOfCode(String code) {
        return Optional.ofNullable(jobByCode.get(code)).map(jobs::get);
    }

    List<TrackedMessage> awaitingOf(String code) {
        return jobOfCode(code).map(job -> job.messages().stream()
                .filter(message -> message.messageCode().equals(code) && message.status().awaitsReceipts())
                .toList()).orElse(List.of());
    }

    int awaiting() {
        return pollers.values().stream().mapToInt(poller -> poller.awaiting).sum();
    }

    // ---- what is due -------------------------------------------------------------------------

    void schedule(Kind kind, String key, Instant at) {
        long version = ++nextVersion;
        versions.put(kind + key, version);
        queue.add(new Due(at, at, kind, key, version));
    }

    /** Schedules the code's next fetch by the poll schedule, or gives up the messages past their deadline. */
    void scheduleNextFetch(String code, Instant now) {
        List<TrackedMessage> waiting = awaitingOf(code);
        if (!waiting.isEmpty()) {
            settings.schedule().nextPollAfter(waiting.getFirst().submittedAt(), now)
                    .ifPresentOrElse(at -> schedule(Kind.FETCH, code, at), () -> schedule(Kind.FETCH, code, now));
        }
    }

    Optional<Instant> nextDue() {
        Instant next = queue.isEmpty() ? null : queue.peek().at();
        for (MailboxPoller poller : pollers.values()) {
            if (poller.scanMode(settings.inboxScanFrom()) && !poller.scanInFlight) {
                next = earliest(next, poller.lastScanAt.plus(settings.inboxScanEvery()));
            }
            if (poller.awaiting > 0) {
                next = earliest(next, poller.nextStorageCheck);
            }
        }
        return Optional.ofNullable(next);
    }

    /** Decides the calls to make now, within each mailbox's budget. */
    List<ReceiptCall> due(Instant now) {
        List<ReceiptCall> calls = new ArrayList<>();
        for (MailboxPoller poller : pollers.values()) {
            credentials.apply(poller.mailbox).ifPresent(mailbox -> mailboxCalls(poller, mailbox, now, calls));
        }
        List<Due> later = new ArrayList<>();
        while (!queue.isEmpty() && !queue.peek().at().isAfter(now)) {
            Due due = queue.poll();
            if (versions.getOrDefault(due.kind() + due.key(), -1L) != due.version()) {
                continue;
            }
            Optional<ReceiptCall> call = call(due, now, later);
            call.ifPresent(made -> {
                versions.remove(due.kind() + due.key());
                inFlight.add(due.kind() + due.key());
                poller(made.mailbox()).inFlight++;
                calls.add(made);
            });
        }
        queue.addAll(later);
        return calls;
    }

    private void mailboxCalls(MailboxPoller poller, MailboxCredentials mailbox, Instant now, List<ReceiptCall> calls) {
        if (poller.scanMode(settings.inboxScanFrom()) && !poller.scanInFlight && poller.inFlight < settings.maxInFlight()
                && !now.isBefore(poller.lastScanAt.plus(settings.inboxScanEvery()))) {
            int pages = poller.take(settings.inboxMaxPages());
            if (pages > 0) {
                calls.add(new ReceiptCall.ScanInbox(partition, poller.mailbox, mailbox, poller.seenId, pages));
                poller.scanInFlight = true;
                poller.inFlight++;
                poller.lastScanAt = now;
            }
        }
        if (poller.awaiting > 0 && !now.isBefore(poller.nextStorageCheck) && poller.inFlight < settings.maxInFlight()
                && poller.take(1) == 1) {
            calls.add(new ReceiptCall.CheckStorage(partition, poller.mailbox, mailbox));
            poller.inFlight++;
            poller.nextStorageCheck = now.plus(settings.storageCheckEvery());
        }
    }

    private Optional<ReceiptCall> call(Due due, Instant now, List<Due> later) {
        String mailbox = mailboxOfKey(due);
        if (mailbox == null) {
            versions.remove(due.kind() + due.key());
            return Optional.empty();
        }
        MailboxPoller poller = poller(mailbox);
        if (due.kind() == Kind.FETCH && awaitingOf(due.key()).isEmpty()) {
            versions.remove(due.kind() + due.key()); // every recipient of the sending is final already
            return Optional.empty();
        }
        if (due.kind() == Kind.FETCH && coveredByScan(poller, due, now, later)) {
            return Optional.empty();
        }
        Optional<MailboxCredentials> credentials = this.credentials.apply(mailbox);
        int wanted = due.kind() == Kind.SEARCH ? SEARCH_CALLS : 1;
        int granted = credentials.isEmpty() || inFlight.contains(due.kind() + due.key())
                || poller.inFlight >= settings.maxInFlight() ? 0 : poller.take(wanted);
        if (granted == 0) {
            later.add(due.later(now.plus(credentials.isEmpty() ? Duration.ofMinutes(1) : BUDGET_WAIT)));
            return Optional.empty();
        }
        return Optional.of(switch (due.kind()) {
            case FETCH -> {
                detailWanted.remove(due.key());
                yield new ReceiptCall.FetchSending(partition, mailbox, credentials.get(), due.key());
            }
            case DELETE -> new ReceiptCall.DeleteSending(partition, mailbox, credentials.get(), due.key());
            case SEARCH -> search(due.key(), mailbox, credentials.get(), granted);
        });
    }

    /**
     * While a mailbox's inbox is scanned, a scheduled fetch is covered by a complete scan that
     * started after it was due; it waits for the next scan otherwise. The deadline's fetch, and
     * one a scan asked for, are always made.
     */
    private boolean coveredByScan(MailboxPoller poller, Due due, Instant now, List<Due> later) {
        List<TrackedMessage> waiting = awaitingOf(due.key());
        if (detailWanted.contains(due.key()) || !poller.scanMode(settings.inboxScanFrom())
                || waiting.getFirst().submittedAt().isBefore(poller.gapBefore)) {
            return false;
        }
        Instant deadline = settings.schedule().deadline(waiting.getFirst());
        if (!due.at().isBefore(deadline)) {
            return false;
        }
        if (!due.dueAt().isAfter(poller.lastCompleteScanAt)) {
            versions.remove(due.kind() + due.key());
            scheduleNextFetch(due.key(), now);
            return true;
        }
        Instant nextScan = poller.lastScanAt.plus(settings.inboxScanEvery());
        Instant retry = nextScan.isAfter(now) ? nextScan : now.plus(settings.inboxScanEvery());
        later.add(due.later(retry.isAfter(deadline) ? deadline : retry));
        return true;
    }

    private ReceiptCall search(String key, String mailbox, MailboxCredentials credentials, int calls) {
        int hash = key.lastIndexOf('#');
        String jobId = key.substring(0, hash);
        int part = Integer.parseInt(key.substring(hash + 1));
        JobReceipts job = jobs.get(jobId);
        List<TrackedMessage> ambiguous = job.messages().stream().filter(message -> message.part() == part).toList();
        Instant attemptAt = ambiguous.getFirst().submittedAt();
        Set<String> known = new HashSet<>(jobByCode.keySet());
        return new ReceiptCall.SearchAcceptance(partition, mailbox, credentials, jobId, part, job.subject(),
                ambiguous.stream().map(TrackedMessage::recipient).toList(), attemptAt.minus(settings.ambiguousSlack()),
                attemptAt.plus(settings.ambiguousSlack()), known, calls);
    }

    private String mailboxOfKey(Due due) {
        if (due.kind() == Kind.SEARCH) {
            JobReceipts job = jobs.get(due.key().substring(0, due.key().lastIndexOf('#')));
            return job == null ? null : mailboxOf(job);
        }
        return jobOfCode(due.key()).map(PartitionReceipts::mailboxOf).orElse(null);
    }

    // ---- helpers -----------------------------------------------------------------------------

    MailboxPoller poller(String mailbox) {
        return pollers.computeIfAbsent(mailbox, address -> new MailboxPoller(address, settings.callsPerSecond(),
                settings.inboxMaxPages(), clock));
    }

    static String searchKey(String jobId, int part) {
        return jobId + "#" + part;
    }

    static String mailboxOf(JobReceipts job) {
        return job.ref().mailbox().orElse("");
    }

    private static int awaiting(JobReceipts job) {
        return (int) job.messages().stream().filter(message -> message.status().awaitsReceipts()).count();
    }

    private static List<String> finalUncleanedCodes(JobReceipts job) {
        Map<String, Boolean> allFinal = new LinkedHashMap<>();
        for (TrackedMessage message : job.messages()) {
            if (message.hasCode() && !message.cleaned()) {
                allFinal.merge(message.messageCode(), message.status().isFinal(), Boolean::logicalAnd);
            }
        }
        return allFinal.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    private static Instant earliest(Instant current, Instant candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }
}
