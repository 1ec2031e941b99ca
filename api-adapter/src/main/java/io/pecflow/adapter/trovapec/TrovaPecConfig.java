package io.pecflow.adapter.trovapec;

import io.pecflow.adapter.HttpSettings;
import io.pecflow.adapter.HttpTransport;
import io.pecflow.adapter.Secret;
import java.net.URI;
import java.util.Objects;

/**
 * How to reach TrovaPEC. Immutable and thread-safe; start from {@link #of(Secret)} and change
 * what differs. {@link #toString()} masks the key.
 *
 * @param endpoint the web service's one address, {@link #DEFAULT_URL} or a stand-in
 * @param key      the user key of the account, sent with every call (form field or query parameter {@code key})
 * @param http     timeouts and concurrency (defaults: {@link HttpSettings#defaults()})
 * @param clock    monotonic time and sleeping for {@link TrovaPecClient#lookup}
 */
public record TrovaPecConfig(URI endpoint, Secret key, HttpSettings http, PollingClock clock) {

    /** The service's address. */
    public static final URI DEFAULT_URL = URI.create("https://www.trovapec.it/index_ws.php");

    public TrovaPecConfig {
        endpoint = HttpTransport.checkedBaseUrl(endpoint);
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(clock, "clock");
    }

    /** The service's own address, default HTTP settings and the system clock. */
    public static TrovaPecConfig of(Secret key) {
        return of(DEFAULT_URL, key);
    }

    /** Another address (a stand-in in tests), default HTTP settings and the system clock. */
    public static TrovaPecConfig of(URI endpoint, Secret key) {
        return new TrovaPecConfig(endpoint, key, HttpSettings.defaults(), PollingClock.system());
    }

    public TrovaPecConfig withHttp(HttpSettings value) {
        return new TrovaPecConfig(endpoint, key, value, clock);
    }

    public TrovaPecConfig withClock(PollingClock value) {
        return new TrovaPecConfig(endpoint, key, http, value);
    }
}
