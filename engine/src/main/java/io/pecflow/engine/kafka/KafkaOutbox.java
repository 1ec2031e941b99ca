package io.pecflow.engine.kafka;

import io.pecflow.engine.dispatch.Outbox;
import io.pecflow.engine.event.EventCodec;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.ledger.StateRecord;
import io.pecflow.engine.ledger.StateRecordCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Collects the dispatcher's records until the next transaction: ledger records go to the state
 * topic's partition of the same number as their dispatch partition (so a mailbox's owner finds
 * them all in one place), events to the events topic keyed by jobId. Dispatch thread only.
 */
public final class KafkaOutbox implements Outbox {

    private final String stateTopic;
    private final String eventsTopic;
    private final StateRecordCodec states = new StateRecordCodec();
    private final EventCodec events = new EventCodec();
    private final List<ProducerRecord<byte[], byte[]>> pending = new ArrayList<>();

    public KafkaOutbox(String stateTopic, String eventsTopic) {
        this.stateTopic = stateTopic;
        this.eventsTopic = eventsTopic;
    }

    @Override
    public void state(int partition, StateRecord record) {
        pending.add(new ProducerRecord<>(stateTopic, partition, bytes(record.key()), states.write(record)));
    }

    @Override
    public void event(JobEvent event) {
        pending.add(new ProducerRecord<>(eventsTopic, bytes(event.key()), events.write(event)));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Sends everything collected into the producer's open transaction and forgets it. */
    void sendAll(Producer<byte[], byte[]> producer) {
        pending.forEach(producer::send);
        pending.clear();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
