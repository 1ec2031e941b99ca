package io.pecflow.engine.metrics;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the latest provider calls said about the provider: when one last got an answer, and the
 * latest failure to get one (unreachable, 5xx), for the health endpoint. Thread-safe.
 */
public final class ProviderStatus {

    /** The latest failure: when and what (never anything secret: the client's outcome name). */
    public record Failure(Instant at, String outcome) {
    }

    private final AtomicReference<Instant> lastAnswer = new AtomicReference<>();
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();

    void answered(Instant at) {
        lastAnswer.set(at);
    }

    void failed(Instant at, String outcome) {
        lastFailure.set(new Failure(at, outcome));
    }

    public Optional<Instant> lastAnswer() {
        return Optional.ofNullable(lastAnswer.get());
    }

    public Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure.get());
    }

    /** @return true when the latest call got no answer and no call was answered since */
    public boolean unreachable() {
        Failure failure = lastFailure.get();
        Instant answer = lastAnswer.get();
        return failure != null && (answer == null || failure.at().isAfter(answer));
    }
}
