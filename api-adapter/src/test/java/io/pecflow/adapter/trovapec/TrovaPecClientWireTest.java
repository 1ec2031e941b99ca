package io.pecflow.adapter.trovapec;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.pecflow.adapter.Secret;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The client's requests and its strict reading of every answer the TrovaPEC document gives. */
class TrovaPecClientWireTest {

    private static final String PATH = "/index_ws.php";
    private static final String KEY = "uk-5e9f1c";
    private static final TaxCode VAT = TaxCode.of("12345678910");
    private static final TrovaPecToken TOKEN = TrovaPecToken.of("a81f3c");

    @RegisterExtension
    static WireMockExtension service = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private final ManualPollingClock clock = new ManualPollingClock();
    private TrovaPecClient client;

    @BeforeEach
    void createClient() {
        client = clientWithKey(KEY);
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    private TrovaPecClient clientWithKey(String key) {
        return TrovaPecClient.create(TrovaPecConfig.of(URI.create(service.baseUrl() + PATH), Secret.of(key))
                .withClock(clock));
    }

    private static void answer(MappingBuilder call, String text) {
        service.stubFor(call.willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=UTF-8").withBody(text)));
    }

    private static void answerPost(String text) {
        answer(post(urlEqualTo(PATH)), text);
    }

    private static void answerPoll(String text) {
        answer(get(urlPathEqualTo(PATH)), text);
    }

    @Nested
    class Request {

        @Test
        void shouldPostTheKeyAndTheTaxCodeAsAForm() {
            answerPost("OK|a81f3c");

            client.request(VAT);

            service.verify(postRequestedFor(urlEqualTo(PATH))
                    .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                    .withRequestBody(equalTo("key=" + KEY + "&cf=12345678910")));
        }

        @Test
        void shouldReadOkAndATokenAsAccepted() {
            answerPost("OK|a81f3c\n");

            assertThat(client.request(VAT)).isEqualTo(new RequestOutcome.Accepted(TOKEN));
        }

        @Test
        void shouldReadTheDocumentedRichiestaGiaPresenteAsAlreadyRequested() {
            answerPost("Error|Richiesta già presente");

            assertThat(client.request(VAT)).isEqualTo(new RequestOutcome.AlreadyRequested("Richiesta già presente"));
        }

        @Test
        void shouldRecogniseRichiestaGiaPresenteSentInLatin1WithoutACharset() {
            service.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)
                    .withBody("ERROR|Richiesta già presente".getBytes(StandardCharsets.ISO_8859_1))));

            assertThat(client.request(VAT)).isInstanceOf(RequestOutcome.AlreadyRequested.class);
        }

        @Test
        void shouldReadAnyOtherErrorAsRefused() {
            answerPost("Error|Codice fiscale non valido");

            assertThat(client.request(VAT)).isEqualTo(new Refused("Codice fiscale non valido"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"OK|", "OK", "OK|a81f3c|extra", "OK|a81 f3c", "OK| a81f3c", "DONE|a81f3c", "",
                "a81f3c", "<html><body>Servizio non disponibile</body></html>", "OK|a81f3c\nOK|b92e4d", "Error"})
        void shouldReadAnythingUndocumentedAsMalformedWithItsText(String text) {
            answerPost(text);

            assertThat(client.request(VAT)).isInstanceOfSatisfying(Malformed.class,
                    malformed -> assertThat(malformed.text()).isEqualTo(text.replace("\n", " ").strip()));
        }
    }

    @Nested
    class Poll {

        @Test
        void shouldGetTheAnswerWithTheKeyAndTheTokenInTheQuery() {
            answerPoll("OK|pec@pec.it|pec trovata");

            client.poll(TOKEN);

            service.verify(getRequestedFor(urlEqualTo(PATH + "?key=" + KEY + "&token=a81f3c"))
                    .withHeader("Content-Type", absent()));
        }

