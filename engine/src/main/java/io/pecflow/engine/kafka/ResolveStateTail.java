package io.pecflow.engine.kafka;

import io.pecflow.engine.resolve.ResolveRecord;
import io.pecflow.engine.resolve.ResolveRecordCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the whole compacted resolve-state topic, every partition, from the start, then follows
 * it: the resolve stage's table of pending searches, answers and done jobs, shared by every
 * instance. Only committed records count (a token is read back only once its transaction
 * committed). Resolve thread only.
 */
final class ResolveStateTail {

    private static final Logger LOG = LoggerFactory.getLogger(ResolveStateTail.class);

    private final org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> reader;
    private final String topic;
    private final ResolveRecordCodec codec = new ResolveRecordCodec();
    private List<TopicPartition> partitions = List.of();

    ResolveStateTail(org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> reader, String topic) {
        this.reader = reader;
        this.topic = topic;
    }

    /** Reads the topic from its start up to its end. */
    void start(Consumer<ResolveRecord> apply) {
        partitions = reader.partitionsFor(topic).stream()
                .map((PartitionInfo info) -> new TopicPartition(topic, info.partition())).toList();
        reader.assign(partitions);
        reader.seekToBeginning(partitions);
        long started = System.nanoTime();
        int count = catchUp(apply);
        LOG.info("Restored the resolve state: {} records in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    /** Reads up to the end of every partition as it is now (before taking a resolve partition over). */
    int catchUp(Consumer<ResolveRecord> apply) {
        Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
        int count = 0;
        while (partitions.stream().anyMatch(tp -> reader.position(tp) < ends.getOrDefault(tp, 0L))) {
            count += apply(reader.poll(Duration.ofMillis(200)), apply);
        }
        return count;
    }

    /** Takes what has come since, without waiting. */
    void follow(Consumer<ResolveRecord> apply) {
        apply(reader.poll(Duration.ZERO), apply);
    }

    private int apply(Iterable<ConsumerRecord<byte[], byte[]>> records, Consumer<ResolveRecord> apply) {
        int count = 0;
        for (ConsumerRecord<byte[], byte[]> record : records) {
            if (record.key() == null) {
                continue;
            }
            String key = new String(record.key(), StandardCharsets.UTF_8);
            try {
                codec.read(key, record.value()).ifPresent(apply);
                count++;
            } catch (IllegalArgumentException corrupt) {
                LOG.error("Skipping unreadable resolve state record {}@{}: {}", record.partition(), record.offset(),
                        corrupt.getMessage());
            }
        }
        return count;
    }
}
