package io.pecflow.engine.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.pecflow.engine.dispatch.DispatchListener;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.intake.IntakeListener;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns what the intake and the dispatch report into Micrometer meters, all named {@code pec.*}
 * here and listed in docs/metrics.md. Mailbox tags can be turned off for very many mailboxes.
 * Thread-safe.
 */
public final class EngineMetrics implements IntakeListener, DispatchListener {

    private final MeterRegistry registry;
    private final boolean mailboxTags;
    private final Counter accepted;
    private final Counter rejected;
    private final Counter deadLettered;
    private final Map<EventType, Counter> eventsWithoutMailbox = new EnumMap<>(EventType.class);
    private final Set<String> suspended = ConcurrentHashMap.newKeySet();

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
    public void suspended(String mailbox, boolean isSuspended) {
        if (isSuspended) {
            suspended.add(mailbox);
        } else {
            suspended.remove(mailbox);
        }
    }
}
