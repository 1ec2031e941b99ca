package io.pecflow.adapter.trovapec;

import io.pecflow.adapter.HttpTransport;
import io.pecflow.adapter.HttpTransport.Exchange;
import io.pecflow.adapter.Secret;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** {@link TrovaPecClient} over the JDK's HTTP client. */
final class HttpTrovaPecClient implements TrovaPecClient {

    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

    private final TrovaPecConfig config;
    private final HttpTransport transport;
    /** The key as it stands on the wire, form-encoded, so that an echo of that form is masked too. */
    private final Secret encodedKey;

    HttpTrovaPecClient(TrovaPecConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.transport = new HttpTransport("TrovaPEC", config.http());
        this.encodedKey = Secret.of(encode(config.key().reveal()));
    }

    @Override
    public RequestOutcome request(TaxCode taxCode) {
        Objects.requireNonNull(taxCode, "taxCode");
        return post("cf=" + encode(taxCode.value()), TrovaPecReplies::request, RequestOutcome.class);
    }

    @Override
    public PollOutcome poll(TrovaPecToken token) {
        Objects.requireNonNull(token, "token");
        URI uri = URI.create(config.endpoint() + "?key=" + encodedKey.reveal() + "&token=" + encode(token.value()));
        return answer(transport.execute("GET", uri, Map.of(), null), TrovaPecReplies::poll, PollOutcome.class);
    }

    @Override
    public DeleteOutcome delete(TaxCode taxCode) {
        Objects.requireNonNull(taxCode, "taxCode");
        return post("cf-delete=" + encode(taxCode.value()), TrovaPecReplies::delete, DeleteOutcome.class);
    }

    @Override
    public BalanceOutcome balance() {
        // An empty field, as the HTML form the document points to sends it: only its presence counts.
        return post("saldo=", TrovaPecReplies::balance, BalanceOutcome.class);
    }

    @Override
    public LookupOutcome lookup(TaxCode taxCode, Duration pollInterval, Duration timeout) {
        return new Lookup(this, config.clock(), pollInterval, timeout).run(taxCode);
    }

    private <T> T post(String fields, Function<String, T> reader, Class<T> outcomeType) {
        byte[] body = ("key=" + encodedKey.reveal() + "&" + fields).getBytes(StandardCharsets.UTF_8);
        return answer(transport.execute("POST", config.endpoint(), FORM, body), reader, outcomeType);
    }

    /**
     * Texts are scrubbed before they are cut short, so no part of the key can survive a cut.
     * {@code outcomeType} is one of the outcome interfaces, which {@link Unreachable} and
     * {@link HttpFailure} both implement.
     */
    private <T> T answer(Exchange exchange, Function<String, T> reader, Class<T> outcomeType) {
        return switch (exchange) {
            case Exchange.Failed failed -> outcomeType.cast(new Unreachable(scrub(failed.reason())));
            case Exchange.Answered answered when answered.status() == 200 -> reader.apply(scrub(answered.text()));
            case Exchange.Answered answered ->
                    outcomeType.cast(new HttpFailure(answered.status(),
                            HttpTransport.excerpt(scrub(answered.text()))));
        };
    }

    private String scrub(String text) {
        return encodedKey.scrubFrom(config.key().scrubFrom(text));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "TrovaPecClient[" + config + "]";
    }
}
