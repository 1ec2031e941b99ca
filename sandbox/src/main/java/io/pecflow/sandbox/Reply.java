package io.pecflow.sandbox;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What the HTTP layer writes back: a JSON answer, or nothing at all (a lost response). */
sealed interface Reply {

    /**
     * @param status  the HTTP status
     * @param body    the JSON bytes (shared constants are never modified)
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

    /** Adds one header; the value is cut down to printable ASCII, as a header must be. */
    static Answer withHeader(Answer answer, String name, String value) {
        String safe = value.replaceAll("[^\\x20-\\x7E]", "?");
        return new Answer(answer.status(), answer.body(), Map.of(name, safe.length() > 200 ? safe.substring(0, 200) : safe));
    }
}
