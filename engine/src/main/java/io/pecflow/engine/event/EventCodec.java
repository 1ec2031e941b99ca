package io.pecflow.engine.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of {@code pecflow.events} (see {@code docs/schemas/job-event.schema.json}): absent optional
 * fields are left out, never null; {@code at} and {@code until} are ISO-8601 UTC instants. Both ways
 * check the fields each type must carry (SUBMITTED: messageCode; RETRYING: attempt and reason;
 * REJECTED, FAILED, AMBIGUOUS: reason; RESOLVED: taxCode and recipient; NOT_RESOLVED: taxCode and
 * reason; DEFERRED: until; the receipt events: messageCode and
 * receiptAt, NOT_DELIVERED also receiptKind and reason; NO_RECEIPT: messageCode and reason;
 * SETTLED: counts; MAILBOX_STORAGE_HIGH: mailbox and storage, and no jobId), so what is published
 * always matches the schema. Reading ignores fields it does not know (newer writers may add optional ones). Thread-safe.
 */
public final class EventCodec {

    private static final Map<EventType, List<String>> REQUIRED = required();

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    /**
     * @return the event as UTF-8 JSON
     * @throws IllegalArgumentException when the event lacks a field its type needs
     */
    public byte[] write(JobEvent event) {
        checkRequired(event);
        ObjectNode root = json.createObjectNode();
        root.put("eventId", event.eventId());
        if (!event.type().isAboutMailbox()) {
            root.put("jobId", event.jobId());
        }
        event.campaignId().ifPresent(value -> root.put("campaignId", value));
        event.mailbox().ifPresent(value -> root.put("mailbox", value));
        root.put("type", event.type().name());
        root.put("at", event.at().toString());
        event.messageCode().ifPresent(value -> root.put("messageCode", value));
        event.recipient().ifPresent(value -> root.put("recipient", value));
        event.taxCode().ifPresent(value -> root.put("taxCode", value));
        event.reason().ifPresent(value -> root.put("reason", value));
        event.attempt().ifPresent(value -> root.put("attempt", value));
        event.until().ifPresent(value -> root.put("until", value.toString()));
        event.receiptKind().ifPresent(value -> root.put("receiptKind", value));
        event.receiptAt().ifPresent(value -> root.put("receiptAt", value.toString()));
        if (event.recovered()) {
            root.put("recovered", true);
        }
        event.counts().ifPresent(counts -> root.putObject("counts").put("delivered", counts.delivered())
                .put("notDelivered", counts.notDelivered()).put("noReceipt", counts.noReceipt())
                .put("notSent", counts.notSent()).put("ambiguous", counts.ambiguous()));
        event.storage().ifPresent(storage -> root.putObject("storage").put("usage", storage.usage())
                .put("limit", storage.limit()));
        if (!event.metadata().isEmpty()) {
            ObjectNode metadata = root.putObject("metadata");
            new TreeMap<>(event.metadata()).forEach(metadata::put);
        }
        return json.writeValueAsBytes(root);
    }

    /**
     * @param value an event as {@link #write(JobEvent)} writes it
     * @return the event
     * @throws IllegalArgumentException when the bytes are not such an event, saying what is wrong
     */
    public JobEvent read(byte[] value) {
        JsonNode root = tree(value);
        EventType type = type(root);
        String jobId = type.isAboutMailbox() ? "" : requiredText(root, "jobId");
        try {
            JobEvent event = new JobEvent(requiredText(root, "eventId"), jobId, optionalText(root, "campaignId"),
                    optionalText(root, "mailbox"), type, requiredInstant(root, "at"), optionalText(root, "messageCode"),
                    optionalText(root, "recipient"), optionalText(root, "taxCode"), optionalText(root, "reason"),
                    attempt(root),
                    optionalInstant(root, "until"), optionalText(root, "receiptKind"),
                    optionalInstant(root, "receiptAt"), root.path("recovered").asBoolean(false), counts(root),
                    storage(root), metadata(root));
            checkRequired(event);
            return event;
        } catch (IllegalArgumentException invalid) {
            throw invalid.getMessage().startsWith("corrupt event") ? invalid
                    : new IllegalArgumentException("corrupt event: " + invalid.getMessage(), invalid);
        }
    }

