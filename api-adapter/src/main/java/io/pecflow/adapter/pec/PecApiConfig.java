package io.pecflow.adapter.pec;

import io.pecflow.adapter.HttpSettings;
import io.pecflow.adapter.HttpTransport;
import io.pecflow.adapter.Secret;
import java.net.URI;
import java.util.Objects;

/**
 * How to reach the PEC API. Immutable and thread-safe; start from {@link #of(URI, Secret)} and
 * change what differs. {@link #toString()} masks the token.
 *
 * @param baseUrl the API root, {@link #PRODUCTION_URL}, {@link #SANDBOX_URL} or a stand-in
 * @param token   the Bearer token of the Openapi account (from its console), with the PEC scopes
 * @param http    timeouts and concurrency (defaults: {@link HttpSettings#defaults()})
 */
public record PecApiConfig(URI baseUrl, Secret token, HttpSettings http) {

    /** The production host. */
    public static final URI PRODUCTION_URL = URI.create("https://pec.openapi.it");
    /** The provider's free sandbox host. */
    public static final URI SANDBOX_URL = URI.create("https://test.pec.openapi.it");

    public PecApiConfig {
        baseUrl = HttpTransport.checkedBaseUrl(baseUrl);
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(http, "http");
    }

    /** The given host with default HTTP settings. */
    public static PecApiConfig of(URI baseUrl, Secret token) {
        return new PecApiConfig(baseUrl, token, HttpSettings.defaults());
    }

    public PecApiConfig withHttp(HttpSettings value) {
        return new PecApiConfig(baseUrl, token, value);
    }
}
