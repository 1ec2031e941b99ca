package io.pecflow.engine.kafka;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The records a stage's step collects for its next transaction (the outboxes build on it). Stage
 * thread only.
 */
abstract class RecordBatch {

    private final List<ProducerRecord<byte[], byte[]>> pending = new ArrayList<>();

    final void add(ProducerRecord<byte[], byte[]> record) {
        pending.add(record);
    }

    final boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Sends everything collected into the producer's open transaction (kept until {@link #committed()}). */
    final void sendAll(Producer<byte[], byte[]> producer) {
        pending.forEach(producer::send);
    }

    /** The transaction holding the records committed: forget them. */
    final void committed() {
        pending.clear();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
