package io.pecflow.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The control and referee endpoints under {@code /_sandbox/}: stats, faults, clock, reset, mailboxes and
 * sends. No bearer is needed. Errors answer 400 or 404 with the usual {@code success}/{@code message} envelope.
 */
final class AdminHandler implements HttpHandler {

    private final PostOffice office;
    private final SandboxFaults faults;
    private final SandboxClock clock;
    private final Runnable reset;
    private final Supplier<ObjectNode> services;

    /** @param services the counters of the PEC API and TrovaPEC, added to the stats */
    AdminHandler(PostOffice office, SandboxFaults faults, SandboxClock clock, Runnable reset, Supplier<ObjectNode> services) {
        this.office = office;
        this.faults = faults;
        this.clock = clock;
        this.reset = reset;
        this.services = services;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        HttpIo.serve(exchange, this::answer, AdminHandler::failure, () -> { });
    }

    private static Reply.Answer failure(RuntimeException e) {
        return e instanceof IllegalArgumentException || e instanceof JacksonException
                ? Reply.error(400, String.valueOf(e.getMessage()))
                : Reply.error(500, "Sandbox internal error: " + e);
    }

    private Reply.Answer answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String what = path.substring("/_sandbox/".length()).replaceAll("/+$", "");
        String method = exchange.getRequestMethod();
        return switch (what + " " + method) {
            case "stats GET" -> Reply.json(200, RefereeJson.stats(office.stats()).setAll(services.get()));
            case "reset POST" -> {
                reset.run();
                yield Reply.ok("Sandbox reset");
            }
            case "faults GET" -> Reply.json(200, RefereeJson.faults(faults.settings()));
            case "faults POST" -> updateFaults(body(exchange));
            case "faults DELETE" -> {
                faults.clear();
                yield Reply.json(200, RefereeJson.faults(faults.settings()));
            }
            case "clock GET" -> clockNow();
            case "clock POST" -> advanceClock(body(exchange));
            case "mailboxes GET" -> mailboxes();
            case "mailboxes POST" -> addMailbox(body(exchange));
            case "sends GET" -> sends(HttpIo.query(exchange).get("mailbox"));
            default -> known(what) ? Reply.error(405, "Method not allowed") : Reply.error(404, "Not found");
        };
    }

    private static boolean known(String what) {
        return List.of("stats", "reset", "faults", "clock", "mailboxes", "sends").contains(what);
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        JsonNode json = raw.length == 0 ? Json.object() : Json.MAPPER.readTree(raw);
        if (!json.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        return json;
    }

    /** Every field is optional; given ones replace the current values. All are checked (by number()) before any applies. */
    private Reply.Answer updateFaults(JsonNode json) {
        List<Runnable> changes = new ArrayList<>();
        number(json, "errorRate").ifPresent(v -> changes.add(() -> faults.errorRate(v)));
        number(json, "failNextSends").ifPresent(v -> changes.add(() -> faults.failNext(v.intValue())));
        number(json, "latencyMs").ifPresent(v -> changes.add(() -> faults.latency(Duration.ofMillis(v.longValue()))));
        number(json, "lostResponseRate").ifPresent(v -> changes.add(() -> faults.lostResponseRate(v)));
        number(json, "loseNextResponses").ifPresent(v -> changes.add(() -> faults.loseNextResponses(v.intValue())));
        number(json, "outageSeconds").ifPresent(v -> changes.add(() -> faults.outage(Durations.seconds(v.toString()))));
        JsonNode unauthorized = json.get("unauthorized");
        if (unauthorized != null) {
            if (!unauthorized.isArray()) {
                throw new IllegalArgumentException("unauthorized must be an array of addresses");
            }
            List<String> addresses = new ArrayList<>();
            unauthorized.forEach(a -> addresses.add(a.asString()));
            changes.add(() -> {
                faults.settings().unauthorized().forEach(a -> faults.unauthorized(a, false));
                addresses.forEach(a -> faults.unauthorized(a, true));
            });
        }
        changes.forEach(Runnable::run);
        return Reply.json(200, RefereeJson.faults(faults.settings()));
    }

    private static Optional<Double> number(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isNumber() || node.asDouble() < 0) {
            throw new IllegalArgumentException(field + " must be a non-negative number");
        }
        double value = node.asDouble();
        if (field.endsWith("Rate") && value > 1) {
            throw new IllegalArgumentException(field + " must be between 0 and 1");
        }
        return Optional.of(value);
    }

    private Reply.Answer clockNow() {
        Instant now = clock.now();
        ObjectNode root = Json.object().put("now", now.toString())
                .put("rome", now.atZone(RomeTime.ROME).toOffsetDateTime().toString());
        return Reply.json(200, root);
    }

    private Reply.Answer advanceClock(JsonNode json) {
        Duration amount;
        if (json.has("advanceSeconds")) {
            amount = Durations.seconds(json.get("advanceSeconds").asString());
        } else if (json.has("advance")) {
            amount = Durations.parse(json.get("advance").asString());
        } else {
            throw new IllegalArgumentException("give advanceSeconds (a number) or advance (e.g. PT24H)");
        }
        clock.advance(amount);
        return clockNow();
    }

    private Reply.Answer mailboxes() {
        ObjectNode root = Json.object();
        ArrayNode array = root.putArray("mailboxes");
        office.mailboxes().stream().sorted(Comparator.comparing(Mailbox::address)).forEach(m -> {
            long limit = m.withInbox(clock.now(), Inbox::limitKib);
            array.addObject().put("address", m.address()).put("plan", m.plan().label()).put("inboxLimitKib", limit);
        });
        return Reply.json(200, root);
    }

    private Reply.Answer addMailbox(JsonNode json) {
        String address = Json.stringOrNull(json, "address");
        String password = Json.stringOrNull(json, "password");
        if (address == null || password == null) {
            throw new IllegalArgumentException("address and password are required");
        }
        String plan = Json.stringOrNull(json, "plan");
        Mailbox mailbox = office.addMailbox(new SandboxMailbox(address, password,
                plan == null ? MailboxPlan.STANDARD : MailboxPlan.parse(plan)));
        if (json.has("inboxLimitKib")) {
            long limit = json.get("inboxLimitKib").asLong();
            if (limit <= 0) {
                throw new IllegalArgumentException("inboxLimitKib must be positive");
            }
            mailbox.withInbox(clock.now(), in -> {
                in.limitKib(limit);
                return null;
            });
        }
        return Reply.json(200, Json.envelope(true, "Mailbox " + mailbox.address() + " ready")
                .put("address", mailbox.address()).put("plan", mailbox.plan().label()));
    }

    private Reply.Answer sends(String address) {
        if (address == null) {
            List<AcceptedSend> all = new ArrayList<>();
            office.mailboxes().forEach(m -> all.addAll(m.sends()));
            all.sort(Comparator.comparing(AcceptedSend::at).thenComparing(AcceptedSend::code));
            return Reply.json(200, RefereeJson.sends(all));
        }
        return office.mailbox(address)
                .map(m -> Reply.json(200, RefereeJson.sends(m.sends())))
                .orElseGet(() -> Reply.error(404, "No sandbox mailbox " + address));
    }
}
