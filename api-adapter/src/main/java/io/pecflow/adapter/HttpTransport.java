package io.pecflow.adapter;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP plumbing every client of this library shares (not a provider client itself): carries
 * one request over a pooled JDK {@link HttpClient} and says precisely how far it got: answered,
 * failed before the whole request was handed to the connection, or failed after. It never
 * follows redirects and never retries.
 *
 * <p>Thread-safe; callers block (virtual threads welcome) and at most
 * {@link HttpSettings#maxConcurrentRequests()} requests are in flight. It logs at debug level
 * the method, the path (never the query, which may carry a key) and the status; never headers
 * or bodies.
 */
public final class HttpTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    /** How far one request got. */
    public sealed interface Exchange {

        /** An answer, whatever its status. */
        record Answered(int status, HttpHeaders headers, byte[] body) implements Exchange {

            /** @return the body as text, in the charset the {@code Content-Type} names (UTF-8 when none) */
            public String text() {
                return new String(body, charset());
            }

            /** @return at most the first 200 characters of the body, control characters folded to spaces */
            public String excerpt() {
                return HttpTransport.excerpt(text());
            }

            /** @return whether the {@code Content-Type} header names this media type (case-insensitive) */
            public boolean hasContentType(String mediaType) {
                return headers.firstValue("Content-Type")
                        .map(value -> value.split(";", 2)[0].strip().equalsIgnoreCase(mediaType)).orElse(false);
            }

            private Charset charset() {
                String type = headers.firstValue("Content-Type").orElse("");
                for (String parameter : type.split(";")) {
                    String[] pair = parameter.strip().split("=", 2);
                    if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                        try {
                            return Charset.forName(pair[1].strip().replace("\"", ""));
                        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                            return StandardCharsets.UTF_8;
                        }
                    }
                }
                return StandardCharsets.UTF_8;
            }
        }

        /**
         * No answer. {@code requestHandedOver} is true once every byte of the request body was
         * handed to the connection: from then on the server may have acted on it.
         */
        record Failed(String reason, boolean requestHandedOver) implements Exchange {
        }
    }

    private final String name;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final Semaphore permits;

    /**
     * @param name     the provider's name, for log lines
     * @param settings timeouts and concurrency
     */
    public HttpTransport(String name, HttpSettings settings) {
        this.name = Objects.requireNonNull(name, "name");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = settings.requestTimeout();
        this.permits = new Semaphore(settings.maxConcurrentRequests());
    }

    /**
     * Carries one request and waits for its answer.
     *
     * @param body the request body, or null for a request without one
     * @return the answer, or how the request failed; {@link Exchange.Failed#requestHandedOver()}
     *         is true for a request without a body as soon as a connection was made, since
     *         the server may have acted on its headers alone
     */
    public Exchange execute(String method, URI uri, Map<String, String> headers, byte[] body) {
        TrackedBody tracked = new TrackedBody(body == null ? new byte[0] : body);
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : tracked);
            headers.forEach(builder::header);
            request = builder.build();
        } catch (IllegalArgumentException badHeader) {
            // The JDK refuses header values with control characters; its message is not passed on
            // because the value may be a credential.
            return new Exchange.Failed("a header value (a token or credential) has characters HTTP cannot carry", false);
        }
        try {
            permits.acquire();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Exchange.Failed("interrupted while waiting for a free connection", false);
        }
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            LOG.debug("{} {} {} answered {} in {} ms", name, method, uri.getPath(), response.statusCode(),
                    (System.nanoTime() - started) / 1_000_000);
            return new Exchange.Answered(response.statusCode(), response.headers(), response.body());
        } catch (HttpConnectTimeoutException | ConnectException | UnresolvedAddressException notConnected) {
            return failed(method, uri, "no connection: " + describe(notConnected), false);
        } catch (IOException ioFailure) {
            return failed(method, uri, describe(ioFailure), body == null || tracked.handedOver());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return failed(method, uri, "interrupted while waiting for the answer", body == null || tracked.handedOver());
        } finally {
            permits.release();
        }
    }

    private Exchange failed(String method, URI uri, String reason, boolean handedOver) {
        LOG.debug("{} {} {} got no answer ({}); request handed over: {}", name, method, uri.getPath(), reason,
                handedOver);
        return new Exchange.Failed(reason, handedOver);
    }

    /** Exception class and message only: the JDK's messages name no header or body content. */
    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String text = failure.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        Throwable cause = failure.getCause();
        return cause != null && cause != failure && cause.getMessage() != null
                ? text + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")" : text;
    }

    /**
     * Checks a configured base URL and drops a trailing slash, so that paths can be appended.
     *
     * @throws IllegalArgumentException unless it is an http(s) URL with a host
     */
    public static URI checkedBaseUrl(URI url) {
        Objects.requireNonNull(url, "baseUrl");
        if (url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL with a host, not '" + url + "'");
        }
        String text = url.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
    }

    /** @return at most the first 200 characters of a text, control characters folded to spaces */
    public static String excerpt(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return text.substring(0, Math.min(text.length(), 200)).replaceAll("\\p{Cntrl}+", " ").strip();
    }

    /** Releases the HTTP client's connections. */
    @Override
    public void close() {
        http.close();
    }

    /**
     * A byte-array body that notes when its last byte has been handed to the client: before
     * that, the server cannot have the whole request; after it, it may.
     */
    private static final class TrackedBody implements HttpRequest.BodyPublisher {
        private final byte[] content;
        private final HttpRequest.BodyPublisher delegate;
        private final AtomicLong handedBytes = new AtomicLong();

        TrackedBody(byte[] content) {
            this.content = content;
            this.delegate = HttpRequest.BodyPublishers.ofByteArray(content);
        }

        boolean handedOver() {
            return handedBytes.get() >= content.length;
        }

        @Override
        public long contentLength() {
            return content.length;
        }

        @Override
        public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
            delegate.subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscriber.onSubscribe(subscription);
                }

                @Override
                public void onNext(ByteBuffer item) {
                    // Counted before it is passed on, so the flag can only be early, never late.
                    handedBytes.addAndGet(item.remaining());
                    subscriber.onNext(item);
                }

                @Override
                public void onError(Throwable failure) {
                    subscriber.onError(failure);
                }

                @Override
                public void onComplete() {
                    subscriber.onComplete();
                }
            });
        }
    }
}
