package io.pecflow.adapter;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts and concurrency of one client's {@link HttpTransport}. Immutable and thread-safe;
 * start from {@link #defaults()} and change what differs.
 *
 * @param connectTimeout        how long to wait for a connection (default 5 s)
 * @param requestTimeout        how long to wait for the whole answer once connected (default 30 s)
 * @param maxConcurrentRequests how many calls may be on the wire at once (default 64); callers
 *                              beyond it wait for a place before anything is sent
 */
public record HttpSettings(Duration connectTimeout, Duration requestTimeout, int maxConcurrentRequests) {

    public HttpSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if (maxConcurrentRequests < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, not " + maxConcurrentRequests);
        }
    }

    /** @return 5 s to connect, 30 s for the answer, 64 calls at once */
    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), 64);
    }

    public HttpSettings withConnectTimeout(Duration value) {
        return new HttpSettings(value, requestTimeout, maxConcurrentRequests);
    }

    public HttpSettings withRequestTimeout(Duration value) {
        return new HttpSettings(connectTimeout, value, maxConcurrentRequests);
    }

    public HttpSettings withMaxConcurrentRequests(int value) {
        return new HttpSettings(connectTimeout, requestTimeout, value);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + duration);
        }
    }
}
