package io.pecflow.engine.dispatch;

import io.pecflow.adapter.massiva.Attachment;
import io.pecflow.adapter.massiva.SendOutcome;
import io.pecflow.adapter.massiva.SendRequest;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.job.SendJob;
import io.pecflow.engine.ledger.SendState;
import java.util.List;

/** Small fixed mappings of the dispatch: job to request, outcome to "surely not sent", state to event. */
final class DispatchRules {

    private DispatchRules() {
    }

    static SendRequest request(SendJob job, List<String> recipients) {
        return new SendRequest(job.mailbox(), recipients, job.subject(), job.body(), job.attachments().stream()
                .map(a -> new Attachment(a.name(), a.contentType(), a.base64())).toList());
    }

    static boolean surelyNotSent(SendOutcome outcome) {
        return switch (outcome) {
            case SendOutcome.Sent s -> false;
            case SendOutcome.Ambiguous a -> false;
            case SendOutcome.Rejected r -> true;
            case SendOutcome.Unauthorized u -> true;
            case SendOutcome.Throttled t -> true;
            case SendOutcome.ServerError e -> true;
            case SendOutcome.NotSent n -> true;
        };
    }

    static EventType eventType(SendState state) {
        return switch (state) {
            case SUBMITTED -> EventType.SUBMITTED;
            case FAILED -> EventType.FAILED;
            case AMBIGUOUS -> EventType.AMBIGUOUS;
            case EXPIRED -> EventType.EXPIRED;
            case QUEUED, ATTEMPTING -> throw new IllegalArgumentException("not a final state: " + state);
        };
    }
}
