package io.pecflow.adapter.pec;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * Where the provider calls back when a registration or a communication changes state
 * ({@code callback} of {@code POST /pec} and {@code POST /comunica_pec}). Immutable.
 *
 * @param url    the address the provider calls
 * @param field  the name of the field that carries the data in the call
 * @param method {@link Method#POST} (the provider's default) or {@link Method#JSON}
 * @param data   extra values the provider hands back unchanged in the call; may be empty
 */
public record Callback(URI url, String field, Method method, Map<String, String> data) {

    /** How the provider delivers the call. */
    public enum Method {
        /** A form post. */
        POST,
        /** A JSON body. */
        JSON
    }

    public Callback {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(method, "method");
        data = Map.copyOf(data);
        if (url.getScheme() == null || !url.getScheme().matches("https?")) {
            throw new IllegalArgumentException("a callback url must be http(s), not '" + url + "'");
        }
    }

    /** A form post to {@code url} carrying the data in {@code field}, as in the provider's example. */
    public static Callback post(URI url, String field) {
        return new Callback(url, field, Method.POST, Map.of());
    }
}
