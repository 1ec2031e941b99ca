package io.pecflow.adapter.massiva;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.pecflow.adapter.Secret;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client's requests and answers against the wire format of the provider's OpenAPI document. */
class PecMassivaClientWireTest {

    private static final String TOKEN = "tok-8f3a2c";
    private static final String PASSWORD = "pw-S3cr3t!";
    private static final MailboxCredentials MAILBOX = MailboxCredentials.of("dev-api@pecmassiva.com", PASSWORD);
    private static final MessageCode CODE = MessageCode.of("2020082610003492");
    private static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAADIAAAAyCAYAAAAeP4ix";

    @RegisterExtension
    static WireMockExtension provider = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private PecMassivaClient client;

    @BeforeEach
    void createClient() {
        client = clientWith(PecMassivaConfig.RecipientEncoding.ARRAY, Duration.ofSeconds(5));
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    private static PecMassivaClient clientWith(PecMassivaConfig.RecipientEncoding encoding, Duration requestTimeout) {
        return PecMassivaClient.create(PecMassivaConfig.builder(URI.create(provider.baseUrl()), Secret.of(TOKEN))
                .recipientEncoding(encoding).requestTimeout(requestTimeout).build());
    }

    private static SendRequest documentExample() {
        return new SendRequest("dev-api@pecmassiva.com", List.of("dev-api@pecmassiva.com"),
                "Invio di prova pec massiva",
                "Salve, questa rappresenta una prova di invio, che prevede un <b>corpo in html</b>",
                List.of(new Attachment("allegato1.png", "image/png", PNG)));
    }

    private static void answerSend(int status, String body) {
        provider.stubFor(post("/send").willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Nested
    class Send {

        @Test
        void shouldWriteTheDocumentedRequest() {
            answerSend(201, ProviderExamples.SENT);

            client.send(documentExample(), MAILBOX);

            provider.verify(postRequestedFor(urlEqualTo("/send"))
                    .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                    .withHeader("Content-Type", equalTo("application/json"))
                    .withHeader("x-username", absent())
                    .withHeader("x-password", absent())
                    .withRequestBody(equalToJson("""
                            {"sender":"dev-api@pecmassiva.com","recipient":["dev-api@pecmassiva.com"],
                             "subject":"Invio di prova pec massiva",
                             "body":"Salve, questa rappresenta una prova di invio, che prevede un <b>corpo in html</b>",
                             "attachments":[{"name":"allegato1.png","file":"data:image/png;base64,%s"}],
                             "username":"dev-api@pecmassiva.com","password":"%s"}""".formatted(PNG, PASSWORD))));
        }

        @Test
        void shouldWriteOneRecipientAsAStringWhenAskedTo() {
            answerSend(201, ProviderExamples.SENT);
            try (PecMassivaClient stringClient = clientWith(PecMassivaConfig.RecipientEncoding.STRING_WHEN_SINGLE,
                    Duration.ofSeconds(5))) {
                stringClient.send(SendRequest.of("dev-api@pecmassiva.com", "a@example.it", "S", "B"), MAILBOX);
                stringClient.send(new SendRequest("dev-api@pecmassiva.com", List.of("a@example.it", "b@example.it"),
                        "S2", "B", List.of()), MAILBOX);
            }

            provider.verify(postRequestedFor(urlEqualTo("/send")).withRequestBody(
                    equalToJson("{\"recipient\":\"a@example.it\",\"subject\":\"S\"}", false, true)));
            provider.verify(postRequestedFor(urlEqualTo("/send")).withRequestBody(
                    equalToJson("{\"recipient\":[\"a@example.it\",\"b@example.it\"],\"subject\":\"S2\"}", false, true)));
        }

        @Test
        void shouldWriteAnAttachmentOfUnknownTypeAsPlainBase64() {
            answerSend(201, ProviderExamples.SENT);

            client.send(new SendRequest("dev-api@pecmassiva.com", List.of("a@example.it"), "S", "B",
                    List.of(Attachment.ofBytes("note.txt", "", "ciao".getBytes()))), MAILBOX);

            provider.verify(postRequestedFor(urlEqualTo("/send")).withRequestBody(equalToJson(
                    "{\"attachments\":[{\"name\":\"note.txt\",\"file\":\"Y2lhbw==\"}]}", false, true)));
        }

        @Test
        void shouldReadTheDocumented201AsSent() {
            answerSend(201, ProviderExamples.SENT);

            assertThat(client.send(documentExample(), MAILBOX)).isEqualTo(new SendOutcome.Sent(CODE, 1));
        }

        @Test
        void shouldReadTheDocumented400AsRejected() {
            answerSend(400, ProviderExamples.error("Post parameter is not valid"));

            assertThat(client.send(documentExample(), MAILBOX))
                    .isEqualTo(new SendOutcome.Rejected(400, "Post parameter is not valid"));
        }

        @Test
        void shouldReadTheDocumented401AsUnauthorized() {
            answerSend(401, ProviderExamples.error("Authorization is not valid or empty"));

            assertThat(client.send(documentExample(), MAILBOX))
                    .isEqualTo(new SendOutcome.Unauthorized("Authorization is not valid or empty"));
        }

        @Test
        void shouldReadTheDocumented500AsServerError() {
            answerSend(500, ProviderExamples.error("MySQL Error 2006"));

            assertThat(client.send(documentExample(), MAILBOX))
                    .isEqualTo(new SendOutcome.ServerError(500, "MySQL Error 2006"));
        }

        @Test
        void shouldReadA429WithItsRetryHint() {
            provider.stubFor(post("/send").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")
                    .withBody(ProviderExamples.error("Too many requests"))));

            assertThat(client.send(documentExample(), MAILBOX))
                    .isEqualTo(new SendOutcome.Throttled("Too many requests", java.util.Optional.of(Duration.ofSeconds(3))));
        }

        @Test
        void shouldReadA429WithoutHint() {
            answerSend(429, ProviderExamples.error("Daily quota exceeded"));

            assertThat(client.send(documentExample(), MAILBOX))
                    .isEqualTo(new SendOutcome.Throttled("Daily quota exceeded", java.util.Optional.empty()));
        }

        @Test
        void shouldTreatAnHtmlErrorPageAsServerErrorWithAnExcerpt() {
            answerSend(502, "<html><body>Bad gateway</body></html>");

            assertThat(client.send(documentExample(), MAILBOX)).isInstanceOfSatisfying(SendOutcome.ServerError.class,
                    error -> assertThat(error.message()).contains("Bad gateway"));
        }

        @Test
        void shouldCallASuccessWithoutCodeAmbiguous() {
            answerSend(201, "{\"success\":true,\"sent\":1,\"message\":\"\"}");

            assertThat(client.send(documentExample(), MAILBOX)).isInstanceOf(SendOutcome.Ambiguous.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE"})
        void shouldCallALostAnswerAmbiguous(String fault) {
            provider.stubFor(post("/send").willReturn(aResponse().withFault(Fault.valueOf(fault))));

            assertThat(client.send(documentExample(), MAILBOX)).isInstanceOf(SendOutcome.Ambiguous.class);
            provider.verify(1, postRequestedFor(urlEqualTo("/send")));
        }

        @Test
        void shouldCallAReadTimeoutAmbiguous() {
            provider.stubFor(post("/send").willReturn(aResponse().withStatus(201).withBody(ProviderExamples.SENT)
                    .withFixedDelay(2_000)));
            try (PecMassivaClient impatient = clientWith(PecMassivaConfig.RecipientEncoding.ARRAY,
                    Duration.ofMillis(200))) {
                assertThat(impatient.send(documentExample(), MAILBOX))
                        .isInstanceOfSatisfying(SendOutcome.Ambiguous.class,
                                ambiguous -> assertThat(ambiguous.reason()).containsIgnoringCase("timed out"));
            }
        }

        @Test
        void shouldCallARefusedConnectionNotSent() throws Exception {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            try (PecMassivaClient nowhere = PecMassivaClient.create(PecMassivaConfig.builder(
                    URI.create("http://127.0.0.1:" + closedPort), Secret.of(TOKEN)).build())) {
                assertThat(nowhere.send(documentExample(), MAILBOX)).isInstanceOf(SendOutcome.NotSent.class);
            }
        }
    }

    @Nested
    class Reads {

        private void answer(com.github.tomakehurst.wiremock.client.MappingBuilder call, int status, String body) {
            provider.stubFor(call.willReturn(aResponse().withStatus(status)
                    .withHeader("Content-Type", "application/json").withBody(body)));
        }

        @Test
        void shouldAskForASendingsReceiptsWithTheMailboxHeaders() {
            answer(get("/send/" + CODE), 200, ProviderExamples.SENDING_RECEIPTS);

            SendingReceipts receipts = client.sendingReceipts(CODE, MAILBOX).okValue().orElseThrow();

            provider.verify(getRequestedFor(urlEqualTo("/send/2020082610003492"))
                    .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                    .withHeader("x-username", equalTo("dev-api@pecmassiva.com"))
                    .withHeader("x-password", equalTo(PASSWORD)));
            assertThat(receipts.items()).extracting(Receipt::kind).containsExactly(ReceiptKind.ACCEPTANCE,
                    ReceiptKind.TRANSPORT_ENVELOPE, ReceiptKind.DELIVERY);
            assertThat(receipts.items()).allSatisfy(item -> {
                assertThat(item.code()).contains(CODE);
                assertThat(item.date()).isPresent();
                assertThat(item.subject().originalSubject()).isEqualTo("Invio di prova pec massiva");
            });
            assertThat(receipts.items().get(1).sender()).isEqualTo("dev-api@pecmassiva.com");
            assertThat(receipts.items().get(1).recipient()).isEqualTo("dev-api@pecmassiva.com");
            assertThat(receipts.items().get(2).text()).startsWith("Salve");
        }

        @Test
        void shouldReadResultEmptyAsNoReceiptsYet() {
            answer(get("/send/" + CODE), 404, ProviderExamples.error("Result empty"));

            assertThat(client.sendingReceipts(CODE, MAILBOX))
                    .isEqualTo(new CallOutcome.Ok<>(new SendingReceipts(CODE, List.of())));
        }

        @Test
        void shouldNotMistakeANon404PageForResultEmpty() {
            provider.stubFor(get("/send/" + CODE).willReturn(aResponse().withStatus(404).withBody("<html>nope</html>")));

            assertThat(client.sendingReceipts(CODE, MAILBOX)).isInstanceOf(CallOutcome.NotFound.class);
        }

        @Test
        void shouldReadA401OnAnyCallAsUnauthorized() {
            answer(get("/send/" + CODE), 401, ProviderExamples.error("Authorization is not valid or empty"));
            answer(get(urlPathEqualTo("/inbox")), 401, ProviderExamples.error("Authorization is not valid or empty"));

            assertThat(client.sendingReceipts(CODE, MAILBOX))
                    .isEqualTo(new CallOutcome.Unauthorized<>("Authorization is not valid or empty"));
            assertThat(client.inbox(InboxQuery.page(1), MAILBOX)).isInstanceOf(CallOutcome.Unauthorized.class);
        }

        @Test
        void shouldDeleteASendingsReceipts() {
            answer(delete("/send/" + CODE), 200, ProviderExamples.error("Operation succefull").replace("false", "true"));

            assertThat(client.deleteSendingReceipts(CODE, MAILBOX)).isEqualTo(new CallOutcome.Ok<>("Operation succefull"));
            provider.verify(deleteRequestedFor(urlEqualTo("/send/2020082610003492"))
                    .withHeader("x-password", equalTo(PASSWORD)));
        }

        @Test
        void shouldReadEmailNotFoundAsNotFound() {
            answer(delete("/send/" + CODE), 404, ProviderExamples.error("Email not found"));

            assertThat(client.deleteSendingReceipts(CODE, MAILBOX)).isEqualTo(new CallOutcome.NotFound<>("Email not found"));
        }

        @Test
        void shouldReadAnInboxPageWithSearchAndPage() {
            answer(get(urlPathEqualTo("/inbox")), 200, ProviderExamples.INBOX_PAGE);

            InboxPage page = client.inbox(InboxQuery.search("ACCETTAZIONE: Invio di prova", 39), MAILBOX)
                    .okValue().orElseThrow();

            provider.verify(getRequestedFor(urlEqualTo("/inbox?q=ACCETTAZIONE%3A+Invio+di+prova&page=39"))
                    .withHeader("x-username", equalTo("dev-api@pecmassiva.com")));
            assertThat(page.page()).isEqualTo(39);
            assertThat(page.total()).isEqualTo(981);
            assertThat(page.pageCount()).isEqualTo(39);
            assertThat(page.hasNext()).isFalse();
            assertThat(page.items()).extracting(item -> item.inboxId().getAsLong()).containsExactly(1L, 2L, 3L);
            assertThat(page.items()).extracting(Receipt::kind).containsExactly(ReceiptKind.ACCEPTANCE,
                    ReceiptKind.TRANSPORT_ENVELOPE, ReceiptKind.DELIVERY);
        }

        @Test
        void shouldLeaveTheSearchOutWhenThereIsNone() {
            answer(get(urlPathEqualTo("/inbox")), 200, ProviderExamples.INBOX_PAGE);

            client.inbox(InboxQuery.page(2), MAILBOX);

            provider.verify(getRequestedFor(urlEqualTo("/inbox?page=2")));
        }

        @Test
        void shouldReadOneInboxMessageAndDecodeItsBody() {
            answer(get("/inbox/3"), 200, ProviderExamples.INBOX_MESSAGE);

            InboxMessage message = client.inboxMessage(3, MAILBOX).okValue().orElseThrow();

            assertThat(message.body()).isEqualTo("This is an example body.");
            assertThat(message.receipt().kind()).isEqualTo(ReceiptKind.ACCEPTANCE);
            assertThat(message.receipt().code()).contains(MessageCode.of("202009211526363"));
            assertThat(message.receipt().recipient()).isEqualTo("altravia@pecmassiva.com");
        }

        @Test
        void shouldReadMessageNotFound() {
            answer(get("/inbox/4"), 404, ProviderExamples.error("Message not found"));

            assertThat(client.inboxMessage(4, MAILBOX)).isEqualTo(new CallOutcome.NotFound<>("Message not found"));
        }

        @Test
        void shouldDeleteAnInboxMessage() {
            answer(delete("/inbox/3"), 200, "{\"success\":true,\"message\":\"Message deleted\"}");

            assertThat(client.deleteInboxMessage(3, MAILBOX)).isEqualTo(new CallOutcome.Ok<>("Message deleted"));
        }

        @Test
        void shouldReadTheQuota() {
            answer(get("/quota/INBOX"), 200, ProviderExamples.QUOTA);

            MailboxQuota quota = client.quota(MAILBOX).okValue().orElseThrow();

            assertThat(quota).isEqualTo(new MailboxQuota(171012, 1048576));
            assertThat(quota.usedShare()).isBetween(0.16, 0.17);
        }

        @Test
        void shouldReadAnUnavailableQuotaMailboxAsRejected() {
            answer(get("/quota/Archive"), 400,
                    ProviderExamples.error("An error occured: the requested mailbox might be unavailable"));

            assertThat(client.quota("Archive", MAILBOX)).isEqualTo(new CallOutcome.Rejected<>(400,
                    "An error occured: the requested mailbox might be unavailable"));
        }

        @Test
        void shouldReadA500AndAnUnreadable200AsServerErrors() {
            answer(get("/quota/INBOX"), 500, ProviderExamples.error("MySQL Error 1040"));
            answer(get("/inbox/9"), 200, "not json");

            assertThat(client.quota(MAILBOX)).isEqualTo(new CallOutcome.ServerError<>(500, "MySQL Error 1040"));
            assertThat(client.inboxMessage(9, MAILBOX)).isInstanceOf(CallOutcome.ServerError.class);
        }

        @Test
        void shouldCallALostConnectionUnreachable() {
            provider.stubFor(get(urlPathEqualTo("/inbox")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertThat(client.inbox(InboxQuery.page(1), MAILBOX)).isInstanceOf(CallOutcome.Unreachable.class);
        }
    }

    @Nested
    class Secrets {

        @Test
        void shouldNeverShowThePasswordOrTokenInValuesOrEchoedMessages() {
            answerSend(400, ProviderExamples.error("bad password " + PASSWORD + " for token " + TOKEN));

            SendOutcome outcome = client.send(documentExample(), MAILBOX);

            assertThat(outcome.toString()).doesNotContain(PASSWORD).doesNotContain(TOKEN);
            assertThat(MAILBOX.toString()).doesNotContain(PASSWORD);
            assertThat(client.toString()).doesNotContain(TOKEN);
            assertThat(documentExample().toString()).doesNotContain("corpo in html");
        }

        /**
         * A body that is not the envelope is cut to its first 200 characters: a secret echoed
         * across the cut must be masked whole first, so that not even its head is left.
         */
        @ParameterizedTest(name = "echoed from character {0}")
        @ValueSource(ints = {188, 191, 193, 195, 197, 199})
        void shouldMaskASecretEchoedAcrossTheCutBeforeCutting(int start) {
            provider.stubFor(post("/send").willReturn(aResponse().withStatus(502)
                    .withHeader("Content-Type", "text/plain").withBody(".".repeat(start) + TOKEN + " " + PASSWORD)));
            provider.stubFor(get("/quota/INBOX").willReturn(aResponse().withStatus(503)
                    .withHeader("Content-Type", "text/html").withBody(".".repeat(start) + PASSWORD + " " + TOKEN)));

            SendOutcome sent = client.send(documentExample(), MAILBOX);
            CallOutcome<MailboxQuota> read = client.quota(MAILBOX);

            String masked = ".".repeat(start) + "*** ***";
            String maskedThenCut = masked.substring(0, Math.min(masked.length(), 200));
            assertThat(sent).isEqualTo(new SendOutcome.ServerError(502, maskedThenCut));
            assertThat(read).isEqualTo(new CallOutcome.ServerError<>(503, maskedThenCut));

            for (String secret : List.of(TOKEN, PASSWORD)) {
                for (int i = 0; i + 4 <= secret.length(); i++) {
                    String piece = secret.substring(i, i + 4);
                    assertThat(sent.toString()).doesNotContain(piece);
                    assertThat(read.toString()).doesNotContain(piece);
                }
            }
        }

        @Test
        void shouldNotLeakACredentialThatHttpCannotCarry() {
            MailboxCredentials broken = MailboxCredentials.of("dev-api@pecmassiva.com", "line\r\nbreak-secret");

            CallOutcome<MailboxQuota> outcome = client.quota(broken);

            assertThat(outcome).isInstanceOf(CallOutcome.Unreachable.class);
            assertThat(outcome.toString()).doesNotContain("break-secret");
        }
    }
}
