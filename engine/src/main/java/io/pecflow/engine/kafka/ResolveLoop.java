package io.pecflow.engine.kafka;

import io.pecflow.engine.clock.EngineClock;
import io.pecflow.engine.resolve.ResolveCalls;
import io.pecflow.engine.resolve.ResolveOutbox;
import io.pecflow.engine.resolve.Resolver;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resolve stage's Kafka edge, beside the dispatch. One named thread owns the group consumer
 * of the resolve topic, a reader of the whole resolve-state topic and a transactional producer,
 * and steps the {@link Resolver}: read jobs and state, take in answers, decide calls, then commit
 * one transaction holding every state record, event, forwarded job and consumed offset of the
 * step, and only then start the calls. A booked search's token is therefore durable before it is
 * polled, and a job is forwarded exactly when its offset is finished.
 */
public final class ResolveLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ResolveLoop.class);

    /** The parts one incarnation of the loop needs; made fresh after a failure. */
    public record Clients(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> producer,
                          Consumer<byte[], byte[]> stateReader) {
    }

    /**
     * Settings of the loop itself.
     *
     * @param maxHeldBytes job bytes waiting in memory above which reading new jobs pauses
     */
    public record Settings(String resolveTopic, String stateTopic, String dispatchTopic, String eventsTopic,
                           Duration pollTimeout, long maxHeldBytes) {
    }

    private final Supplier<Clients> clients;
    private final Function<ResolveOutbox, Resolver> resolvers;
    private final Function<Runnable, ResolveCalls> calls;
    private final Settings settings;
    private final EngineClock clock;
    private volatile LoopState state = LoopState.NEW;
    private volatile Consumer<byte[], byte[]> consumer;

    /**
     * @param resolvers make a resolver writing to the given outbox, per incarnation
     * @param calls     make the provider calls, given what wakes the loop
     */
    public ResolveLoop(Supplier<Clients> clients, Function<ResolveOutbox, Resolver> resolvers,
                       Function<Runnable, ResolveCalls> calls, Settings settings, EngineClock clock) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.resolvers = Objects.requireNonNull(resolvers, "resolvers");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void run() {
        state = LoopState.RUNNING;
        while (state == LoopState.RUNNING) {
            Clients opened = null;
            try {
                opened = clients.get();
                new ResolveIncarnation(this, opened, settings, clock, resolvers, calls).run();
            } catch (RuntimeException failure) {
                LOG.error("Resolve stage failed; restarting from the durable state", failure);
                if (state == LoopState.RUNNING) {
                    java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
                }
            } finally {
                if (opened != null) {
                    closeQuietly(opened);
                }
            }
        }
        state = LoopState.CLOSED;
    }

    /** Asks the loop to stop: it commits what is finished and closes; calls in flight are made again later. */
    public void stop() {
        if (state == LoopState.RUNNING || state == LoopState.NEW) {
            state = LoopState.DRAINING;
        }
        wakeUp();
    }

    public LoopState state() {
        return state;
    }

    boolean isRunning() {
        return state == LoopState.RUNNING;
    }

    void attach(Consumer<byte[], byte[]> current) {
        consumer = current;
    }

    void wakeUp() {
        Consumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    private static void closeQuietly(Clients opened) {
        for (AutoCloseable closeable : List.<AutoCloseable>of(opened.consumer(), opened.stateReader())) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing after a failure
            }
        }
        try {
            opened.producer().close(Duration.ofSeconds(5));
        } catch (RuntimeException ignored) {
            // closing after a failure
        }
    }
}
