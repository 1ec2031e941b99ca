package io.pecflow.sandbox;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper (immutable and thread-safe) and the provider's envelope. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** {@code {"success":..,"message":..}}, the envelope of every answer. */
    static ObjectNode envelope(boolean success, String message) {
        return object().put("success", success).put("message", message);
    }

    static byte[] bytes(JsonNode node) {
        return MAPPER.writeValueAsBytes(node);
    }

    /**
     * A field written as text, as a PHP back end reads it: a string or a number, trimmed; null if it is
     * absent, null, blank, an object or an array.
     */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !(value.isString() || value.isNumber() || value.isBoolean())) {
            return null;
        }
        String text = value.asString().trim();
        return text.isEmpty() ? null : text;
    }

    /** The object a field holds, or null. */
    static ObjectNode objectOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value instanceof ObjectNode object ? object.deepCopy() : null;
    }

    /** The string value of a field, or null if absent or not a string. */
    static String stringOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
