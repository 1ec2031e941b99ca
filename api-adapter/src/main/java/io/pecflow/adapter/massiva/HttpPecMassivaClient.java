package io.pecflow.adapter.massiva;

import io.pecflow.adapter.HttpSettings;
import io.pecflow.adapter.HttpTransport;
import io.pecflow.adapter.HttpTransport.Exchange;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** {@link PecMassivaClient} over the JDK's HTTP client. */
final class HttpPecMassivaClient implements PecMassivaClient {

    private static final String JSON = "application/json";

    private final PecMassivaConfig config;
    private final HttpTransport transport;
    private final WireFormat wire;
    private final Clock clock;

    HttpPecMassivaClient(PecMassivaConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.transport = new HttpTransport("PEC Massiva", new HttpSettings(config.connectTimeout(),
                config.requestTimeout(), config.maxConcurrentRequests()));
        this.wire = new WireFormat(config.recipientEncoding());
        this.clock = config.clock();
    }

    @Override
    public SendOutcome send(SendRequest request, MailboxCredentials mailbox) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(mailbox, "mailbox");
        Map<String, String> headers = Map.of("Authorization", bearer(), "Content-Type", JSON, "Accept", JSON);
        Exchange exchange = transport.execute("POST", uri("/send"), headers, wire.sendBody(request, mailbox));
        return switch (exchange) {
            case Exchange.Failed failed when failed.requestHandedOver() ->
                    new SendOutcome.Ambiguous("no answer after the request was sent: " + scrub(failed.reason(), mailbox));
            case Exchange.Failed failed -> new SendOutcome.NotSent(scrub(failed.reason(), mailbox));
            case Exchange.Answered answered -> sendAnswer(answered, mailbox);
        };
    }

    private SendOutcome sendAnswer(Exchange.Answered answer, MailboxCredentials mailbox) {
        int status = answer.status();
        String message = wire.message(answer.body(), text -> scrub(text, mailbox));
        if (status == 200 || status == 201) {
            return wire.sent(answer.body()).<SendOutcome>map(sent -> sent).orElseGet(() ->
                    new SendOutcome.Ambiguous("the provider answered " + status + " without a usable message_id"));
        }
        return switch (status) {
            case 400, 413, 422 -> new SendOutcome.Rejected(status, message);
            case 401, 403 -> new SendOutcome.Unauthorized(message);
            case 429 -> new SendOutcome.Throttled(message, retryAfter(answer));
            default -> status >= 200 && status < 300
                    ? new SendOutcome.Ambiguous("the provider answered an unexpected " + status)
                    : new SendOutcome.ServerError(status, message);
        };
    }

    @Override
    public CallOutcome<SendingReceipts> sendingReceipts(MessageCode code, MailboxCredentials mailbox) {
        Objects.requireNonNull(code, "code");
        return call("GET", "/send/" + segment(code.value()), mailbox, body -> wire.sendingReceipts(code, body),
                answer -> wire.isEnvelope(answer.body())
                        ? new CallOutcome.Ok<>(new SendingReceipts(code, java.util.List.of())) : null);
    }

    @Override
    public CallOutcome<String> deleteSendingReceipts(MessageCode code, MailboxCredentials mailbox) {
        Objects.requireNonNull(code, "code");
        return call("DELETE", "/send/" + segment(code.value()), mailbox,
                body -> Optional.of(wire.message(body, text -> scrub(text, mailbox))), answer -> null);
    }

    @Override
    public CallOutcome<InboxPage> inbox(InboxQuery query, MailboxCredentials mailbox) {
        Objects.requireNonNull(query, "query");
        String path = "/inbox?" + (query.search().isEmpty() ? "" : "q=" + URLEncoder.encode(query.search(),
                StandardCharsets.UTF_8) + "&") + "page=" + query.page();
        return call("GET", path, mailbox, wire::inboxPage, answer -> null);
    }

    @Override
    public CallOutcome<InboxMessage> inboxMessage(long id, MailboxCredentials mailbox) {
        return call("GET", "/inbox/" + id, mailbox, body -> wire.inboxMessage(id, body), answer -> null);
    }

    @Override
    public CallOutcome<String> deleteInboxMessage(long id, MailboxCredentials mailbox) {
        return call("DELETE", "/inbox/" + id, mailbox,
                body -> Optional.of(wire.message(body, text -> scrub(text, mailbox))), answer -> null);
    }

    @Override
    public CallOutcome<MailboxQuota> quota(String folder, MailboxCredentials mailbox) {
        Objects.requireNonNull(folder, "folder");
        return call("GET", "/quota/" + segment(folder), mailbox, wire::quota, answer -> null);
    }

    /**
     * One read or delete. {@code on404} may turn a 404 into something else (null keeps NotFound):
     * {@code GET /send/{code}} answers 404 {@code Result empty} while no receipt has come.
     */
    private <T> CallOutcome<T> call(String method, String pathAndQuery, MailboxCredentials mailbox,
                                    Function<byte[], Optional<T>> reader,
                                    Function<Exchange.Answered, CallOutcome<T>> on404) {
        Objects.requireNonNull(mailbox, "mailbox");
        Map<String, String> headers = Map.of("Authorization", bearer(), "Accept", JSON,
                "x-username", mailbox.username(), "x-password", mailbox.password().reveal());
        Exchange exchange = transport.execute(method, uri(pathAndQuery), headers, null);
        if (exchange instanceof Exchange.Failed failed) {
            return new CallOutcome.Unreachable<>(scrub(failed.reason(), mailbox));
        }
        Exchange.Answered answer = (Exchange.Answered) exchange;
        int status = answer.status();
        String message = wire.message(answer.body(), text -> scrub(text, mailbox));
        if (status == 200 || status == 201) {
            return reader.apply(answer.body()).<CallOutcome<T>>map(CallOutcome.Ok::new).orElseGet(() ->
                    new CallOutcome.ServerError<>(status, "unexpected answer to " + method + " "
                            + pathWithoutQuery(pathAndQuery) + ": " + message));
        }
        return switch (status) {
            case 404 -> Optional.ofNullable(on404.apply(answer)).orElseGet(() -> new CallOutcome.NotFound<>(message));
            case 400, 413, 422 -> new CallOutcome.Rejected<>(status, message);
            case 401, 403 -> new CallOutcome.Unauthorized<>(message);
            case 429 -> new CallOutcome.Throttled<>(message, retryAfter(answer));
            default -> new CallOutcome.ServerError<>(status, message);
        };
    }

    /** {@code Retry-After} as seconds or as an HTTP date; absent or unreadable gives empty. */
    private Optional<Duration> retryAfter(Exchange.Answered answer) {
        return answer.headers().firstValue("Retry-After").map(String::strip).flatMap(value -> {
            if (value.matches("\\d{1,9}")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        });
    }

    private String bearer() {
        return "Bearer " + config.token().reveal();
    }

    private URI uri(String pathAndQuery) {
        return URI.create(config.baseUrl() + pathAndQuery);
    }

    private String scrub(String text, MailboxCredentials mailbox) {
        return mailbox.password().scrubFrom(config.token().scrubFrom(text));
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String pathWithoutQuery(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "PecMassivaClient[" + config + "]";
    }
}
