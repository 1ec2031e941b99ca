package io.pecflow.adapter.pec;

import io.pecflow.adapter.HttpTransport;
import io.pecflow.adapter.HttpTransport.Exchange;
import io.pecflow.adapter.pec.PecApiOutcome.BadRequest;
import io.pecflow.adapter.pec.PecApiOutcome.NotAcceptable;
import io.pecflow.adapter.pec.PecApiOutcome.NotFound;
import io.pecflow.adapter.pec.PecApiOutcome.Ok;
import io.pecflow.adapter.pec.PecApiOutcome.PaymentRequired;
import io.pecflow.adapter.pec.PecApiOutcome.PreconditionRequired;
import io.pecflow.adapter.pec.PecApiOutcome.ServerError;
import io.pecflow.adapter.pec.PecApiOutcome.Unauthorized;
import io.pecflow.adapter.pec.PecApiOutcome.Unavailable;
import io.pecflow.adapter.pec.PecApiOutcome.Unreachable;
import io.pecflow.adapter.pec.PecJson.Envelope;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** {@link PecApiClient} over the JDK's HTTP client. */
final class HttpPecApiClient implements PecApiClient {

    private static final String JSON = "application/json";

    private final PecApiConfig config;
    private final HttpTransport transport;

    HttpPecApiClient(PecApiConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.transport = new HttpTransport("PEC API", config.http());
    }

    @Override
    public PecApiOutcome<DomainCheck> checkDomain(String domain) {
        Fields.requireText(domain, "domain");
        Exchange exchange = exchange("GET", "/domini_pec/" + segment(domain), null, JSON);
        if (exchange instanceof Exchange.Answered answered && answered.status() == 204) {
            return new Ok<>(new DomainCheck(domain, false, "", List.of()));
        }
        return outcome(exchange, envelope -> new DomainCheck(domain, true, envelope.message(),
                envelope.data().isArray() ? PecJson.list(envelope.data(), "data", JsonNode::asString) : List.of()));
    }

    @Override
    public PecApiOutcome<AddressAvailability> checkAvailability(String address) {
        Fields.requireText(address, "address");
        return json("GET", "/verifica_pec/" + segment(address), null, data -> {
            JsonNode available = PecJson.object(data, "data").path("available");
            if (!available.isBoolean()) {
                throw new PecJson.Unreadable("'available' is not true or false");
            }
            return new AddressAvailability(address, available.asBoolean());
        });
    }

    @Override
    public PecApiOutcome<List<MailboxSummary>> mailboxes() {
        return listing("/pec", MailboxJson::summaries);
    }

    @Override
    public PecApiOutcome<Mailbox> register(MailboxRegistration registration) {
        Objects.requireNonNull(registration, "registration");
        return json("POST", "/pec", MailboxJson.registration(registration), MailboxJson::mailbox);
    }

    @Override
    public PecApiOutcome<Mailbox> mailbox(MailboxId id) {
        return json("GET", mailboxPath(id, ""), null, MailboxJson::mailbox);
    }

    @Override
    public PecApiOutcome<Mailbox> revoke(MailboxId id) {
        return json("DELETE", mailboxPath(id, ""), null, MailboxJson::mailbox);
    }

    @Override
    public PecApiOutcome<Document> activationForm(MailboxId id) {
        return download(mailboxPath(id, "/modulo_attivazione"));
    }

    @Override
    public PecApiOutcome<Document> conservationForm(MailboxId id) {
        return download(mailboxPath(id, "/modulo_conservazione"));
    }

    @Override
    public PecApiOutcome<Mailbox> activate(MailboxId id, List<Document> documents) {
        return json("PATCH", mailboxPath(id, "/attivazione"), PecJson.documents(atLeastOne(documents)),
                MailboxJson::mailbox);
    }

    @Override
    public PecApiOutcome<Mailbox> changeSpace(MailboxId id, SpaceChange change) {
        Objects.requireNonNull(change, "change");
        return json("PATCH", mailboxPath(id, "/modifica"), MailboxJson.spaceChange(change), MailboxJson::mailbox);
    }

    @Override
    public PecApiOutcome<Mailbox> activateConservation(MailboxId id, int spaceMegabytes, List<Document> documents) {
        if (spaceMegabytes <= 0 || spaceMegabytes % 512 != 0) {
            throw new IllegalArgumentException("conservation space is a positive multiple of 512 MB, not "
                    + spaceMegabytes);
        }
        return json("PATCH", mailboxPath(id, "/conservazione"),
                MailboxJson.conservation(spaceMegabytes, atLeastOne(documents)), MailboxJson::mailbox);
    }

    @Override
    public PecApiOutcome<Mailbox> changeType(MailboxId id, MailboxType type) {
        Objects.requireNonNull(type, "type");
        if (!type.isLegalmail()) {
            throw new IllegalArgumentException("a box can only become STANDARD, BRONZE, SILVER or GOLD, not " + type);
        }
        return json("PATCH", mailboxPath(id, "/trasformazione"), MailboxJson.type(type), MailboxJson::mailbox);
    }

