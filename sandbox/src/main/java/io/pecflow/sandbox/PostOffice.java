package io.pecflow.sandbox;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox's domain, free of HTTP: the mailboxes and the send pipeline (rate, validation, quota, fault,
 * acceptance). Thread-safe; the hot path takes only the sending mailbox's lock.
 */
final class PostOffice implements SendRules, PecAccount.SandboxMailboxes {

    private static final ReceiptPlanner.Plan NO_RECEIPTS = new ReceiptPlanner.Plan(List.of(), List.of());

    private final SandboxClock clock;
    private final SandboxFaults faults;
    private final ReceiptPlanner planner;
    private final boolean enforceLimits;
    private final boolean receipts;
    private final long minIntervalNanos;
    private final long defaultInboxLimitKib;
    private final Map<String, Mailbox> mailboxes = new ConcurrentHashMap<>();
    // mailboxes are never removed, so neither are their domains
    private final Set<String> domains = ConcurrentHashMap.newKeySet();
    // global, never reset, so a code is never reused within a run
    private final AtomicLong sequence = new AtomicLong();
    private final LongAdder anonymousUnauthorized = new LongAdder();

    PostOffice(SandboxOptions options, SandboxClock clock, SandboxFaults faults) {
        this.clock = clock;
        this.faults = faults;
        this.planner = new ReceiptPlanner(options.acceptDelay(), options.deliveryDelay());
        this.enforceLimits = options.enforceLimits();
        this.receipts = options.receipts();
        this.minIntervalNanos = options.minInterval().toNanos();
        this.defaultInboxLimitKib = options.inboxLimitKib();
        options.mailboxes().forEach(this::addMailbox);
    }

    /**
     * Checks mailbox credentials; a failure (missing, unknown, wrong password, 401 fault) is counted.
     *
     * @return the mailbox, or empty for a 401
     */
    Optional<Mailbox> authenticate(String username, String password) {
        if (username == null || password == null) {
            anonymousUnauthorized.increment();
            return Optional.empty();
        }
        String key = SandboxMailbox.key(username);
        Mailbox mailbox = mailboxes.get(key);
        if (mailbox == null) {
            anonymousUnauthorized.increment();
            return Optional.empty();
        }
        if (!mailbox.passwordMatches(password) || faults.isUnauthorized(key)) {
            mailbox.countUnauthorized();
            return Optional.empty();
        }
        return Optional.of(mailbox);
    }

    /** Counts a 401 that concerns no mailbox (a wrong bearer token). */
    void countAnonymousUnauthorized() {
        anonymousUnauthorized.increment();
    }

    /** The pipeline after authentication: rate, validation, quota, injected fault, acceptance. */
    SendOutcome send(Mailbox mailbox, JsonNode body) {
        long wait = mailbox.arrive(clock.monotonicNanos(), minIntervalNanos);
        if (wait > 0 && enforceLimits) {
            return new SendOutcome.RateLimited(Math.max(1, (wait + 999_999_999L) / 1_000_000_000L));
        }
        SendRequest request;
        switch (SendRequestParser.parse(body, mailbox.address())) {
            case SendRequestParser.Parsed.Rejected rejected -> {
                return new SendOutcome.Invalid(rejected.reason());
            }
            case SendRequestParser.Parsed.Valid valid -> request = valid.request();
        }
        SendOutcome outcome = mailbox.accept(request, clock.now(), this);
        if (outcome instanceof SendOutcome.Accepted accepted) {
            for (Receipt envelope : accepted.envelopes()) {
                Mailbox target = mailboxes.get(SandboxMailbox.key(envelope.concerns()));
                if (target != null) {
                    target.receive(envelope);
                }
            }
        }
        return outcome;
    }

    /** For calls other than {@code POST /send}: whether to answer an injected 500 (counted). */
    boolean injectError(Mailbox mailbox) {
        if (faults.failCall()) {
            mailbox.countInjectedError();
            return true;
        }
        return false;
    }

    /** Adds a mailbox, or replaces the password and plan of an existing one (its state is kept). */
    Mailbox addMailbox(SandboxMailbox spec) {
        domains.add(Addresses.domainOf(spec.key()));
        return mailboxes.compute(spec.key(), (key, existing) -> {
            if (existing == null) {
                return new Mailbox(spec, defaultInboxLimitKib);
            }
            existing.update(spec.password(), spec.plan());
            return existing;
        });
    }

    @Override
    public boolean hasAddress(String address) {
        return mailboxes.containsKey(SandboxMailbox.key(address));
    }

    @Override
    public boolean hasDomain(String domain) {
        return domains.contains(domain);
    }

    Optional<Mailbox> mailbox(String address) {
        return Optional.ofNullable(mailboxes.get(SandboxMailbox.key(address)));
    }

    Mailbox require(String address) {
        return mailbox(address).orElseThrow(() -> new IllegalArgumentException("no sandbox mailbox " + address));
    }

    Collection<Mailbox> mailboxes() {
        return mailboxes.values();
    }

    Instant now() {
        return clock.now();
    }

    SandboxStats stats() {
        Instant now = clock.now();
        Map<String, SandboxStats.Counters> each = new LinkedHashMap<>();
        SandboxStats.Counters total = new SandboxStats.Counters(0, 0, 0, 0, 0, 0, 0,
                anonymousUnauthorized.sum(), 0, 0, 0);
        for (Mailbox mailbox : mailboxes.values()) {
            SandboxStats.Counters counters = mailbox.counters(now);
            each.put(mailbox.address(), counters);
            total = total.plus(counters);
        }
        return new SandboxStats(total, each);
    }

    /** Clears sends, inboxes, counters, rate and quota state; keeps mailboxes. */
    void reset() {
        mailboxes.values().forEach(Mailbox::reset);
        anonymousUnauthorized.reset();
    }

    @Override
    public boolean enforceLimits() {
        return enforceLimits;
    }

    @Override
    public boolean injectFailure() {
        return faults.failSend();
    }

    @Override
    public String nextCode(Instant now) {
        return RomeTime.codeStamp(now) + sequence.incrementAndGet();
    }

    @Override
    public ReceiptPlanner.Plan plan(Sending sending) {
        return receipts ? planner.plan(sending) : NO_RECEIPTS;
    }

    @Override
    public boolean loseResponse() {
        return faults.loseResponse();
    }
}
