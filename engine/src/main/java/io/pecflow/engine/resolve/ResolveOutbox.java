package io.pecflow.engine.resolve;

import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.job.SendJob;

/**
 * Where the {@link Resolver} puts what must become durable; the Kafka edge writes it all in the
 * next transaction, with the consumed offsets, before any call decided in the same step starts.
 */
public interface ResolveOutbox {

    /** A record for the resolve-state topic. */
    void state(ResolveRecord record);

    /** An event for {@code pecflow.events}. */
    void event(JobEvent event);

    /** A job ready to send, for the dispatch topic (keyed by its mailbox). */
    void forward(SendJob job);
}
