package io.pecflow.engine.receipt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When to ask for a message's receipts: soon after the send (acceptance comes in seconds,
 * delivery usually in minutes), then backing off, then again around the 12-hour warning and the
 * 24-hour mark; after 24 hours plus the margin without a final receipt the message is NO_RECEIPT.
 *
 * @param steps  the delays after the send at which to poll, increasing
 * @param margin how long after 24 hours a final receipt is still waited for
 */
public record PollSchedule(List<Duration> steps, Duration margin) {

    /** PEC gives a final non-delivery at the latest 24 hours after the send. */
    public static final Duration PEC_DEADLINE = Duration.ofHours(24);

    public PollSchedule {
        steps = List.copyOf(steps);
        Objects.requireNonNull(margin, "margin");
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).compareTo(steps.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("poll steps must increase: " + steps);
            }
        }
    }

    public static PollSchedule defaults() {
        return new PollSchedule(List.of(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofMinutes(1),
                Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1),
                Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(9), Duration.ofHours(12).plusMinutes(5),
                Duration.ofHours(15), Duration.ofHours(18), Duration.ofHours(21), Duration.ofHours(24).plusMinutes(5)),
                Duration.ofHours(1));
    }

    /** @return when a message is given up as NO_RECEIPT */
    public Instant deadline(TrackedMessage message) {
        return message.submittedAt().plus(PEC_DEADLINE).plus(margin);
    }

    /**
     * @param submittedAt when the message was submitted
     * @param after       when it was last asked for (or the moment of asking)
     * @return the first step after {@code after}, the deadline when no step is left, or nothing
     *         after the deadline. Derived from time alone, so no poll count needs to be kept.
     */
    public Optional<Instant> nextPollAfter(Instant submittedAt, Instant after) {
        for (Duration step : steps) {
            Instant at = submittedAt.plus(step);
            if (at.isAfter(after)) {
                return Optional.of(at);
            }
        }
        Instant deadline = submittedAt.plus(PEC_DEADLINE).plus(margin);
        return deadline.isAfter(after) ? Optional.of(deadline) : Optional.empty();
    }
}
