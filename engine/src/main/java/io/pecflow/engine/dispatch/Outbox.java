package io.pecflow.engine.dispatch;

import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.ledger.StateRecord;

/**
 * Where the dispatcher puts what must become durable: ledger records and events. The Kafka edge
 * writes them in the next transaction, together with the consumed offsets, before any send of
 * that step starts.
 */
public interface Outbox extends io.pecflow.engine.receipt.ReceiptOutbox {

    /** A ledger record for the state topic partition of {@code partition}. */
    @Override
    void state(int partition, StateRecord record);

    /** An event for {@code pecflow.events}. */
    @Override
    void event(JobEvent event);
}
