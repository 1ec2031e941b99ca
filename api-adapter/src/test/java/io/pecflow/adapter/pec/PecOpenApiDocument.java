package io.pecflow.adapter.pec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The provider's own OpenAPI document of the PEC API (a verbatim copy of
 * {@code shared/reference/openapi/pec.openapi.json}), read for its operations and examples so
 * that the tests use them as published, with nothing transcribed by hand.
 */
final class PecOpenApiDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode ROOT = load();

    /** One operation: {@code GET /pec/{id}}. */
    record Operation(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One documented answer with an example: the status, its media type and the example as the wire carries it. */
    record Answer(Operation operation, int status, String mediaType, String example) {
        @Override
        public String toString() {
            return operation + " -> " + status;
        }
    }

    private PecOpenApiDocument() {
    }

    static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        ROOT.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey()))));
        return operations;
    }

    /** Every answer of every operation that has an example, successes and failures. */
    static List<Answer> answers() {
        List<Answer> answers = new ArrayList<>();
        for (Operation operation : operations()) {
            operationNode(operation).path("responses").properties().forEach(response ->
                    response.getValue().path("content").properties().forEach(content ->
                            example(content.getValue()).ifPresent(example -> answers.add(new Answer(operation,
                                    Integer.parseInt(response.getKey()), content.getKey(), example)))));
        }
        return answers;
    }

    static List<Answer> failures() {
        return answers().stream().filter(answer -> answer.status() >= 400).toList();
    }

    /** The example of one documented answer. */
    static String answer(String method, String path, int status) {
        return answers().stream()
                .filter(answer -> answer.operation().equals(new Operation(method, path)) && answer.status() == status)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no example for " + method + " " + path
                        + " " + status)).example();
    }

    /** The example request body of an operation. */
    static JsonNode requestExample(String method, String path) {
        return operationNode(new Operation(method, path)).path("requestBody").path("content")
                .path("application/json").path("example");
    }

    private static Optional<String> example(JsonNode content) {
        if (content.has("example")) {
            return Optional.of(JSON.writeValueAsString(content.path("example")));
        }
        JsonNode schemaExample = content.path("schema").path("example");
        return schemaExample.isString() ? Optional.of(schemaExample.asString()) : Optional.empty();
    }

    private static JsonNode operationNode(Operation operation) {
        return ROOT.path("paths").path(operation.path()).path(operation.method().toLowerCase(Locale.ROOT));
    }

    private static JsonNode load() {
        try (InputStream in = PecOpenApiDocument.class.getResourceAsStream("pec.openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("pec.openapi.json is missing from the test resources");
            }
            return JSON.readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
