package io.pecflow.engine.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.pecflow.engine.dispatch.DispatchListener;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.intake.IntakeListener;
import io.pecflow.engine.receipt.ReceiptListener;
import io.pecflow.engine.resolve.ResolveListener;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

/**
 * Turns what the intake, the dispatch, the receipt tracker and the resolve stage report into Micrometer meters, all
 * named here ({@link MetricNames}) and listed in docs/metrics.md. With mailbox tags off, every
 * per-mailbox meter carries {@code mailbox="all"} and gauges sum (storage: the fullest mailbox).
 * Thread-safe.
 */
public final class EngineMetrics implements IntakeListener, DispatchListener, ReceiptListener, ResolveListener {

    private final MeterRegistry registry;
    private final boolean mailboxTags;
    private final Set<String> suspended = ConcurrentHashMap.newKeySet();
    private final Map<String, Double> storageShare = new ConcurrentHashMap<>();
    private final Map<String, MailboxFigures> figures = new ConcurrentHashMap<>();
    private final AtomicInteger awaitingReceipts = new AtomicInteger();
    private final AtomicInteger resolving = new AtomicInteger();

    public EngineMetrics(MeterRegistry registry, boolean mailboxTags) {
        this.registry = registry;
        this.mailboxTags = mailboxTags;
        for (String outcome : new String[] {"accepted", "rejected", "duplicate", "dead_lettered"}) {
            jobsIn(outcome);
        }
        Gauge.builder(MetricNames.AWAITING_RECEIPTS, awaitingReceipts, AtomicInteger::get)
                .description("Submitted messages without a final receipt yet, on this instance").register(registry);
        Gauge.builder(MetricNames.RESOLVE_JOBS, resolving, AtomicInteger::get)
                .description("Jobs waiting in the resolve stage for tax codes or domain checks, on this instance")
                .register(registry);
        Gauge.builder(MetricNames.SUSPENDED, suspended, Set::size)
                .description("Mailboxes whose credentials the provider refuses; their jobs wait").register(registry);
        if (!mailboxTags) {
            Gauge.builder(MetricNames.STORAGE, storageShare,
                            shares -> shares.values().stream().mapToDouble(Double::doubleValue).max().orElse(0))
                    .description("Share of the mailbox's storage in use, from 0 to 1 (the fullest mailbox)")
                    .tag("mailbox", "all").register(registry);
            mailboxGauges("all", all -> figures.values().stream());
        }
    }

    // ---- intake -------------------------------------------------------------------------------

    @Override
    public void accepted(String mailbox) {
        jobsIn("accepted").increment();
    }

    @Override
    public void rejected() {
        jobsIn("rejected").increment();
    }

    @Override
    public void deadLettered() {
        jobsIn("dead_lettered").increment();
    }

    private Counter jobsIn(String outcome) {
        return Counter.builder(MetricNames.JOBS_IN).description("Jobs read, by outcome: accepted, rejected (invalid), "
                + "duplicate (jobId seen before), dead_lettered (not a job at all)").tag("outcome", outcome)
                .register(registry);
    }

    // ---- dispatch -----------------------------------------------------------------------------

    @Override
    public void event(EventType type, String mailbox) {
        Counter.builder(MetricNames.EVENTS).description("Events published, by type").tag("type", type.name())
                .tag("mailbox", tagOf(mailbox)).register(registry).increment();
        switch (type) {
            case DUPLICATE -> jobsIn("duplicate").increment();
            case SUBMITTED, FAILED, AMBIGUOUS, EXPIRED, RETRYING -> Counter.builder(MetricNames.SENDS)
                    .description("Ends of send attempts, by outcome (retrying: an attempt failed, another follows)")
                    .tag("outcome", type.name().toLowerCase(Locale.ROOT)).tag("mailbox", tagOf(mailbox))
                    .register(registry).increment();
            default -> {
            }
        }
    }

    @Override
    public void suspended(String mailbox, boolean isSuspended) {
        if (isSuspended) {
            suspended.add(mailbox);
        } else {
            suspended.remove(mailbox);
        }
    }

    @Override
    public void pacingWait(String mailbox, Duration waited) {
        Timer.builder(MetricNames.PACING_WAIT).description("How long a ready send waited for its mailbox's pace")
                .tag("mailbox", tagOf(mailbox)).register(registry).record(waited);
    }

    @Override
    public void mailbox(MailboxFigures current) {
        if (figures.put(current.mailbox(), current) == null && mailboxTags) {
            mailboxGauges(current.mailbox(), mailbox -> java.util.stream.Stream.ofNullable(figures.get(mailbox)));
        }
    }

