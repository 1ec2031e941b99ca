package io.pecflow.cli.watch;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of an engine event ({@code job-event.schema.json}) that {@code watch} counts; other
 * fields are ignored, as the contract asks of consumers. Immutable.
 *
 * @param eventId    stable id of the fact; repeats are dropped by it
 * @param type       ACCEPTED, SUBMITTED, DELIVERED, SETTLED, ...
 * @param jobId      the job; empty for MAILBOX_STORAGE_HIGH
 * @param campaignId the job's campaign, if it has one
 * @param mailbox    the sending mailbox, when the event names it
 * @param recipient  the recipient a per-recipient event is about
 */
public record JobEvent(String eventId, String type, String jobId, Optional<String> campaignId,
                       Optional<String> mailbox, Optional<String> recipient) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public JobEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(recipient, "recipient");
    }

    /** @return the event, or empty when the record is not a readable event */
    public static Optional<JobEvent> parse(byte[] value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(value);
            Optional<String> eventId = text(root, "eventId");
            Optional<String> type = text(root, "type");
            if (eventId.isEmpty() || type.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new JobEvent(eventId.get(), type.get(), text(root, "jobId").orElse(""),
                    text(root, "campaignId"), text(root, "mailbox"), text(root, "recipient")));
        } catch (JacksonException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode root, String field) {
        JsonNode node = root == null ? null : root.get(field);
        return node != null && node.isString() ? Optional.of(node.stringValue()) : Optional.empty();
    }
}
