package io.pecflow.engine.kafka;

import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.IllegalGenerationException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Commits a stage's step: the records it collected and its input offsets in one Kafka transaction,
 * whenever there is a record or an offset moved. Offsets go with every transaction, so the group's
 * generation check fences a zombie owner. A commit refused because the group is rebalancing is
 * aborted and its records kept for the next try: the caller starts nothing that depends on them
 * until a commit succeeds. Stage thread only.
 */
final class StepCommits {

    private final String inputTopic;
    private static final Logger LOG = LoggerFactory.getLogger(StepCommits.class);
    /** Refusals in a row before the stage gives up and restarts from its durable state. */
    private static final int MAX_REFUSALS = 50;

    private final Map<Integer, Long> committed = new HashMap<>();
    private int refusals;

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
        try {
            kafka.producer().sendOffsetsToTransaction(offsets, kafka.consumer().groupMetadata());
            kafka.producer().commitTransaction();
        } catch (KafkaException refused) {
            if (!isStaleGeneration(refused) || ++refusals > MAX_REFUSALS) {
                throw refused;
            }
            // The group is rebalancing and this commit carried the old generation: abort it, keep the
            // records, and commit them again once the consumer has rejoined (the next poll).
            kafka.producer().abortTransaction();
            LOG.info("Commit refused while the group rebalances ({}); it is made again after the next poll",
                    refused.getClass().getSimpleName());
            return false;
        }
        refusals = 0;
        batch.committed();
        committed.putAll(points);
        return true;
    }

    /** @return whether records of a refused commit wait to be committed again */
    boolean pending(RecordBatch batch) {
        return !batch.isEmpty() && refusals > 0;
    }

    private static boolean isStaleGeneration(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CommitFailedException || cause instanceof RebalanceInProgressException
                    || cause instanceof IllegalGenerationException) {
                return true;
            }
        }
        return false;
    }

    /** The partition went away: its next owner commits it. */
    void forget(int partition) {
        committed.remove(partition);
    }
}