        @Test
        void shouldReadTheDocumentedPecTrovataAsFound() {
            answerPoll("OK|pec@pec.it|pec trovata");

            assertThat(client.poll(TOKEN)).isEqualTo(new PollOutcome.Found("pec@pec.it"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"OK||pec non trovata", "Ok||pec non trovata"})
        void shouldReadTheDocumentedPecNonTrovataAsNotFound(String text) {
            answerPoll(text);

            assertThat(client.poll(TOKEN)).isEqualTo(new PollOutcome.NotFound());
        }

        @Test
        void shouldReadWaitAsWaitWithTheTokenToAskWith() {
            answerPoll("WAIT|b92e4d");

            assertThat(client.poll(TOKEN)).isEqualTo(new PollOutcome.Wait(TrovaPecToken.of("b92e4d")));
        }

        @Test
        void shouldReadAnErrorAsRefusedWithItsDescription() {
            answerPoll("ERROR|token non valido");

            assertThat(client.poll(TOKEN)).isEqualTo(new Refused("token non valido"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"OK|not-an-address|pec trovata", "OK||pec trovata", "OK|pec@pec.it|pec non trovata",
                "OK|pec@pec.it", "OK|pec@pec.it|stato", "OK|pec@pec.it|pec trovata|x", "WAIT|", "WAIT|a|b",
                "WAIT", "PENDING|b92e4d", "OK|a81f3c", "ok"})
        void shouldReadAnythingUndocumentedAsMalformed(String text) {
            answerPoll(text);

            assertThat(client.poll(TOKEN)).isEqualTo(new Malformed(text));
        }
    }

    @Nested
    class Delete {

        @Test
        void shouldPostTheKeyAndTheCodeToDelete() {
            answerPost("OK|richiesta cancellata correttamente");

            DeleteOutcome outcome = client.delete(VAT);

            assertThat(outcome).isEqualTo(new DeleteOutcome.Deleted("richiesta cancellata correttamente"));
            service.verify(postRequestedFor(urlEqualTo(PATH))
                    .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                    .withRequestBody(equalTo("key=" + KEY + "&cf-delete=12345678910")));
        }

        @Test
        void shouldReadAnErrorAsRefused() {
            answerPost("ERROR|nessuna richiesta presente");

            assertThat(client.delete(VAT)).isEqualTo(new Refused("nessuna richiesta presente"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"OK|", "OK", "richiesta cancellata correttamente", "OK|a|b"})
        void shouldReadAnythingUndocumentedAsMalformed(String text) {
            answerPost(text);

            assertThat(client.delete(VAT)).isEqualTo(new Malformed(text));
        }
    }

    @Nested
    class Balance {

        @Test
        void shouldPostTheKeyAndAnEmptySaldoField() {
            answerPost("12.50");

            client.balance();

            service.verify(postRequestedFor(urlEqualTo(PATH))
                    .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                    .withRequestBody(equalTo("key=" + KEY + "&saldo=")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"12.50", "12,50", "12.5\n", "-3", "0"})
        void shouldReadABareAmountAsTheBalance(String text) {
            answerPost(text);

            assertThat(client.balance()).isInstanceOfSatisfying(BalanceOutcome.Balance.class, balance ->
                    assertThat(balance.amount()).isEqualByComparingTo(text.strip().replace(',', '.')));
        }

        @Test
        void shouldReadAnErrorAsRefused() {
            answerPost("ERROR|chiave non valida");

            assertThat(client.balance()).isEqualTo(new Refused("chiave non valida"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"OK|12.50", "€ 12,50", "12.50 EUR", "1.234,50", "", "saldo"})
        void shouldReadAnythingButABareAmountAsMalformed(String text) {
            answerPost(text);

            assertThat(client.balance()).isEqualTo(new Malformed(text));
        }
    }

    @Nested
    class Failures {

        @Test
        void shouldReadAnHttpErrorAsHttpFailureWithAnExcerpt() {
            service.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)
                    .withBody("<html><body>Service Unavailable</body></html>")));

            assertThat(client.request(VAT))
                    .isEqualTo(new HttpFailure(503, "<html><body>Service Unavailable</body></html>"));
            assertThat(client.balance()).isInstanceOf(HttpFailure.class);
        }

        @Test
        void shouldNotReadASuccessTextUnderAnotherStatusAsSuccess() {
            service.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(302)
                    .withHeader("Location", "https://www.trovapec.it/").withBody("OK|pec@pec.it|pec trovata")));

            assertThat(client.poll(TOKEN)).isEqualTo(new HttpFailure(302, "OK|pec@pec.it|pec trovata"));
        }

