package io.pecflow.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Test kit: raw HTTP against a sandbox, answers as Jackson trees. Independent of the production code's JSON. */
final class SandboxHttp {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    SandboxHttp(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** A status, its JSON body and headers. */
    record Response(int status, JsonNode json, HttpHeaders headers) {
        String message() {
            return json.get("message").asString();
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** A plain-text answer, as TrovaPEC gives. */
    record Text(int status, String body, HttpHeaders headers) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Response send(JsonNode body) {
        return post("/send", body.toString(), token);
    }

    Response post(String path, String body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return exchange(request.build());
    }

    Response get(String path, String username, String password) {
        return call("GET", path, username, password, token);
    }

    Response delete(String path, String username, String password) {
        return call("DELETE", path, username, password, token);
    }

    Response call(String method, String path, String username, String password, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (username != null) {
            request.header("x-username", username);
        }
        if (password != null) {
            request.header("x-password", password);
        }
        return exchange(request.build());
    }

    /** A PEC API call with the bearer token; {@code json} may be null for no body. */
    Response api(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request.build());
    }

    /** A form POST (no bearer), answered in plain text. */
    Text form(String path, String formBody) {
        return text(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)).build());
    }

    /** Any call without a bearer, answered in plain text. */
    Text text(String method, String path) {
        return text(HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    /** A call with the bearer token whose answer is kept as bytes, e.g. a PDF. */
    HttpResponse<byte[]> bytes(String path) {
        return sent(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The control endpoints: no bearer. */
    Response admin(String method, String path, String json) {
        return exchange(HttpRequest.newBuilder(base.resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<String> raw(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private Text text(HttpRequest request) {
        HttpResponse<String> response = sent(request, HttpResponse.BodyHandlers.ofString());
        return new Text(response.statusCode(), response.body(), response.headers());
    }

    private Response exchange(HttpRequest request) {
        HttpResponse<String> response = sent(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isEmpty() ? MAPPER.createObjectNode() : MAPPER.readTree(response.body());
        return new Response(response.statusCode(), json, response.headers());
    }

    private <T> HttpResponse<T> sent(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
