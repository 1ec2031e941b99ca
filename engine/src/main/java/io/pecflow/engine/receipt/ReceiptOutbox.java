package io.pecflow.engine.receipt;

import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.ledger.StateRecord;

/**
 * Where the receipt tracker puts what must become durable: its state records and its events. The
 * Kafka edge writes them in the dispatch's next transaction, before any call decided in the same
 * step starts.
 */
public interface ReceiptOutbox {

    /** A state record for the state topic partition of {@code partition}. */
    void state(int partition, StateRecord record);

    /** An event for {@code pecflow.events}. */
    void event(JobEvent event);
}
