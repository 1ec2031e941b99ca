package io.pecflow.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The provider's API. For every call: route (404/405), outage (503), bearer (401), mailbox credentials
 * (401), then {@code POST /send}'s own pipeline or an injected 500 and the inbox call. Latency faults
 * are served before the answer is written.
 */
final class ApiHandler implements HttpHandler {

    static final String UNAUTHORIZED_MESSAGE = "Authorization is not valid or empty";
    static final String INVALID_MESSAGE = "Post parameter is not valid";

    private static final Reply.Answer UNAUTHORIZED = Reply.error(401, UNAUTHORIZED_MESSAGE);
    private static final Reply.Answer INVALID = Reply.error(400, INVALID_MESSAGE);
    private static final Reply.Answer TOO_MANY = Reply.error(429, "Too many requests");
    private static final Reply.Answer MYSQL_ERROR = Reply.error(500, "MySQL Error 2006");
    private static final Reply.Answer OUTAGE = Reply.error(503, "Service unavailable");
    private static final Reply.Answer NOT_FOUND = Reply.error(404, "Not found");
    private static final Reply.Answer INTERNAL = Reply.error(500, "Sandbox internal error");

    private final PostOffice office;
    private final SandboxFaults faults;
    private final InboxEndpoints inbox;
    private final String expectedToken;

    ApiHandler(PostOffice office, SandboxFaults faults, String token) {
        this.office = office;
        this.faults = faults;
        this.inbox = new InboxEndpoints(office);
        this.expectedToken = token;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Reply reply;
            try {
                reply = answer(exchange);
            } catch (RuntimeException e) {
                reply = Reply.withHeader(INTERNAL, "X-Sandbox-Reason", String.valueOf(e));
            }
            faults.pauseForLatency();
            if (reply instanceof Reply.Answer answer) {
                HttpIo.write(exchange, answer);
            }
            // a NoAnswer leaves the exchange without a status line: closing it closes the connection
        }
    }

    private Reply answer(HttpExchange exchange) {
        ApiRoute route = ApiRoute.match(exchange.getRequestMethod(), exchange.getRequestURI().getPath());
        if (route instanceof ApiRoute.NotFound) {
            return NOT_FOUND;
        }
        if (route instanceof ApiRoute.WrongMethod wrong) {
            return Reply.withHeader(Reply.error(405, "Method not allowed"), "Allow", wrong.allow());
        }
        if (faults.inOutage()) {
            return OUTAGE;
        }
        if (!HttpIo.bearerMatches(exchange.getRequestHeaders().getFirst("Authorization"), expectedToken)) {
            office.countAnonymousUnauthorized();
            return UNAUTHORIZED;
        }
        if (route instanceof ApiRoute.Send) {
            return send(exchange);
        }
        Optional<Mailbox> mailbox = office.authenticate(exchange.getRequestHeaders().getFirst("x-username"),
                exchange.getRequestHeaders().getFirst("x-password"));
        if (mailbox.isEmpty()) {
            return UNAUTHORIZED;
        }
        if (office.injectError(mailbox.get())) {
            return MYSQL_ERROR;
        }
        Map<String, String> query = HttpIo.query(exchange);
        return inbox.answer(route, mailbox.get(), query);
    }

    private Reply send(HttpExchange exchange) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
        } catch (JacksonException | IOException e) {
            return Reply.withHeader(INVALID, "X-Sandbox-Reason", "the body is not JSON");
        }
        if (json == null || !json.isObject()) {
            return Reply.withHeader(INVALID, "X-Sandbox-Reason", "the body is not a JSON object");
        }
        Optional<Mailbox> mailbox = office.authenticate(Json.stringOrNull(json, "username"),
                Json.stringOrNull(json, "password"));
        if (mailbox.isEmpty()) {
            return UNAUTHORIZED;
        }
        return switch (office.send(mailbox.get(), json)) {
            case SendOutcome.Accepted a when a.responseLost() -> new Reply.NoAnswer();
            case SendOutcome.Accepted a -> created(a.sending());
            case SendOutcome.RateLimited r -> Reply.withHeader(TOO_MANY, "Retry-After", Long.toString(r.retryAfterSeconds()));
            case SendOutcome.Invalid i -> Reply.withHeader(INVALID, "X-Sandbox-Reason", i.reason());
            case SendOutcome.QuotaExceeded q -> Reply.error(429, q.message());
            case SendOutcome.InjectedError e -> MYSQL_ERROR;
        };
    }

    /** The hot path's answer, written by hand: the code is digits only, so nothing needs escaping. */
    private static Reply.Answer created(Sending sending) {
        String body = "{\"success\":true,\"sent\":" + sending.recipients().size()
                + ",\"message\":\"\",\"message_id\":\"" + sending.code() + "\"}";
        return new Reply.Answer(201, body.getBytes(java.nio.charset.StandardCharsets.US_ASCII), Map.of());
    }
}
