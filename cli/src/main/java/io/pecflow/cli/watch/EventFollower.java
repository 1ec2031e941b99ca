package io.pecflow.cli.watch;

import io.pecflow.cli.CliException;
import io.pecflow.cli.config.KafkaOptions.KafkaTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the events topic without a consumer group (every partition assigned, nothing
 * committed), from the start or from the end, only what the engine committed. Knows when it has
 * read everything that was on the topic when it started. One thread only, as its consumer.
 */
final class EventFollower implements AutoCloseable {

    private static final Duration METADATA_WAIT = Duration.ofSeconds(30);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<TopicPartition, Long> endAtStart;
    private boolean caughtUp;

    EventFollower(KafkaTarget target, boolean fromBeginning) {
        Map<String, Object> config = target.clientConfig("pecflow-cli-watch");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try {
            this.consumer = new KafkaConsumer<>(config);
        } catch (KafkaException misconfigured) {
            throw CliException.usage("cannot create the Kafka consumer: " + misconfigured.getMessage());
        }
        try {
            List<TopicPartition> partitions = partitions(target.eventsTopic());
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            this.endAtStart = consumer.endOffsets(partitions, METADATA_WAIT);
        } catch (RuntimeException failed) {
            consumer.close(Duration.ZERO);
            throw failed;
        }
    }

    /** @return the readable events of the next batch (possibly none) */
    List<JobEvent> poll(Duration timeout) {
        List<JobEvent> events = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(timeout)) {
            JobEvent.parse(record.value()).ifPresent(events::add);
        }
        return events;
    }

    /** @return true once everything that was on the topic at the start has been read */
    boolean caughtUp() {
        if (!caughtUp) {
            caughtUp = endAtStart.entrySet().stream()
                    .allMatch(end -> consumer.position(end.getKey(), METADATA_WAIT) >= end.getValue());
        }
        return caughtUp;
    }

    private List<TopicPartition> partitions(String topic) {
        List<PartitionInfo> infos;
        try {
            infos = consumer.partitionsFor(topic, METADATA_WAIT);
        } catch (KafkaException unreachable) {
            throw CliException.failed("cannot read the topic '" + topic + "': " + unreachable.getMessage());
        }
        return Optional.ofNullable(infos).filter(list -> !list.isEmpty())
                .orElseThrow(() -> CliException.failed("the topic '" + topic + "' does not exist"))
                .stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
