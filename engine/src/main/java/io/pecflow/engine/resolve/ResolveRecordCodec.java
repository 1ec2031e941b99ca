package io.pecflow.engine.resolve;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The resolve-state topic's records as JSON values under their keys: {@code lookup:<code>}
 * {@code {"token","requestedAt"}}, {@code answer:<code>} {@code {"address"?, "at"}},
 * {@code done:<partition>:<offset>} {@code {"jobId"}}; tombstones have no value. Thread-safe.
 */
public final class ResolveRecordCodec {

    private final JsonMapper json = JsonMapper.builder().build();

    /** @return the value to write, or null for a tombstone */
    public byte[] write(ResolveRecord record) {
        ObjectNode value = json.createObjectNode();
        switch (record) {
            case ResolveRecord.PendingLookup lookup -> value.put("token", lookup.token())
                    .put("requestedAt", lookup.requestedAt().toString());
            case ResolveRecord.Answer answer -> {
                answer.address().ifPresent(address -> value.put("address", address));
                value.put("at", answer.at().toString());
            }
            case ResolveRecord.JobDone done -> value.put("jobId", done.jobId());
            case ResolveRecord.LookupClosed closed -> {
                return null;
            }
            case ResolveRecord.DoneForgotten forgotten -> {
                return null;
            }
        }
        return json.writeValueAsBytes(value);
    }

    /**
     * @param key   the record key
     * @param value the value, null for a tombstone
     * @return the record, or empty for a key of no kind this engine writes
     * @throws IllegalArgumentException when the key or value is corrupt, saying what is wrong
     */
    public Optional<ResolveRecord> read(String key, byte[] value) {
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        String rest = colon < 0 ? "" : key.substring(colon + 1);
        return switch (kind) {
            case "lookup" -> Optional.of(value == null ? new ResolveRecord.LookupClosed(rest)
                    : lookup(rest, tree(key, value), key));
            case "answer" -> value == null ? Optional.empty() : Optional.of(answer(rest, tree(key, value), key));
            case "done" -> Optional.of(done(rest, value, key));
            default -> Optional.empty();
        };
    }

    private static ResolveRecord.PendingLookup lookup(String taxCode, JsonNode root, String key) {
        return new ResolveRecord.PendingLookup(taxCode, text(root, "token", key), instant(root, "requestedAt", key));
    }

    private static ResolveRecord.Answer answer(String taxCode, JsonNode root, String key) {
        Optional<String> address = root.has("address") ? Optional.of(text(root, "address", key)) : Optional.empty();
        return new ResolveRecord.Answer(taxCode, address, instant(root, "at", key));
    }

    private ResolveRecord done(String position, byte[] value, String key) {
        String[] parts = position.split(":");
        try {
            int partition = Integer.parseInt(parts[0]);
            long offset = Long.parseLong(parts[1]);
            return value == null ? new ResolveRecord.DoneForgotten(partition, offset)
                    : new ResolveRecord.JobDone(partition, offset, text(tree(key, value), "jobId", key));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException notAPosition) {
            throw new IllegalArgumentException("corrupt resolve state " + key + ": not done:<partition>:<offset>",
                    notAPosition);
        }
    }

    private JsonNode tree(String key, byte[] value) {
        try {
            JsonNode root = json.readTree(value);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("corrupt resolve state " + key + ": not a JSON object");
            }
            return root;
        } catch (JacksonException notJson) {
            throw new IllegalArgumentException("corrupt resolve state " + key + ": not JSON", notJson);
        }
    }

    private static String text(JsonNode root, String field, String key) {
        JsonNode node = root.get(field);
        if (node == null || !node.isString()) {
            throw new IllegalArgumentException("corrupt resolve state " + key + ": no " + field);
        }
        return node.stringValue();
    }

    private static Instant instant(JsonNode root, String field, String key) {
        try {
            return Instant.parse(text(root, field, key));
        } catch (DateTimeParseException notAnInstant) {
            throw new IllegalArgumentException("corrupt resolve state " + key + ": " + field + " is not an instant",
                    notAnInstant);
        }
    }
}
