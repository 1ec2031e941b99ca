package io.pecflow.engine.kafka;

import io.pecflow.engine.ledger.PartitionLedger;
import io.pecflow.engine.ledger.StateRecordCodec;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a partition's ledger from the compacted state topic: reads it from the start up to
 * its last committed record. Only committed records count: an attempt is committed before its
 * send starts, so nothing that was sent can be missing. Dispatch thread only.
 */
final class StateRestorer {

    private static final Logger LOG = LoggerFactory.getLogger(StateRestorer.class);

    private final Consumer<byte[], byte[]> reader;
    private final String stateTopic;
    private final StateRecordCodec codec = new StateRecordCodec();

    StateRestorer(Consumer<byte[], byte[]> reader, String stateTopic) {
        this.reader = reader;
        this.stateTopic = stateTopic;
    }

    PartitionLedger restore(int partition) {
        TopicPartition tp = new TopicPartition(stateTopic, partition);
        PartitionLedger ledger = new PartitionLedger();
        reader.assign(List.of(tp));
        reader.seekToBeginning(List.of(tp));
        long end = reader.endOffsets(List.of(tp)).getOrDefault(tp, 0L);
        long started = System.nanoTime();
        int count = 0;
        while (reader.position(tp) < end) {
            for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(200)).records(tp)) {
                if (record.value() == null) {
                    if (record.key() != null) {
                        codec.tombstone(new String(record.key(), java.nio.charset.StandardCharsets.UTF_8))
                                .ifPresent(ledger::apply);
                    }
                    continue;
                }
                try {
                    ledger.apply(codec.read(record.value()));
                    count++;
                } catch (IllegalArgumentException corrupt) {
                    LOG.error("Skipping unreadable state record {}@{}: {}", partition, record.offset(), corrupt.getMessage());
                }
            }
        }
        reader.assign(List.of());
        LOG.info("Restored dispatch partition {}: {} records, {} jobs, in {} ms", partition, count, ledger.size(),
                (System.nanoTime() - started) / 1_000_000);
        return ledger;
    }
}