    private JsonNode tree(byte[] value) {
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("corrupt event: the record is empty");
        }
        try {
            JsonNode root = json.readTree(value);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("corrupt event: not a JSON object");
            }
            return root;
        } catch (JacksonException notJson) {
            throw new IllegalArgumentException("corrupt event: not JSON (" + notJson.getOriginalMessage() + ")",
                    notJson);
        }
    }

    private static void checkRequired(JobEvent event) {
        Map<String, Boolean> present = Map.ofEntries(Map.entry("messageCode", event.messageCode().isPresent()),
                Map.entry("recipient", event.recipient().isPresent()), Map.entry("taxCode", event.taxCode().isPresent()),
                Map.entry("reason", event.reason().isPresent()), Map.entry("attempt", event.attempt().isPresent()),
                Map.entry("until", event.until().isPresent()), Map.entry("receiptKind", event.receiptKind().isPresent()),
                Map.entry("receiptAt", event.receiptAt().isPresent()), Map.entry("counts", event.counts().isPresent()),
                Map.entry("storage", event.storage().isPresent()), Map.entry("mailbox", event.mailbox().isPresent()));
        for (String field : REQUIRED.get(event.type())) {
            if (!present.get(field)) {
                throw new IllegalArgumentException("a " + event.type() + " event needs " + field
                                + " (event " + event.eventId() + " of " + event.key() + ")");
            }
        }
    }

    private static EventType type(JsonNode root) {
        String type = requiredText(root, "type");
        try {
            return EventType.valueOf(type);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("corrupt event: unknown type '" + type + "'", unknown);
        }
    }

    private static Optional<Integer> attempt(JsonNode root) {
        JsonNode node = root.get("attempt");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1) {
            throw new IllegalArgumentException("corrupt event: attempt must be a whole number from 1, got " + node);
        }
        return Optional.of(node.intValue());
    }

    private static Optional<SettledCounts> counts(JsonNode root) {
        JsonNode node = root.get("counts");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new SettledCounts(count(node, "delivered"), count(node, "notDelivered"),
                count(node, "noReceipt"), count(node, "notSent"), count(node, "ambiguous")));
    }

    private static Optional<MailboxStorage> storage(JsonNode root) {
        JsonNode node = root.get("storage");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new MailboxStorage(count(node, "usage"), count(node, "limit")));
    }

    private static int count(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            throw new IllegalArgumentException("corrupt event: " + field + " must be a whole number from 0, got " + node);
        }
        return node.intValue();
    }

    private static Map<String, String> metadata(JsonNode root) {
        JsonNode node = root.get("metadata");
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("corrupt event: metadata must be an object");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isString()) {
                throw new IllegalArgumentException("corrupt event: metadata." + entry.getKey() + " must be a string");
            }
            metadata.put(entry.getKey(), entry.getValue().stringValue());
        }
        return metadata;
    }

    private static String requiredText(JsonNode root, String field) {
        return optionalText(root, field)
                .orElseThrow(() -> new IllegalArgumentException("corrupt event: " + field + " is missing"));
    }

    private static Optional<String> optionalText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isString()) {
            throw new IllegalArgumentException("corrupt event: " + field + " must be a string, got "
                    + node.getNodeType());
        }
        return Optional.of(node.stringValue());
    }

    private static Instant requiredInstant(JsonNode root, String field) {
        return optionalInstant(root, field)
                .orElseThrow(() -> new IllegalArgumentException("corrupt event: " + field + " is missing"));
    }

    private static Optional<Instant> optionalInstant(JsonNode root, String field) {
        return optionalText(root, field).map(text -> {
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException notAnInstant) {
                throw new IllegalArgumentException("corrupt event: " + field + " '" + text
                        + "' is not an ISO-8601 instant", notAnInstant);
            }
        });
    }

    private static Map<EventType, List<String>> required() {
        Map<EventType, List<String>> required = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            required.put(type, switch (type) {
                case SUBMITTED -> List.of("messageCode");
                case RETRYING -> List.of("attempt", "reason");
                case REJECTED, FAILED, AMBIGUOUS -> List.of("reason");
                case RESOLVED -> List.of("taxCode", "recipient");
                case NOT_RESOLVED -> List.of("taxCode", "reason");
                case DEFERRED -> List.of("until");
                case ACCEPTED, DUPLICATE, EXPIRED -> List.of();
                case ACCEPTANCE, DELIVERY_WARNING, DELIVERED -> List.of("messageCode", "receiptAt");
                case NOT_DELIVERED -> List.of("messageCode", "receiptAt", "receiptKind", "reason");
                case NO_RECEIPT -> List.of("messageCode", "reason");
                case SETTLED -> List.of("counts");
                case MAILBOX_STORAGE_HIGH -> List.of("mailbox", "storage");
            });
        }
        return Map.copyOf(required);
    }
}
