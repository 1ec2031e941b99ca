package io.pecflow.adapter.massiva;

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
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries one request over a shared JDK {@link HttpClient} and says precisely how far it got:
 * answered, failed before the whole request was handed to the connection, or failed after.
 * Thread-safe; callers block (virtual threads welcome) and at most {@code maxConcurrent}
 * requests are in flight.
 */
final class HttpTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    /** How far one request got. */
    sealed interface Exchange {
        record Answered(int status, HttpHeaders headers, byte[] body) implements Exchange {
        }

        /**
         * No answer. {@code requestHandedOver} is true once every byte of the request body was
         * handed to the connection: from then on the server may have acted on it.
         */
        record Failed(String reason, boolean requestHandedOver) implements Exchange {
        }
    }

    private final HttpClient http;
    private final Duration requestTimeout;
    private final Semaphore permits;

    HttpTransport(Duration connectTimeout, Duration requestTimeout, int maxConcurrent) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = requestTimeout;
        this.permits = new Semaphore(maxConcurrent);
    }

    /**
     * @param body the request body, or null for a request without one
     */
    Exchange execute(String method, URI uri, Map<String, String> headers, byte[] body) {
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
            return new Exchange.Failed("a header value (token or mailbox credential) has characters HTTP cannot carry", false);
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
            LOG.debug("PEC Massiva {} {} answered {} in {} ms", method, uri.getPath(), response.statusCode(),
                    (System.nanoTime() - started) / 1_000_000);
            return new Exchange.Answered(response.statusCode(), response.headers(), response.body());
        } catch (HttpConnectTimeoutException | ConnectException | UnresolvedAddressException notConnected) {
            return failed(method, uri, "no connection: " + describe(notConnected), false);
        } catch (IOException ioFailure) {
            return failed(method, uri, describe(ioFailure), body != null && tracked.handedOver());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return failed(method, uri, "interrupted while waiting for the answer", body != null && tracked.handedOver());
        } finally {
            permits.release();
        }
    }

    private static Exchange failed(String method, URI uri, String reason, boolean handedOver) {
        LOG.debug("PEC Massiva {} {} got no answer ({}); request handed over: {}", method, uri.getPath(), reason,
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
