package io.pecflow.engine.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.pecflow.engine.dispatch.DispatchListener;
import io.pecflow.engine.event.EventType;
import io.micrometer.core.instrument.Timer;
import io.pecflow.engine.intake.IntakeListener;
import io.pecflow.engine.receipt.ReceiptListener;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns what the intake and the dispatch report into Micrometer meters, all named {@code pec.*}
 * here and listed in docs/metrics.md. Mailbox tags can be turned off for very many mailboxes.
 * Thread-safe.
 */
public final class EngineMetrics implements IntakeListener, DispatchListener, ReceiptListener {

    private final MeterRegistry registry;
    private final boolean mailboxTags;
    private final Counter accepted;
    private final Counter rejected;
    private final Counter deadLettered;
    private final Map<EventType, Counter> eventsWithoutMailbox = new EnumMap<>(EventType.class);
    private final Set<String> suspended = ConcurrentHashMap.newKeySet();
    private final Map<String, Double> storageShare = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger awaitingReceipts = new java.util.concurrent.atomic.AtomicInteger();

    public EngineMetrics(MeterRegistry registry, boolean mailboxTags) {
        this.registry = registry;
        this.mailboxTags = mailboxTags;
        this.accepted = jobsIn("valid");
        this.rejected = jobsIn("rejected");
        this.deadLettered = jobsIn("dead_lettered");
        for (EventType type : EventType.values()) {
            eventsWithoutMailbox.put(type, Counter.builder("pec.events").description("Events published, by type")
                    .tag("type", type.name()).tag("mailbox", "all").register(registry));
        }
        Gauge.builder("pec.receipts.awaiting", awaitingReceipts, java.util.concurrent.atomic.AtomicInteger::get)
                .description("Submitted messages without a final receipt yet, on this instance").register(registry);
        if (!mailboxTags) {
            Gauge.builder("pec.mailbox.storage.used", storageShare,
                            shares -> shares.values().stream().mapToDouble(Double::doubleValue).max().orElse(0))
                    .description("Share of the mailbox's storage in use, from 0 to 1 (the fullest mailbox)")
                    .tag("mailbox", "all").register(registry);
        }
        Gauge.builder("pec.mailboxes.suspended", suspended, Set::size)
                .description("Mailboxes whose credentials the provider refuses; their jobs wait").register(registry);
    }

    private Counter jobsIn(String outcome) {
        return Counter.builder("pec.jobs.in").description("Records read from the jobs topic, by intake outcome")
                .tag("outcome", outcome).register(registry);
    }

    @Override
    public void accepted(String mailbox) {
        accepted.increment();
    }

    @Override
    public void rejected() {
        rejected.increment();
    }

    @Override
    public void deadLettered() {
        deadLettered.increment();
    }

    @Override
    public void event(EventType type, String mailbox) {
        if (mailboxTags) {
            Counter.builder("pec.events").description("Events published, by type").tag("type", type.name())
                    .tag("mailbox", mailbox).register(registry).increment();
        } else {
            eventsWithoutMailbox.get(type).increment();
        }
    }

    @Override
    public void receiptEvent(EventType type, String mailbox) {
        event(type, mailbox);
    }

    @Override
    public void delivered(String mailbox, Duration after) {
        Timer.builder("pec.delivery.time").description("From the provider taking a message to its CONSEGNA receipt")
                .tag("mailbox", tagOf(mailbox)).publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofHours(24)).register(registry).record(after);
    }

    @Override
    public void receiptCall(String call, String mailbox, int calls, boolean failed) {
        Counter.builder("pec.receipts.calls").description("Provider calls of the receipt poller, by call and result")
                .tag("call", call).tag("result", failed ? "failed" : "ok").tag("mailbox", tagOf(mailbox))
                .register(registry).increment(calls);
    }

    @Override
    public void unmatchedReceipt(String mailbox, boolean unknownKind) {
        Counter.builder("pec.receipts.unmatched").description("Receipts set aside: of no tracked message, or of an unknown kind")
                .tag("reason", unknownKind ? "unknown_kind" : "no_message").tag("mailbox", tagOf(mailbox))
                .register(registry).increment();
    }

    @Override
    public void storage(String mailbox, double usedShare) {
        if (storageShare.put(mailbox, usedShare) == null && mailboxTags) {
            Gauge.builder("pec.mailbox.storage.used", storageShare, shares -> shares.getOrDefault(mailbox, 0.0))
                    .description("Share of the mailbox's storage in use, from 0 to 1").tag("mailbox", mailbox)
                    .register(registry);
        }
    }

    @Override
    public void awaiting(int messages) {
        awaitingReceipts.set(messages);
    }

    private String tagOf(String mailbox) {
        return mailboxTags ? mailbox : "all";
    }

    @Override
    public void suspended(String mailbox, boolean isSuspended) {
        if (isSuspended) {
            suspended.add(mailbox);
        } else {
            suspended.remove(mailbox);
        }
    }
}
