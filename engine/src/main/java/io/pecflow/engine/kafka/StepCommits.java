package io.pecflow.engine.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Commits a stage's step: the records it collected and its input offsets in one Kafka transaction,
 * whenever there is a record or an offset moved. Offsets go with every transaction, so the group's
 * generation check fences a zombie owner. Stage thread only.
 */
final class StepCommits {

    private final String inputTopic;
    private final Map<Integer, Long> committed = new HashMap<>();

    StepCommits(String inputTopic) {
        this.inputTopic = inputTopic;
    }

    /**
     * @param points per input partition, the offset below which all is finished
     * @return whether a transaction was committed
     */
    boolean commit(StageLoop.Clients kafka, RecordBatch batch, Map<Integer, Long> points) {
        boolean moved = points.entrySet().stream()
                .anyMatch(point -> !point.getValue().equals(committed.get(point.getKey())));
        if (batch.isEmpty() && !moved) {
            return false;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        points.forEach((partition, offset) -> offsets.put(new TopicPartition(inputTopic, partition),
                new OffsetAndMetadata(offset)));
        kafka.producer().beginTransaction();
        batch.sendAll(kafka.producer());
        kafka.producer().sendOffsetsToTransaction(offsets, kafka.consumer().groupMetadata());
        kafka.producer().commitTransaction();
        committed.putAll(points);
        return true;
    }

    /** The partition went away: its next owner commits it. */
    void forget(int partition) {
        committed.remove(partition);
    }
}
