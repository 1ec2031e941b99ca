package io.pecflow.engine.dispatch;

import io.pecflow.engine.clock.EngineClock;
import io.pecflow.engine.event.EventIds;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.job.SendJob;
import java.time.Instant;

/**
 * Builds the dispatch's events with stable ids: the same fact always gets the same
 * {@code eventId}, whatever instance publishes it and however often.
 */
final class DispatchEvents {

    private final Outbox outbox;
    private final EngineClock clock;
    private final DispatchListener listener;

    DispatchEvents(Outbox outbox, EngineClock clock, DispatchListener listener) {
        this.outbox = outbox;
        this.clock = clock;
        this.listener = listener;
    }

    void accepted(SendJob job, long offset) {
        emit(JobEvent.of(EventIds.of(job.jobId(), EventType.ACCEPTED.name(), Long.toString(offset)), job.ref(),
                EventType.ACCEPTED, clock.now()), job.mailbox());
    }

    void duplicate(SendJob job, int partition, long offset, long firstOffset) {
        emit(JobEvent.of(EventIds.of(job.jobId(), EventType.DUPLICATE.name(), Integer.toString(partition),
                        Long.toString(offset)), job.ref(), EventType.DUPLICATE, clock.now())
                .withReason("jobId " + job.jobId() + " was already accepted (dispatch offset " + firstOffset
                        + "); this copy is not sent"), job.mailbox());
    }

    /** An event about one send of a job (one recipient when recipients are split). */
    Builder perSend(SendJob job, int part, boolean split, EventType type, int attempt) {
        return new Builder(job, part, split, type, attempt);
    }

    private void emit(JobEvent event, String mailbox) {
        outbox.event(event);
        listener.event(event.type(), mailbox);
    }

    /** Fills in the optional parts of a per-send event. */
    final class Builder {
        private final SendJob job;
        private final int part;
        private final boolean split;
        private final EventType type;
        private final int attempt;
        private String reason;
        private Instant until;
        private String messageCode;

        private Builder(SendJob job, int part, boolean split, EventType type, int attempt) {
            this.job = job;
            this.part = part;
            this.split = split;
            this.type = type;
            this.attempt = attempt;
        }

        Builder reason(String text) {
            this.reason = text;
            return this;
        }

        Builder until(Instant at) {
            this.until = at;
            return this;
        }

        Builder messageCode(String code) {
            this.messageCode = code;
            return this;
        }

        void emit() {
            String qualifier = switch (type) {
                case RETRYING -> "attempt-" + attempt;
                case DEFERRED -> "until-" + until;
                default -> "";
            };
            JobEvent event = JobEvent.of(EventIds.of(job.jobId(), type.name(), "part-" + part, qualifier), job.ref(),
                    type, clock.now());
            if (split) {
                event = event.withRecipient(job.to().get(part));
            }
            if (attempt > 0) {
                event = event.withAttempt(attempt);
            }
            if (reason != null) {
                event = event.withReason(reason);
            }
            if (until != null) {
                event = event.withUntil(until);
            }
            if (messageCode != null) {
                event = event.withMessageCode(messageCode);
            }
            DispatchEvents.this.emit(event, job.mailbox());
        }
    }
}
