package io.pecflow.adapter.pec;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading the PEC API's JSON leniently where it costs nothing (unknown fields ignored, numbers
 * written as strings accepted, missing optional fields defaulted) and strictly where a wrong
 * value would mislead (a date not in dd/MM/yyyy, a timestamp that is not a number, a missing id):
 * those throw {@link Unreadable}, which the client turns into a {@link PecApiOutcome.ServerError}.
 * Thread-safe.
 */
final class PecJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** The provider's dates: {@code 04/03/2022}. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private PecJson() {
    }

    /** An answer that is not what the document describes. */
    static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The envelope {@code {"data", "success", "message", "error"}}.
     *
     * @param success false when the provider wrote {@code "success": false} (or anything not true)
     */
    record Envelope(boolean success, String message, OptionalInt error, JsonNode data) {

        /** @return the envelope, or empty when the body is not a JSON object */
        static Optional<Envelope> read(byte[] body) {
            if (body == null || body.length == 0) {
                return Optional.empty();
            }
            try {
                JsonNode root = MAPPER.readTree(body);
                if (root == null || !root.isObject()) {
                    return Optional.empty();
                }
                JsonNode error = root.path("error");
                OptionalInt code = error.isIntegralNumber() && error.canConvertToInt() ? OptionalInt.of(error.asInt())
                        : isWholeNumber(error) ? OptionalInt.of(Integer.parseInt(error.asString().strip()))
                        : OptionalInt.empty();
                JsonNode success = root.path("success");
                boolean succeeded = success.isMissingNode() || success.isNull() || flag(root, "success");
                return Optional.of(new Envelope(succeeded, text(root, "message"), code, root.path("data")));
            } catch (JacksonException notJson) {
                return Optional.empty();
            }
        }

        private static boolean isWholeNumber(JsonNode node) {
            return node.isString() && node.asString().strip().matches("-?\\d{1,9}");
        }
    }

    /** A text field; "" when missing or null; a number or boolean as its text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() || value.isNumber() || value.isBoolean() ? value.asString() : "";
    }

    /** A text field that must be there and not blank. */
    static String requiredText(JsonNode node, String field) {
        String value = text(node, field);
        if (value.isBlank()) {
            throw new Unreadable("'" + field + "' is missing");
        }
        return value;
    }

    /** {@code true}, {@code "true"}, {@code 1} are true; anything else (missing, an object) is false. */
    static boolean flag(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isIntegralNumber()) {
            return value.asLong() != 0;
        }
        String text = value.isString() ? value.asString().strip() : "";
        return text.equalsIgnoreCase("true") || text.equals("1");
    }

    /** A whole number, or its text; 0 when missing, null or "". */
    static int integer(JsonNode node, String field) {
        String value = text(node, field).strip();
        if (value.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notWhole) {
            throw new Unreadable("'" + field + "' is not a whole number: '" + value + "'");
        }
    }

    /** Unix seconds, or their text; empty when missing, null, "" or 0. */
    static Optional<Instant> instant(JsonNode node, String field) {
        String value = text(node, field).strip();
        if (value.isEmpty() || value.equals("0")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            throw new Unreadable("'" + field + "' is not Unix seconds: '" + value + "'");
        }
    }

    /** A dd/MM/yyyy date; empty when missing, null or "". */
    static Optional<LocalDate> date(JsonNode node, String field) {
        String value = text(node, field).strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value, DATE));
        } catch (DateTimeParseException notADate) {
            throw new Unreadable("'" + field + "' is not a dd/MM/yyyy date: '" + value + "'");
        }
    }

    /** An array of texts; empty when missing or null; a lone text as a list of one. */
    static List<String> texts(JsonNode node, String field) {
        return items(node, field, item -> {
            if (!item.isString()) {
                throw new Unreadable("'" + field + "' holds something other than text");
            }
            return item.asString();
        });
    }

    /** An array read item by item; empty when missing or null. */
    static <T> List<T> items(JsonNode node, String field, Function<JsonNode, T> reader) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || (value.isString() && value.asString().isEmpty())) {
            return List.of();
        }
        return value.isString() ? List.of(reader.apply(value)) : list(value, "'" + field + "'", reader);
    }

    /** A JSON array read item by item, or {@link Unreadable}. */
    static <T> List<T> list(JsonNode array, String what, Function<JsonNode, T> reader) {
        if (!array.isArray()) {
            throw new Unreadable(what + " is not a list");
        }
        List<T> result = new ArrayList<>();
        array.forEach(item -> result.add(reader.apply(item)));
        return result;
    }

    /** {@code PATCH /pec/{id}/attivazione} and {@code PATCH /comunica_pec/{id}}: the documents alone. */
    static byte[] documents(List<Document> documents) {
        ObjectNode root = MAPPER.createObjectNode();
        putDocuments(root, documents);
        return MAPPER.writeValueAsBytes(root);
    }

    /**
     * {@code documenti}: always a list of base64 texts, which the document allows everywhere
     * (beside a lone text).
     */
    static void putDocuments(ObjectNode root, List<Document> documents) {
        ArrayNode list = root.putArray("documenti");
        documents.forEach(document -> list.add(document.base64()));
    }

    /** {@code Callback}; {@code method} only when not the provider's default (POST), {@code data} only when given. */
    static void putCallback(ObjectNode root, Callback callback) {
        ObjectNode node = root.putObject("callback").put("url", callback.url().toString())
                .put("field", callback.field());
        if (callback.method() != Callback.Method.POST) {
            node.put("method", callback.method().name());
        }
        if (!callback.data().isEmpty()) {
            ObjectNode data = node.putObject("data");
            callback.data().forEach(data::put);
        }
    }

    /** An object (the answer's {@code data}, one item of a list), or {@link Unreadable}. */
    static JsonNode object(JsonNode node, String what) {
        if (!node.isObject()) {
            throw new Unreadable(what + " is not an object");
        }
        return node;
    }
}
