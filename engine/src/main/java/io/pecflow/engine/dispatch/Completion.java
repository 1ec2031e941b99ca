package io.pecflow.engine.dispatch;

import io.pecflow.adapter.massiva.SendOutcome;
import java.util.Objects;

/** A finished {@link SendTask} and what the provider answered; handed from the sending thread to the dispatch thread. */
public record Completion(SendTask task, SendOutcome outcome) {

    public Completion {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(outcome, "outcome");
    }
}
