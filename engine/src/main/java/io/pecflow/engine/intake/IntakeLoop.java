package io.pecflow.engine.intake;

import io.pecflow.engine.clock.EngineClock;
import io.pecflow.engine.event.EventCodec;
import io.pecflow.engine.event.EventIds;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.job.JobCodec;
import io.pecflow.engine.job.JobReader;
import io.pecflow.engine.job.JobReading;
import io.pecflow.engine.job.SendJob;
import io.pecflow.engine.kafka.LoopState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intake: reads {@code pecflow.jobs}, and in one Kafka transaction per batch forwards every
 * valid job to the dispatch topic keyed by its mailbox (or, when it has tax codes to resolve or
 * recipients to check, to the resolve topic keyed by its jobId), publishes a REJECTED event for every
 * invalid one, and moves every record that is not a job at all to the dead-letter topic,
 * untouched. The input offsets commit in the same transaction, so nothing is lost or doubled
 * however the process stops. A bad record never stalls it: every record ends in one of the three.
 *
 * <p>One thread runs {@link #run()} and owns the consumer and the producer.
 */
public final class IntakeLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeLoop.class);

    /** Dead-letter header names (documented in docs/contract.md). */
    public static final String DLT_REASON = "pecflow-dlt-reason";

    private final Supplier<Consumer<byte[], byte[]>> consumers;
    private final Supplier<Producer<byte[], byte[]>> producers;
    private final JobReader reader;
    private final IntakeTopics topics;
    private final EngineClock clock;
    private final IntakeListener listener;
    private final Predicate<SendJob> toResolve;
    private final JobCodec jobs = new JobCodec();
    private final EventCodec events = new EventCodec();
    private volatile LoopState state = LoopState.NEW;
    private volatile Consumer<byte[], byte[]> consumer;

    /** Topic names the intake reads and writes. */
    public record IntakeTopics(String jobs, String dispatch, String resolve, String events, String deadLetter) {
    }

    /** @param toResolve which valid jobs go to the resolve stage rather than straight to the dispatch */
    public IntakeLoop(Supplier<Consumer<byte[], byte[]>> consumers, Supplier<Producer<byte[], byte[]>> producers,
                      JobReader reader, IntakeTopics topics, EngineClock clock, IntakeListener listener,
                      Predicate<SendJob> toResolve) {
        this.consumers = Objects.requireNonNull(consumers, "consumers");
        this.producers = Objects.requireNonNull(producers, "producers");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.topics = Objects.requireNonNull(topics, "topics");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.toResolve = Objects.requireNonNull(toResolve, "toResolve");
    }

    @Override
    public void run() {
        state = LoopState.RUNNING;
        while (state == LoopState.RUNNING) {
            try (Consumer<byte[], byte[]> opened = consumers.get(); Producer<byte[], byte[]> producer = producers.get()) {
                consumer = opened;
                opened.subscribe(List.of(topics.jobs()));
                while (state == LoopState.RUNNING) {
                    pollOnce(opened, producer);
                }
            } catch (WakeupException stopping) {
                // asked to stop
            } catch (ProducerFencedException fenced) {
                LOG.error("Intake producer fenced by another instance with the same pecflow.instance-id; restarting the intake");
            } catch (RuntimeException unexpected) {
                LOG.error("Intake failed; restarting it from the last committed offsets", unexpected);
                pauseBeforeRestart();
            }
        }
        state = LoopState.CLOSED;
    }

    private void pauseBeforeRestart() {
        if (state == LoopState.RUNNING) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
    }

    /** Asks the loop to stop after the batch in hand; returns at once. */
    public void stop() {
        if (state == LoopState.RUNNING) {
            state = LoopState.DRAINING;
        }
        Consumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    public LoopState state() {
        return state;
    }

    private void pollOnce(Consumer<byte[], byte[]> opened, Producer<byte[], byte[]> producer) {
        ConsumerRecords<byte[], byte[]> records = opened.poll(Duration.ofMillis(200));
        if (records.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        producer.beginTransaction();
        try {
            for (ConsumerRecord<byte[], byte[]> record : records) {
                handle(record, producer);
                offsets.put(new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1));
            }
            producer.sendOffsetsToTransaction(offsets, opened.groupMetadata());
            producer.commitTransaction();
        } catch (ProducerFencedException fenced) {
            throw fenced;
        } catch (KafkaException failed) {
            producer.abortTransaction();
            throw failed;
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> record, Producer<byte[], byte[]> producer) {
        switch (reader.read(record.value(), clock.now())) {
            case JobReading.Valid valid -> {
                producer.send(forward(valid.job()));
                listener.accepted(valid.job().mailbox());
            }
            case JobReading.Rejected rejected -> {
                JobEvent event = JobEvent.of(EventIds.of(rejected.ref().jobId(), EventType.REJECTED.name(),
                                record.topic(), String.valueOf(record.partition()), String.valueOf(record.offset())),
                        rejected.ref(), EventType.REJECTED, clock.now()).withReason(rejected.reason());
                producer.send(new ProducerRecord<>(topics.events(), bytes(rejected.ref().jobId()), events.write(event)));
                LOG.info("Rejected job {} from {}-{}@{}: {}", rejected.ref().jobId(), record.topic(), record.partition(),
                        record.offset(), rejected.reason());
                listener.rejected();
            }
            case JobReading.Unreadable unreadable -> {
                producer.send(new ProducerRecord<>(topics.deadLetter(), null, record.key(), record.value(),
                        deadLetterHeaders(record, unreadable.reason())));
                LOG.warn("Dead-lettered record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                        unreadable.reason());
                listener.deadLettered();
            }
        }
    }

    private ProducerRecord<byte[], byte[]> forward(SendJob job) {
        return toResolve.test(job) ? new ProducerRecord<>(topics.resolve(), bytes(job.jobId()), jobs.write(job))
                : new ProducerRecord<>(topics.dispatch(), bytes(job.mailbox()), jobs.write(job));
    }

    private Headers deadLetterHeaders(ConsumerRecord<byte[], byte[]> record, String reason) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(DLT_REASON, bytes(reason));
        headers.add("pecflow-dlt-source-topic", bytes(record.topic()));
        headers.add("pecflow-dlt-source-partition", bytes(String.valueOf(record.partition())));
        headers.add("pecflow-dlt-source-offset", bytes(String.valueOf(record.offset())));
        headers.add("pecflow-dlt-at", bytes(clock.now().toString()));
        return headers;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
