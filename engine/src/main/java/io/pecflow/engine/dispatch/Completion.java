package io.pecflow.engine.dispatch;

import io.pecflow.adapter.massiva.SendOutcome;
import java.util.Objects;

/**
 * A finished {@link SendTask}, what the provider answered and when (engine monotonic time); handed
 * from the sending thread to the dispatch thread.
 */
public record Completion(SendTask task, SendOutcome outcome, long answeredAtNanos) {

    public Completion {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(outcome, "outcome");
    }
}
