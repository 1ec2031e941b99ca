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

/**
 * The resolve stage's Kafka edge, beside the dispatch. One named thread owns the group consumer
 * of the resolve topic, a reader of the whole resolve-state topic and a transactional producer,
 * and steps the {@link Resolver}: read jobs and state, take in answers, decide calls, then commit
 * one transaction holding every state record, event, forwarded job and consumed offset of the
 * step, and only then start the calls. A booked search's token is therefore durable before it is
 * polled, and a job is forwarded exactly when its offset is finished.
 */
public final class ResolveLoop extends StageLoop<ResolveLoop.Clients> {

    /** The parts one incarnation of the loop needs; made fresh after a failure. */
    public record Clients(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> producer,
                          Consumer<byte[], byte[]> stateReader) implements StageLoop.Clients {

        @Override
        public List<Consumer<byte[], byte[]>> readers() {
            return List.of(stateReader);
        }
    }

    /**
     * Settings of the loop itself.
     *
     * @param maxHeldBytes job bytes waiting in memory above which reading new jobs pauses
     */
    public record Settings(String resolveTopic, String stateTopic, String dispatchTopic, String eventsTopic,
                           Duration pollTimeout, long maxHeldBytes) {
    }

    private final Function<ResolveOutbox, Resolver> resolvers;
    private final Function<Runnable, ResolveCalls> calls;
    private final Settings settings;
    private final EngineClock clock;

    /**
     * @param resolvers make a resolver writing to the given outbox, per incarnation
     * @param calls     make the provider calls, given what wakes the loop
     */
    public ResolveLoop(Supplier<Clients> clients, Function<ResolveOutbox, Resolver> resolvers,
                       Function<Runnable, ResolveCalls> calls, Settings settings, EngineClock clock) {
        super("Resolve stage", clients);
        this.resolvers = Objects.requireNonNull(resolvers, "resolvers");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    protected void incarnation(Clients opened) {
        new ResolveIncarnation(this, opened, settings, clock, resolvers, calls).run();
    }
}
