package io.pecflow.engine.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of a stage's thread that owns Kafka clients (the dispatch, the resolve stage): it runs
 * incarnations, each with fresh clients, until asked to stop, and after a failure starts a new one
 * from the durable state; {@link #stop()} and finished calls wake its consumer. Subclasses say what
 * one incarnation does.
 *
 * @param <C> the clients of one incarnation
 */
public abstract class StageLoop<C extends StageLoop.Clients> implements Runnable {

    /** The Kafka clients of one incarnation; all are closed after it. */
    public interface Clients {
        /** @return the group consumer of the stage's input topic */
        Consumer<byte[], byte[]> consumer();

        /** @return the transactional producer */
        Producer<byte[], byte[]> producer();

        /** @return the consumers outside the group (restores, fetches) */
        List<Consumer<byte[], byte[]>> readers();
    }

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String stage;
    private final Supplier<C> clients;
    private volatile LoopState state = LoopState.NEW;
    private volatile Consumer<byte[], byte[]> consumer;

    /** @param stage the stage's name for logs, e.g. {@code Dispatch} */
    protected StageLoop(String stage, Supplier<C> clients) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /** Runs one incarnation with these clients until the loop stops running or it fails. */
    protected abstract void incarnation(C opened);

    @Override
    public final void run() {
        state = LoopState.RUNNING;
        while (state == LoopState.RUNNING) {
            C opened = null;
            try {
                opened = clients.get();
                incarnation(opened);
            } catch (RuntimeException failure) {
                log.error("{} failed; restarting from the durable state", stage, failure);
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

    /** Asks the loop to stop taking work, finish what it must, commit and close. */
    public final void stop() {
        if (state == LoopState.RUNNING || state == LoopState.NEW) {
            state = LoopState.DRAINING;
        }
        wakeUp();
    }

    public final LoopState state() {
        return state;
    }

    final boolean isRunning() {
        return state == LoopState.RUNNING;
    }

    /** The consumer {@link #stop()} and finished calls wake; null between incarnations. */
    final void attach(Consumer<byte[], byte[]> current) {
        consumer = current;
    }

    final void wakeUp() {
        Consumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    /** @return the records the consumer gives within the timeout; none when it was woken */
    static Iterable<ConsumerRecord<byte[], byte[]>> pollOrWoken(Consumer<byte[], byte[]> consumer, Duration timeout) {
        try {
            return consumer.poll(timeout);
        } catch (WakeupException woken) {
            return List.of();
        }
    }

    /** @return how long to wait for {@code next}: at most {@code longest}, zero when it is due */
    static Duration waitFor(Optional<Instant> next, Instant now, Duration longest) {
        if (next.isEmpty()) {
            return longest;
        }
        Duration untilNext = Duration.between(now, next.get());
        return untilNext.isNegative() ? Duration.ZERO : untilNext.compareTo(longest) < 0 ? untilNext : longest;
    }

    private static void closeQuietly(Clients opened) {
        for (Consumer<byte[], byte[]> closeable : java.util.stream.Stream.concat(java.util.stream.Stream.of(
                opened.consumer()), opened.readers().stream()).toList()) {
            try {
                closeable.close();
            } catch (RuntimeException ignored) {
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
