package io.pecflow.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What the HTTP layer writes back: an answer (JSON unless its headers set another {@code Content-Type}),
 * or nothing at all (a lost response).
 */
sealed interface Reply {

    /**
     * @param status  the HTTP status
     * @param body    the bytes, JSON by default (shared constants are never modified)
     * @param headers extra headers
     */
    record Answer(int status, byte[] body, Map<String, String> headers) implements Reply {
        public Answer {
            headers = Map.copyOf(headers);
        }
    }

    /** Close the connection without a status line. */
    record NoAnswer() implements Reply {
    }

    static Answer json(int status, JsonNode node) {
        return new Answer(status, Json.bytes(node), Map.of());
    }

    /** {@code {"success":false,"message":message}} */
    static Answer error(int status, String message) {
        return json(status, Json.envelope(false, message));
    }

    /** {@code {"success":true,"message":message}} */
    static Answer ok(String message) {
        return json(200, Json.envelope(true, message));
    }

    /** A plain-text answer in UTF-8. */
    static Answer text(int status, String text) {
        return new Answer(status, text.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "text/plain; charset=UTF-8"));
    }

    /** A PDF document. */
    static Answer pdf(byte[] document) {
        return new Answer(200, document, Map.of("Content-Type", "application/pdf"));
    }

    /** Adds one header; the value is cut down to printable ASCII, as a header must be. */
    static Answer withHeader(Answer answer, String name, String value) {
        String safe = value.replaceAll("[^\\x20-\\x7E]", "?");
        Map<String, String> headers = new HashMap<>(answer.headers());
        headers.put(name, safe.length() > 200 ? safe.substring(0, 200) : safe);
        return new Answer(answer.status(), answer.body(), headers);
    }
}