    private void mailboxGauges(String tag, java.util.function.Function<String, java.util.stream.Stream<MailboxFigures>> of) {
        gauge(MetricNames.BACKLOG, tag, "state", "ready", of, MailboxFigures::ready);
        gauge(MetricNames.BACKLOG, tag, "state", "parked", of, MailboxFigures::parked);
        gauge(MetricNames.QUOTA_USED, tag, "period", "day", of, MailboxFigures::usedDay);
        gauge(MetricNames.QUOTA_USED, tag, "period", "month", of, MailboxFigures::usedMonth);
        gauge(MetricNames.QUOTA_REMAINING, tag, "period", "day", of,
                f -> f.limitDay() > 0 ? Math.max(0, f.limitDay() - f.usedDay()) : 0);
        gauge(MetricNames.QUOTA_REMAINING, tag, "period", "month", of,
                f -> f.limitMonth() > 0 ? Math.max(0, f.limitMonth() - f.usedMonth()) : 0);
        gauge(MetricNames.QUOTA_LIMIT, tag, "period", "day", of, MailboxFigures::limitDay);
        gauge(MetricNames.QUOTA_LIMIT, tag, "period", "month", of, MailboxFigures::limitMonth);
    }

    private void gauge(String name, String mailbox, String key, String value,
                       java.util.function.Function<String, java.util.stream.Stream<MailboxFigures>> of,
                       ToDoubleFunction<MailboxFigures> figure) {
        Gauge.builder(name, () -> of.apply(mailbox).mapToDouble(figure).sum()).description(MetricNames.describe(name))
                .tag("mailbox", mailbox).tag(key, value).register(registry);
    }

    // ---- receipts -----------------------------------------------------------------------------

    @Override
    public void receiptEvent(EventType type, String mailbox) {
        event(type, mailbox);
        switch (type) {
            case ACCEPTANCE, DELIVERY_WARNING, DELIVERED, NOT_DELIVERED, NO_RECEIPT -> Counter.builder(MetricNames.RECEIPTS)
                    .description("Receipts learnt, by the event they made").tag("kind", type.name())
                    .tag("mailbox", tagOf(mailbox)).register(registry).increment();
            default -> {
            }
        }
    }

    @Override
    public void delivered(String mailbox, Duration after) {
        Timer.builder(MetricNames.DELIVERY_TIME).description("From the provider taking a message to its CONSEGNA receipt")
                .tag("mailbox", tagOf(mailbox)).publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofHours(24)).register(registry).record(after);
    }

    @Override
    public void receiptCall(String call, String mailbox, int calls, boolean failed) {
        Counter.builder(MetricNames.RECEIPT_CALLS).description("Provider calls of the receipt poller, by call and result")
                .tag("call", call).tag("result", failed ? "failed" : "ok").tag("mailbox", tagOf(mailbox))
                .register(registry).increment(calls);
    }

    @Override
    public void unmatchedReceipt(String mailbox, boolean unknownKind) {
        Counter.builder(MetricNames.UNMATCHED_RECEIPTS)
                .description("Receipts set aside: of no tracked message, or of an unknown kind")
                .tag("reason", unknownKind ? "unknown_kind" : "no_message").tag("mailbox", tagOf(mailbox))
                .register(registry).increment();
    }

    @Override
    public void storage(String mailbox, double usedShare) {
        if (storageShare.put(mailbox, usedShare) == null && mailboxTags) {
            Gauge.builder(MetricNames.STORAGE, storageShare, shares -> shares.getOrDefault(mailbox, 0.0))
                    .description("Share of the mailbox's storage in use, from 0 to 1").tag("mailbox", mailbox)
                    .register(registry);
        }
    }

    @Override
    public void awaiting(int messages) {
        awaitingReceipts.set(messages);
    }

    // ---- resolve stage ------------------------------------------------------------------------

    @Override
    public void resolveEvent(EventType type, String mailbox) {
        event(type, mailbox);
    }

    @Override
    public void resolveCall(String call, boolean failed) {
        Counter.builder(MetricNames.RESOLVE_CALLS).description("Provider calls of the resolve stage, by call and result")
                .tag("call", call).tag("result", failed ? "failed" : "ok").register(registry).increment();
    }

    @Override
    public void resolving(int jobs) {
        resolving.set(jobs);
    }

    /** @return the mailboxes suspended now, for the health endpoint */
    public java.util.List<String> suspendedMailboxes() {
        return suspended.stream().sorted().toList();
    }

    private String tagOf(String mailbox) {
        return mailboxTags ? mailbox : "all";
    }
}
