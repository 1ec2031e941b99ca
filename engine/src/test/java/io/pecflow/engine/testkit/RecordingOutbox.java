package io.pecflow.engine.testkit;

import io.pecflow.engine.dispatch.Outbox;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.ledger.StateRecord;
import java.util.ArrayList;
import java.util.List;

/** An outbox that keeps what it is given, for unit tests of the dispatcher and the receipt tracker. */
public final class RecordingOutbox implements Outbox {

    private final List<StateRecord> states = new ArrayList<>();
    private final List<JobEvent> events = new ArrayList<>();

    @Override
    public void state(int partition, StateRecord record) {
        states.add(record);
    }

    @Override
    public void event(JobEvent event) {
        events.add(event);
    }

    /** @return the state records so far (a live list) */
    public List<StateRecord> states() {
        return states;
    }

    /** @return the events so far (a live list) */
    public List<JobEvent> events() {
        return events;
    }
}