    @Override
    public PecApiOutcome<Mailbox> renew(MailboxId id, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("a renewal is for at least 1 year, not " + years);
        }
        return json("GET", mailboxPath(id, "/rinnovo?anni=" + years), null, MailboxJson::mailbox);
    }

    @Override
    public PecApiOutcome<Mailbox> addUser(MailboxId id, NewMailboxUser user) {
        Objects.requireNonNull(user, "user");
        return json("POST", mailboxPath(id, "/multiutenza"), MailboxJson.user(user), MailboxJson::mailbox);
    }

    @Override
    public PecApiOutcome<Communication> communicate(CommunicationRequest request) {
        Objects.requireNonNull(request, "request");
        return json("POST", "/comunica_pec", CommunicationJson.request(request), CommunicationJson::communication);
    }

    @Override
    public PecApiOutcome<List<CommunicationSummary>> communications() {
        return listing("/comunica_pec", CommunicationJson::summaries);
    }

    @Override
    public PecApiOutcome<Communication> communication(CommunicationId id) {
        return json("GET", communicationPath(id, ""), null, CommunicationJson::communication);
    }

    @Override
    public PecApiOutcome<Communication> uploadCommunicationDocuments(CommunicationId id, List<Document> documents) {
        return json("PATCH", communicationPath(id, ""), PecJson.documents(atLeastOne(documents)),
                CommunicationJson::communication);
    }

    @Override
    public PecApiOutcome<Document> powerOfAttorney(CommunicationId id) {
        return download(communicationPath(id, "/procura_registro_imprese"));
    }

    private <T> PecApiOutcome<T> json(String method, String path, byte[] body, Function<JsonNode, T> dataReader) {
        return outcome(exchange(method, path, body, JSON), envelope -> dataReader.apply(envelope.data()));
    }

    /** A list call: the provider answers 404 with its envelope when the account has none. */
    private <T> PecApiOutcome<List<T>> listing(String path, Function<JsonNode, List<T>> dataReader) {
        Exchange exchange = exchange("GET", path, null, JSON);
        if (exchange instanceof Exchange.Answered answered && answered.status() == 404
                && Envelope.read(answered.body()).isPresent()) {
            return new Ok<>(List.of());
        }
        return outcome(exchange, envelope -> dataReader.apply(envelope.data()));
    }

    /** A form: PDF bytes on 200, the provider's plain-text message otherwise. */
    private PecApiOutcome<Document> download(String path) {
        return switch (exchange("GET", path, null, null)) {
            case Exchange.Failed failed -> new Unreachable<>(scrub(failed.reason()), failed.requestHandedOver());
            case Exchange.Answered answered when answered.status() == 200 && answered.body().length > 0
                    && !answered.hasContentType(JSON) -> new Ok<>(Document.of(answered.body()));
            case Exchange.Answered answered when answered.status() / 100 == 2 ->
                    new ServerError<>(answered.status(), "no document in the answer: " + message(answered),
                            errorCode(answered));
            case Exchange.Answered answered -> failure(answered);
        };
    }

    private <T> PecApiOutcome<T> outcome(Exchange exchange, Function<Envelope, T> reader) {
        return switch (exchange) {
            case Exchange.Failed failed -> new Unreachable<>(scrub(failed.reason()), failed.requestHandedOver());
            case Exchange.Answered answered when answered.status() / 100 == 2 -> success(answered, reader);
            case Exchange.Answered answered -> failure(answered);
        };
    }

    private <T> PecApiOutcome<T> success(Exchange.Answered answered, Function<Envelope, T> reader) {
        int status = answered.status();
        Optional<Envelope> envelope = Envelope.read(answered.body());
        if (envelope.isEmpty()) {
            return new ServerError<>(status, "not the provider's JSON envelope: " + message(answered),
                    OptionalInt.empty());
        }
        if (!envelope.get().success()) {
            return new ServerError<>(status, message(answered), envelope.get().error());
        }
        try {
            return new Ok<>(reader.apply(envelope.get()));
        } catch (PecJson.Unreadable | IllegalArgumentException unreadable) {
            return new ServerError<>(status, "unreadable answer: " + scrub(unreadable.getMessage()),
                    envelope.get().error());
        }
    }

    private <T> PecApiOutcome<T> failure(Exchange.Answered answered) {
        String message = message(answered);
        OptionalInt code = errorCode(answered);
        return switch (answered.status()) {
            case 400 -> new BadRequest<>(message, code);
            case 401, 403 -> new Unauthorized<>(message, code);
            case 402 -> new PaymentRequired<>(message, code);
            case 404 -> new NotFound<>(message, code);
            case 406 -> new NotAcceptable<>(message, code);
            case 428 -> new PreconditionRequired<>(message, code);
            case 429, 503 -> new Unavailable<>(message, code);
            default -> new ServerError<>(answered.status(), message, code);
        };
    }

    /** The envelope's {@code message}, or the start of a body that is not the envelope; the token masked. */
    private String message(Exchange.Answered answered) {
        return Envelope.read(answered.body()).map(envelope -> scrub(envelope.message()))
                .orElseGet(() -> HttpTransport.excerpt(scrub(answered.text())));
    }

    private static OptionalInt errorCode(Exchange.Answered answered) {
        return Envelope.read(answered.body()).map(Envelope::error).orElse(OptionalInt.empty());
    }

    private Exchange exchange(String method, String pathAndQuery, byte[] body, String accept) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", "Bearer " + config.token().reveal());
        if (accept != null) {
            headers.put("Accept", accept);
        }
        if (body != null) {
            headers.put("Content-Type", JSON);
        }
        return transport.execute(method, URI.create(config.baseUrl() + pathAndQuery), headers, body);
    }

    private static String mailboxPath(MailboxId id, String rest) {
        Objects.requireNonNull(id, "id");
        return "/pec/" + segment(id.value()) + rest;
    }

    private static String communicationPath(CommunicationId id, String rest) {
        Objects.requireNonNull(id, "id");
        return "/comunica_pec/" + segment(id.value()) + rest;
    }

    private static List<Document> atLeastOne(List<Document> documents) {
        List<Document> copy = List.copyOf(documents);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("at least one document is needed");
        }
        return copy;
    }

    /** One path segment; {@code @} stays as it is, as in the provider's examples of addresses. */
    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%40", "@");
    }

    private String scrub(String text) {
        return config.token().scrubFrom(text);
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "PecApiClient[" + config + "]";
    }
}