        @Test
        void shouldCallALostConnectionUnreachable() {
            service.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertThat(client.delete(VAT)).isInstanceOf(Unreachable.class);
        }

        @Test
        void shouldCallARefusedConnectionUnreachable() throws Exception {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            try (TrovaPecClient nowhere = TrovaPecClient.create(
                    TrovaPecConfig.of(URI.create("http://127.0.0.1:" + closedPort + PATH), Secret.of(KEY)))) {
                assertThat(nowhere.request(VAT)).isInstanceOf(Unreachable.class);
            }
        }
    }

    @Nested
    class Lookup {

        private static final Duration INTERVAL = Duration.ofSeconds(30);

        private void pollAnswers(String... texts) {
            String state = Scenario.STARTED;
            for (int i = 0; i < texts.length; i++) {
                String next = i == texts.length - 1 ? state : "after-" + i;
                service.stubFor(get(urlPathEqualTo(PATH)).inScenario("poll").whenScenarioStateIs(state)
                        .willReturn(aResponse().withStatus(200).withBody(texts[i])).willSetStateTo(next));
                state = next;
            }
        }

        @Test
        void shouldRequestThenPollWithTheLatestTokenUntilTheAnswer() {
            answerPost("OK|a81f3c");
            pollAnswers("WAIT|b92e4d", "WAIT|b92e4d", "OK|info@pec.azienda.it|pec trovata");

            LookupOutcome outcome = client.lookup(VAT, INTERVAL, Duration.ofMinutes(10));

            assertThat(outcome).isEqualTo(new PollOutcome.Found("info@pec.azienda.it"));
            assertThat(clock.sleeps).containsExactly(INTERVAL, INTERVAL, INTERVAL);
            service.verify(1, postRequestedFor(urlEqualTo(PATH)).withRequestBody(containing("cf=12345678910")));
            service.verify(1, getRequestedFor(urlEqualTo(PATH + "?key=" + KEY + "&token=a81f3c")));
            service.verify(2, getRequestedFor(urlEqualTo(PATH + "?key=" + KEY + "&token=b92e4d")));
        }

        @Test
        void shouldEndWithNotFoundWhenTheSearchFindsNothing() {
            answerPost("OK|a81f3c");
            pollAnswers("OK||pec non trovata");

            assertThat(client.lookup(VAT, INTERVAL, Duration.ofMinutes(10))).isEqualTo(new PollOutcome.NotFound());
        }

        @Test
        void shouldGiveUpWithTheLastTokenWhenTheTimeRunsOut() {
            answerPost("OK|a81f3c");
            pollAnswers("WAIT|b92e4d");

            LookupOutcome outcome = client.lookup(VAT, INTERVAL, Duration.ofSeconds(100));

            assertThat(outcome).isEqualTo(new LookupOutcome.TimedOut(TrovaPecToken.of("b92e4d"), Duration.ofSeconds(90)));
            assertThat(clock.sleeps).hasSize(3);
            service.verify(3, getRequestedFor(urlPathEqualTo(PATH)));
        }

        @Test
        void shouldNotPollWhenTheSearchIsAlreadyBooked() {
            answerPost("Error|Richiesta già presente");

            assertThat(client.lookup(VAT, INTERVAL, Duration.ofMinutes(10)))
                    .isInstanceOf(RequestOutcome.AlreadyRequested.class);
            assertThat(clock.sleeps).isEmpty();
            service.verify(0, getRequestedFor(urlPathEqualTo(PATH)));
        }

        @Test
        void shouldStopAtTheFirstAnswerThatIsNeitherWaitNorTheResult() {
            answerPost("OK|a81f3c");
            pollAnswers("WAIT|a81f3c", "ERROR|token scaduto");

            assertThat(client.lookup(VAT, INTERVAL, Duration.ofMinutes(10))).isEqualTo(new Refused("token scaduto"));
        }

        @Test
        void shouldReturnUnreachableAndKeepTheFlagWhenInterrupted() {
            answerPost("OK|a81f3c");
            clock.interruptNextSleep = true;

            LookupOutcome outcome = client.lookup(VAT, INTERVAL, Duration.ofMinutes(10));

            assertThat(Thread.interrupted()).isTrue();
            assertThat(outcome).isInstanceOf(Unreachable.class);
            service.verify(0, getRequestedFor(urlPathEqualTo(PATH)));
        }

