package io.pecflow.engine.kafka;

import io.pecflow.engine.clock.EngineClock;
import io.pecflow.engine.dispatch.Dispatcher;
import io.pecflow.engine.dispatch.SendRunner;
import io.pecflow.engine.receipt.ReceiptCalls;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;

/**
 * The dispatch's Kafka edge. One named thread owns the group consumer of the dispatch topic and a
 * transactional producer, and steps the {@link Dispatcher}: read jobs, take in outcomes, decide
 * sends, then commit one transaction holding every ledger record, event and consumed offset of
 * the step, and only then start the sends it decided on. A send therefore never starts before
 * its attempt is durable, and an offset never commits before its job is settled.
 */
public final class DispatchLoop extends StageLoop<DispatchLoop.Clients> {

    /** The parts one incarnation of the loop needs; made fresh after a failure. */
    public record Clients(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> producer,
                          Consumer<byte[], byte[]> restoreReader, Consumer<byte[], byte[]> payloadReader)
            implements StageLoop.Clients {

        @Override
        public List<Consumer<byte[], byte[]>> readers() {
            return List.of(restoreReader, payloadReader);
        }
    }

    /** Settings of the loop itself. */
    public record Settings(String dispatchTopic, String stateTopic, String eventsTopic, Duration pollTimeout,
                           Duration shutdownGrace, Duration suspendedProbe, long maxPending) {
    }

    private final Function<DispatcherParts, Dispatcher> dispatchers;
    private final Function<Runnable, SendRunner> runners;
    private final Function<Runnable, ReceiptCalls> receiptCalls;
    private final Settings settings;
    private final EngineClock clock;

    /** What a {@link Dispatcher} is built from, per incarnation. */
    public record DispatcherParts(KafkaOutbox outbox, io.pecflow.engine.dispatch.PayloadSource payloads) {
    }

    /**
     * @param runners      make the send calls, given what wakes the loop
     * @param receiptCalls make the receipt tracker's calls, given what wakes the loop
     */
    public DispatchLoop(Supplier<Clients> clients, Function<DispatcherParts, Dispatcher> dispatchers,
                        Function<Runnable, SendRunner> runners, Function<Runnable, ReceiptCalls> receiptCalls,
                        Settings settings, EngineClock clock) {
        super("Dispatch", clients);
        this.dispatchers = Objects.requireNonNull(dispatchers, "dispatchers");
        this.runners = Objects.requireNonNull(runners, "runners");
        this.receiptCalls = Objects.requireNonNull(receiptCalls, "receiptCalls");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    protected void incarnation(Clients opened) {
        new DispatchIncarnation(this, opened, settings, clock, dispatchers, runners, receiptCalls).run();
    }
}
