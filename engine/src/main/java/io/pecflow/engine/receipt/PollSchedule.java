package io.pecflow.engine.receipt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

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

    /** @return when to poll next: the first step after the last poll's step, and at least once at the deadline */
    public Instant nextPoll(TrackedMessage message) {
        int done = message.polls();
        return done < steps.size() ? message.submittedAt().plus(steps.get(done)) : deadline(message);
    }
}
