package io.pecflow.adapter.massiva;

import io.pecflow.adapter.Secret;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach PEC Massiva. Immutable; build one with {@link #builder(URI, Secret)}.
 *
 * @param baseUrl               the API root, {@link #PRODUCTION_URL}, {@link #SANDBOX_URL} or a local sandbox
 * @param token                 the Bearer token of the account
 * @param connectTimeout        how long to wait for a connection (default 5 s)
 * @param requestTimeout        how long to wait for the whole answer once connected (default 30 s);
 *                              a send that times out this way is {@link SendOutcome.Ambiguous}
 * @param maxConcurrentRequests how many calls may be on the wire at once (default 64); callers
 *                              beyond it wait for a place before anything is sent
 * @param recipientEncoding     how {@code recipient} is written on {@code POST /send}
 * @param clock                 wall time, for {@code Retry-After} dates
 */
public record PecMassivaConfig(URI baseUrl, Secret token, Duration connectTimeout, Duration requestTimeout,
                               int maxConcurrentRequests, RecipientEncoding recipientEncoding, Clock clock) {

    /** The production host. */
    public static final URI PRODUCTION_URL = URI.create("https://ws.pecmassiva.com");
    /** The provider's own test host. */
    public static final URI SANDBOX_URL = URI.create("https://test.ws.pecmassiva.com");

    /** The two forms the document allows for {@code recipient}. */
    public enum RecipientEncoding {
        /** Always a JSON array, as the provider's example does. */
        ARRAY,
        /** A plain string for one recipient, an array for several. */
        STRING_WHEN_SINGLE
    }

    public PecMassivaConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(recipientEncoding, "recipientEncoding");
        Objects.requireNonNull(clock, "clock");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, not " + maxConcurrentRequests);
        }
        if (baseUrl.getScheme() == null || !baseUrl.getScheme().matches("https?") || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL with a host, not '" + baseUrl + "'");
        }
        String text = baseUrl.toString();
        baseUrl = text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : baseUrl;
    }

    public static Builder builder(URI baseUrl, Secret token) {
        return new Builder(baseUrl, token);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + duration);
        }
    }

    @Override
    public String toString() {
        return "PecMassivaConfig[baseUrl=" + baseUrl + ", token=***, connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + ", maxConcurrentRequests=" + maxConcurrentRequests
                + ", recipientEncoding=" + recipientEncoding + "]";
    }

    /** Builds a {@link PecMassivaConfig} with the documented defaults. Not thread-safe. */
    public static final class Builder {
        private final URI baseUrl;
        private final Secret token;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private int maxConcurrentRequests = 64;
        private RecipientEncoding recipientEncoding = RecipientEncoding.ARRAY;
        private Clock clock = Clock.systemUTC();

        private Builder(URI baseUrl, Secret token) {
            this.baseUrl = baseUrl;
            this.token = token;
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        public Builder requestTimeout(Duration value) {
            this.requestTimeout = value;
            return this;
        }

        public Builder maxConcurrentRequests(int value) {
            this.maxConcurrentRequests = value;
            return this;
        }

        public Builder recipientEncoding(RecipientEncoding value) {
            this.recipientEncoding = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public PecMassivaConfig build() {
            return new PecMassivaConfig(baseUrl, token, connectTimeout, requestTimeout, maxConcurrentRequests,
                    recipientEncoding, clock);
        }
    }
}
