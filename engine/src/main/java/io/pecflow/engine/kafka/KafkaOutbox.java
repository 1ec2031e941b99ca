package io.pecflow.engine.kafka;

import io.pecflow.engine.dispatch.Outbox;
import io.pecflow.engine.event.EventCodec;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.ledger.StateRecord;
import io.pecflow.engine.ledger.StateRecordCodec;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Collects the dispatcher's records until the next transaction: ledger records go to the state
 * topic's partition of the same number as their dispatch partition (so a mailbox's owner finds
 * them all in one place), events to the events topic keyed by jobId. Dispatch thread only.
 */
public final class KafkaOutbox extends RecordBatch implements Outbox {

    private final String stateTopic;
    private final String eventsTopic;
    private final StateRecordCodec states = new StateRecordCodec();
    private final EventCodec events = new EventCodec();

    public KafkaOutbox(String stateTopic, String eventsTopic) {
        this.stateTopic = stateTopic;
        this.eventsTopic = eventsTopic;
    }

    @Override
    public void state(int partition, StateRecord record) {
        add(new ProducerRecord<>(stateTopic, partition, utf8(record.key()), states.write(record)));
    }

    @Override
    public void event(JobEvent event) {
        add(new ProducerRecord<>(eventsTopic, utf8(event.key()), events.write(event)));
    }
}
