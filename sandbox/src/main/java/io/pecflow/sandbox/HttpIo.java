package io.pecflow.sandbox;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Reading requests and writing answers over the JDK HttpServer. */
final class HttpIo {

    private HttpIo() {
    }

    /** Works out the answer to an exchange; may fail with an unchecked exception. */
    @FunctionalInterface
    interface Answering {
        Reply.Answer answer(HttpExchange exchange) throws IOException;
    }

    /**
     * Answers one exchange and closes it: {@code failure} turns an unchecked exception into the answer,
     * and {@code beforeWriting} runs just before it is written (a latency fault).
     */
    static void serve(HttpExchange exchange, Answering answering, Function<RuntimeException, Reply.Answer> failure,
                      Runnable beforeWriting) throws IOException {
        try (exchange) {
            Reply.Answer answer;
            try {
                answer = answering.answer(exchange);
            } catch (RuntimeException e) {
                answer = failure.apply(e);
            }
            beforeWriting.run();
            write(exchange, answer);
        }
    }

    static void write(HttpExchange exchange, Reply.Answer answer) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        if (answer.body().length > 0) {
            headers.set("Content-Type", "application/json"); // unless the answer's own headers say otherwise
        }
        answer.headers().forEach(headers::set);
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    /** The query parameters, decoded; the first of a repeated name wins. */
    static Map<String, String> query(HttpExchange exchange) {
        return form(exchange.getRequestURI().getRawQuery());
    }

    /**
     * Decodes {@code application/x-www-form-urlencoded} text (a query or a form body); the first of a
     * repeated name wins, a name without {@code =} has the empty value.
     */
    static Map<String, String> form(String raw) {
        Map<String, String> result = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.putIfAbsent(name, value);
        }
        return result;
    }

    /**
     * Whether an {@code Authorization} header carries the expected Bearer token. The comparison takes the
     * same time wherever the two differ.
     */
    static boolean bearerMatches(String header, String expectedToken) {
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return secretEquals(header.substring(7).trim(), expectedToken);
    }

    /** Compares two secrets in time that does not depend on where they differ. */
    static boolean secretEquals(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