        @Test
        void shouldRefuseANonPositiveInterval() {
            assertThatThrownBy(() -> client.lookup(VAT, Duration.ZERO, Duration.ofMinutes(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pollInterval");
        }
    }

    @Nested
    class TaxCodes {

        @ParameterizedTest
        @ValueSource(strings = {"12345678910", "RSSMRA80A01H501U", "rssmra80a01h501u", " RSS MRA 80A01 H501U ",
                "RSSMRA80A01H50MU"})
        void shouldAcceptAVatNumberOrAPersonalTaxCode(String value) {
            assertThat(TaxCode.of(value).value()).isEqualTo(value.replace(" ", "").toUpperCase());
        }

        @ParameterizedTest
        @ValueSource(strings = {"1234567891", "123456789101", "IT12345678910", "RSSMRA80A01H501", "RSSMRA80A01H501UX",
                "1SSMRA80A01H501U", "", "RSSMRA80A01H5O1U"})
        void shouldRefuseAnythingElseWithAClearMessageThatDoesNotRepeatTheValue(String value) {
            assertThatThrownBy(() -> TaxCode.of(value)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("11 digits").hasMessageContaining("16 letters and digits")
                    .satisfies(error -> {
                        if (!value.isEmpty()) {
                            assertThat(error.getMessage()).doesNotContain(value);
                        }
                    });
        }

        @Test
        void shouldTellAVatNumberFromAPersonalCode() {
            assertThat(VAT.isVatNumber()).isTrue();
            assertThat(TaxCode.of("RSSMRA80A01H501U").isVatNumber()).isFalse();
        }
    }

    @Nested
    class Secrets {

        private static final String AWKWARD_KEY = "k3y+/é=Z";
        private static final String ENCODED_AWKWARD_KEY = "k3y%2B%2F%C3%A9%3DZ";

        @Test
        void shouldFormEncodeTheKeyOnTheWire() {
            answerPost("OK|a81f3c");
            answerPoll("WAIT|a81f3c");
            try (TrovaPecClient awkward = clientWithKey(AWKWARD_KEY)) {
                awkward.request(VAT);
                awkward.poll(TOKEN);
            }

            service.verify(postRequestedFor(urlEqualTo(PATH))
                    .withRequestBody(equalTo("key=" + ENCODED_AWKWARD_KEY + "&cf=12345678910")));
            service.verify(getRequestedFor(urlEqualTo(PATH + "?key=" + ENCODED_AWKWARD_KEY + "&token=a81f3c")));
        }

        @Test
        void shouldMaskTheKeyInEveryEchoedText() {
            try (TrovaPecClient awkward = clientWithKey(AWKWARD_KEY)) {
                answerPost("ERROR|chiave " + AWKWARD_KEY + " non valida");
                assertThat(awkward.request(VAT)).isEqualTo(new Refused("chiave *** non valida"));

                answerPoll("<p>key=" + ENCODED_AWKWARD_KEY + "&token=a81f3c</p>");
                assertThat(awkward.poll(TOKEN)).isEqualTo(new Malformed("<p>key=***&token=a81f3c</p>"));

                service.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(403)
                        .withBody("x".repeat(195) + AWKWARD_KEY)));
                assertThat(awkward.balance()).isInstanceOfSatisfying(HttpFailure.class, failure ->
                        assertThat(failure.text()).doesNotContain("k3y").endsWith("***"));
            }
        }

        @Test
        void shouldNeverShowTheKeyInConfigurationOrClient() {
            assertThat(TrovaPecConfig.of(Secret.of(KEY)).toString()).doesNotContain(KEY).contains("***");
            assertThat(client.toString()).doesNotContain(KEY);
        }
    }

    /** Moves time only when the lookup sleeps, and remembers each sleep. */
    private static final class ManualPollingClock implements PollingClock {
        private final List<Duration> sleeps = new ArrayList<>();
        private long nanos;
        private boolean interruptNextSleep;

        @Override
        public long nanoTime() {
            return nanos;
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (interruptNextSleep) {
                interruptNextSleep = false;
                throw new InterruptedException("test");
            }
            sleeps.add(duration);
            nanos += duration.toNanos();
        }
    }
}
