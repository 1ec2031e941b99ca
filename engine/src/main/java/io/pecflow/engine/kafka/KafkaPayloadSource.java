package io.pecflow.engine.kafka;

import io.pecflow.engine.dispatch.PayloadSource;
import io.pecflow.engine.job.JobCodec;
import io.pecflow.engine.job.SendJob;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads jobs back from the dispatch topic by offset, for backlogs larger than the in-memory body
 * cache. Keeps the last batch read as a window: sends of one partition come due in roughly
 * offset order, so one read serves many. Dispatch thread only.
 */
final class KafkaPayloadSource implements PayloadSource {

    private static final int WINDOW_LIMIT = 2_000;

    private final Consumer<byte[], byte[]> reader;
    private final String dispatchTopic;
    private final JobCodec codec = new JobCodec();
    private final Map<Long, SendJob> window = new HashMap<>();
    private int windowPartition = -1;

    KafkaPayloadSource(Consumer<byte[], byte[]> reader, String dispatchTopic) {
        this.reader = reader;
        this.dispatchTopic = dispatchTopic;
    }

    @Override
    public SendJob read(int partition, long offset) {
        if (partition == windowPartition && window.containsKey(offset)) {
            return window.get(offset);
        }
        TopicPartition tp = new TopicPartition(dispatchTopic, partition);
        reader.assign(List.of(tp));
        reader.seek(tp, offset);
        window.clear();
        windowPartition = partition;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<ConsumerRecord<byte[], byte[]>> records = reader.poll(Duration.ofMillis(500)).records(tp);
            for (ConsumerRecord<byte[], byte[]> record : records) {
                if (window.size() < WINDOW_LIMIT && record.value() != null) {
                    try {
                        window.put(record.offset(), codec.read(record.value()));
                    } catch (IllegalArgumentException unreadable) {
                        // left out of the window; read() below reports it if it is the one asked for
                    }
                }
            }
            if (!records.isEmpty()) {
                SendJob job = window.get(offset);
                if (job == null) {
                    throw new IllegalStateException("dispatch record " + partition + "@" + offset
                            + " is gone or unreadable (retention shorter than the backlog?)");
                }
                return job;
            }
        }
        throw new IllegalStateException("could not read dispatch record " + partition + "@" + offset + " within 30 s");
    }

    void forget(int partition) {
        if (partition == windowPartition) {
            window.clear();
            windowPartition = -1;
        }
    }
}
