package io.pecflow.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One sandbox mailbox: credentials, plan, rate and quota state, inbox, accepted sends and counters.
 * Everything mutable is guarded by the mailbox's own lock, so mailboxes never contend with each other.
 */
final class Mailbox {

    private final ReentrantLock lock = new ReentrantLock();
    private final String address;
    private volatile String password;
    private volatile MailboxPlan plan;

    private final Inbox inbox;
    private final Set<SendRequest.Digest> digests = new HashSet<>();
    private final List<Sending> sends = new ArrayList<>();
    private boolean anyArrival;
    private long lastArrivalNanos;
    private long quotaWindow;
    private MailboxPlan.QuotaPeriod quotaPeriod;
    private long quotaUsed;
    private long accepted;
    private long recipients;
    private long rateViolations;
    private long quotaRejections;
    private long duplicates;
    private long lostResponses;
    private long injectedErrors;
    private long unauthorized;

    Mailbox(SandboxMailbox spec, long inboxLimitKib) {
        this.address = spec.address();
        this.password = spec.password();
        this.plan = spec.plan();
        this.inbox = new Inbox(inboxLimitKib);
    }

    String address() {
        return address;
    }

    MailboxPlan plan() {
        return plan;
    }

    boolean passwordMatches(String candidate) {
        return password.equals(candidate);
    }

    SandboxMailbox spec() {
        return new SandboxMailbox(address, password, plan);
    }

    /** Replaces password and plan, keeping inbox, sends and counters. */
    void update(String newPassword, MailboxPlan newPlan) {
        locked(() -> {
            password = newPassword;
            plan = newPlan;
        });
    }

    /**
     * Records the arrival of an authenticated {@code POST /send}, whatever becomes of it.
     *
     * @return 0 if it kept the minimum interval, else the nanoseconds still to wait (a violation, counted)
     */
    long arrive(long nowNanos, long minIntervalNanos) {
        lock.lock();
        try {
            long since = nowNanos - lastArrivalNanos;
            boolean tooSoon = anyArrival && since < minIntervalNanos;
            anyArrival = true;
            lastArrivalNanos = nowNanos;
            if (!tooSoon) {
                return 0;
            }
            rateViolations++;
            return minIntervalNanos - since;
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock: quota, then the injected failure, then acceptance. */
    SendOutcome accept(SendRequest request, Instant now, SendRules rules) {
        lock.lock();
        try {
            inbox.deliverDue(now);
            int n = request.recipients().size();
            if (!quotaAllows(n, now)) {
                quotaRejections++;
                if (rules.enforceLimits()) {
                    return new SendOutcome.QuotaExceeded(plan.exhaustedMessage());
                }
            }
            if (rules.injectFailure()) {
                injectedErrors++;
                return new SendOutcome.InjectedError();
            }
            Sending sending = new Sending(rules.nextCode(now), address, request.recipients(), request.subject(),
                    request.body(), request.messageKib(), now);
            record(sending, request.digest());
            ReceiptPlanner.Plan receipts = rules.plan(sending);
            receipts.forSender().forEach(inbox::schedule);
            boolean lost = rules.loseResponse();
            if (lost) {
                lostResponses++;
            }
            return new SendOutcome.Accepted(sending, lost, receipts.envelopes());
        } finally {
            lock.unlock();
        }
    }

    private boolean quotaAllows(int n, Instant now) {
        long window = plan.windowOf(now);
        if (window != quotaWindow || plan.period() != quotaPeriod) {
            quotaWindow = window;
            quotaPeriod = plan.period();
            quotaUsed = 0;
        }
        return quotaUsed + n <= plan.limit();
    }

    private void record(Sending sending, SendRequest.Digest digest) {
        accepted++;
        recipients += sending.recipients().size();
        quotaUsed += sending.recipients().size();
        if (!digests.add(digest)) {
            duplicates++;
        }
        sends.add(sending);
    }

    /** Lands due receipts, then runs {@code operation} on the inbox under the lock. */
    <T> T withInbox(Instant now, Function<Inbox, T> operation) {
        lock.lock();
        try {
            inbox.deliverDue(now);
            return operation.apply(inbox);
        } finally {
            lock.unlock();
        }
    }

    /** Schedules an envelope from another (or this) mailbox. */
    void receive(Receipt envelope) {
        locked(() -> inbox.schedule(envelope));
    }

    void countUnauthorized() {
        locked(() -> unauthorized++);
    }

    void countInjectedError() {
        locked(() -> injectedErrors++);
    }

    List<AcceptedSend> sends() {
        return withInbox(Instant.MIN, ignored -> sends.stream().map(Sending::toAcceptedSend).toList());
    }

    SandboxStats.Counters counters(Instant now) {
        return withInbox(now, in -> new SandboxStats.Counters(accepted, recipients, rateViolations,
                quotaRejections, duplicates, lostResponses, injectedErrors, unauthorized, in.dropped(),
                in.size(), in.usageKib()));
    }

    /** Forgets everything but address, password, plan and inbox limit. */
    void reset() {
        locked(() -> {
            inbox.clear();
            digests.clear();
            sends.clear();
            anyArrival = false;
            quotaPeriod = null;
            quotaUsed = 0;
            accepted = 0;
            recipients = 0;
            rateViolations = 0;
            quotaRejections = 0;
            duplicates = 0;
            lostResponses = 0;
            injectedErrors = 0;
            unauthorized = 0;
        });
    }

    private void locked(Runnable action) {
        lock.lock();
        try {
            action.run();
        } finally {
            lock.unlock();
        }
    }
}
