package io.pecflow.sandbox;

/**
 * The outcome of reading a PEC API request: a value, or the refusal to answer with.
 *
 * @param <T> the value's type
 */
sealed interface PecApiOutcome<T> {

    /** @param value what was read */
    record Done<T>(T value) implements PecApiOutcome<T> {
    }

    /** @param error what to answer instead */
    record Refused<T>(PecApiError error) implements PecApiOutcome<T> {
    }

    static <T> PecApiOutcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> PecApiOutcome<T> refused(PecApiError error) {
        return new Refused<>(error);
    }
}
