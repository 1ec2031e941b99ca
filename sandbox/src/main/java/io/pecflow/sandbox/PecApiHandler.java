package io.pecflow.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The PEC API (pec.openapi.it) on the sandbox's port: route (404/405), outage (503), Bearer token (401,
 * the same token as PEC Massiva), then the call under the account's lock. Latency faults apply before the
 * answer is written; error-rate and per-mailbox faults belong to PEC Massiva and do not.
 */
final class PecApiHandler implements HttpHandler {

    private final PecAccount account;
    private final SandboxFaults faults;
    private final String expectedToken;
    private final PecApiStats.Tally tally;
    private final PecBoxEndpoints boxes;
    private final ComunicaEndpoints comunica;

    PecApiHandler(PecAccount account, SandboxFaults faults, String token, PecApiStats.Tally tally) {
        this.account = account;
        this.faults = faults;
        this.expectedToken = token;
        this.tally = tally;
        this.boxes = new PecBoxEndpoints(account);
        this.comunica = new ComunicaEndpoints(account);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        HttpIo.serve(exchange, this::answer, e -> Reply.withHeader(PecApiJson.error(
                new PecApiError(500, 500, "Sandbox internal error")), "X-Sandbox-Reason", String.valueOf(e)),
                faults::pauseForLatency);
    }

    private Reply.Answer answer(HttpExchange exchange) throws IOException {
        PecApiRoute route = PecApiCall.match(exchange.getRequestMethod(), exchange.getRequestURI().getPath());
        if (route instanceof PecApiRoute.NotFound) {
            return PecApiJson.error(PecApiError.NO_SUCH_PATH);
        }
        if (route instanceof PecApiRoute.WrongMethod wrong) {
            return Reply.withHeader(PecApiJson.error(PecApiError.WRONG_METHOD), "Allow", wrong.allow());
        }
        if (faults.inOutage()) {
            return PecApiJson.error(PecApiError.UNAVAILABLE);
        }
        if (!HttpIo.bearerMatches(exchange.getRequestHeaders().getFirst("Authorization"), expectedToken)) {
            tally.unauthorized();
            return PecApiJson.error(PecApiError.UNAUTHORIZED);
        }
        PecApiRoute.Call call = (PecApiRoute.Call) route;
        JsonNode body = body(exchange);
        Map<String, String> query = HttpIo.query(exchange);
        // a domain check reads no box: it stays off the account's lock, as recipients may be checked in bulk
        Reply.Answer answer = call.call() == PecApiCall.DOMAIN_CHECK ? domainCheck(call.arg())
                : account.serve(now -> dispatch(call, body, query, now));
        tally.call(call.call(), answer.status());
        return answer;
    }

    private Reply.Answer dispatch(PecApiRoute.Call route, JsonNode body, Map<String, String> query, Instant now) {
        return switch (route.call()) {
            case DOMAIN_CHECK -> domainCheck(route.arg()); // served off the lock, see answer()
            case AVAILABILITY -> availability(route.arg());
            case COMUNICA_LIST, COMUNICA_CREATE, COMUNICA_GET, COMUNICA_UPLOAD, PROXY_FORM ->
                    comunica.answer(route.call(), route.arg(), body, now);
            default -> boxes.answer(route.call(), route.arg(), body, query, now);
        };
    }

    /** Found: 200 with an empty {@code data} list; not found: 204 without a body, as the document lists. */
    private Reply.Answer domainCheck(String raw) {
        if (raw.isBlank()) {
            return PecApiJson.error(PecApiError.required(400, "domain"));
        }
        String domain = Addresses.domain(raw).orElse(null);
        if (domain == null) {
            return PecApiJson.error(PecApiError.notAcceptable(401, "domain not valid"));
        }
        return account.pay(PecApiCall.DOMAIN_CHECK).map(PecApiJson::error).orElseGet(() -> account.isCertified(domain)
                ? PecApiJson.ok(Json.MAPPER.createArrayNode(), domain + " found!")
                : new Reply.Answer(204, new byte[0], Map.of()));
    }

    private Reply.Answer availability(String raw) {
        if (raw.isBlank()) {
            return PecApiJson.error(PecApiError.required(207, "casella_pec"));
        }
        return Addresses.address(raw)
                .map(address -> PecApiJson.ok(Json.object().put("available", account.isAvailable(address)), ""))
                .orElseGet(() -> PecApiJson.error(PecApiError.notAcceptable(208, "invalid casella_pec")));
    }

    /** A JSON object, or an empty one: a PHP back end reading a bad body sees no fields. */
    private static JsonNode body(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        try {
            JsonNode json = raw.length == 0 ? null : Json.MAPPER.readTree(raw);
            return json != null && json.isObject() ? json : Json.object();
        } catch (JacksonException e) {
            return Json.object();
        }
    }
}
