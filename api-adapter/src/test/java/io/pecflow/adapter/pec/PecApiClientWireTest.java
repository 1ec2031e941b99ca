package io.pecflow.adapter.pec;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.matching.RequestPatternBuilder.newRequestPattern;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.pecflow.adapter.Secret;
import io.pecflow.adapter.pec.PecApiExamples.Answer;
import io.pecflow.adapter.pec.PecApiExamples.Operation;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client's requests and its reading of every answer the provider's OpenAPI document gives
 * as an example ({@link PecApiExamples}).
 */
class PecApiClientWireTest {

    private static final String TOKEN = "tok-4b1d9e77";
    private static final MailboxId BOX = MailboxId.of("6040e4613a716838dc4eee0e");
    private static final CommunicationId REQUEST = CommunicationId.of("60ad149c3a7168084f1d2b68");
    private static final byte[] PDF = "%PDF-1.5\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final Document FORM = Document.of(PDF);

    @RegisterExtension
    static WireMockExtension provider = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private PecApiClient client;

    @BeforeEach
    void createClient() {
        client = PecApiClient.create(PecApiConfig.of(URI.create(provider.baseUrl()), Secret.of(TOKEN)));
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    /** How the test makes each documented operation, and the request it expects on the wire. */
    private record Call(Function<PecApiClient, PecApiOutcome<?>> invoke, String url, String body) {
    }

    private static final Map<Operation, Call> CALLS = Map.ofEntries(
            call("GET /domini_pec/{dominio}", c -> c.checkDomain("legalmail.it"), "/domini_pec/legalmail.it", null),
            call("GET /verifica_pec/{pec}", c -> c.checkAvailability("prova_pec@legalmail.it"),
                    "/verifica_pec/prova_pec@legalmail.it", null),
            call("GET /pec", PecApiClient::mailboxes, "/pec", null),
            call("POST /pec", c -> c.register(documentRegistration()), "/pec", PecApiExamples.REGISTRATION_REQUEST),
            call("GET /pec/{id}", c -> c.mailbox(BOX), "/pec/" + BOX, null),
            call("DELETE /pec/{id}", c -> c.revoke(BOX), "/pec/" + BOX, null),
            call("PATCH /pec/{id}/attivazione", c -> c.activate(BOX, List.of(documentPdf(), FORM)),
                    "/pec/" + BOX + "/attivazione",
                    "{\"documenti\":[\"" + documentPdf().base64() + "\",\"" + FORM.base64() + "\"]}"),
            call("PATCH /pec/{id}/modifica", c -> c.changeSpace(BOX, SpaceChange.disk(SpaceChange.Amount.setTo(3072))
                            .andArchive(SpaceChange.Amount.add(1024)).andConservation(SpaceChange.Amount.setTo(1536))),
                    "/pec/" + BOX + "/modifica",
                    "{\"spazio_disco\":3072,\"spazio_storico\":\"+1024\",\"spazio_conservazione\":1536}"),
            call("PATCH /pec/{id}/conservazione", c -> c.activateConservation(BOX, 1024, List.of(FORM)),
                    "/pec/" + BOX + "/conservazione",
                    "{\"spazio_conservazione\":1024,\"documenti\":[\"" + FORM.base64() + "\"]}"),
            call("PATCH /pec/{id}/trasformazione", c -> c.changeType(BOX, MailboxType.GOLD),
                    "/pec/" + BOX + "/trasformazione", PecApiExamples.TYPE_REQUEST),
            call("GET /pec/{id}/rinnovo", c -> c.renew(BOX, 2), "/pec/" + BOX + "/rinnovo?anni=2", null),
            call("POST /pec/{id}/multiutenza",
                    c -> c.addUser(BOX, new NewMailboxUser("luca", "bianchi", "prima utenza", "mail@domain.com")),
                    "/pec/" + BOX + "/multiutenza", PecApiExamples.USER_REQUEST),
            call("GET /comunica_pec", PecApiClient::communications, "/comunica_pec", null),
            call("POST /comunica_pec", c -> c.communicate(documentCommunicationRequest()), "/comunica_pec",
                    PecApiExamples.COMMUNICATION_REQUEST),
            call("GET /comunica_pec/{id}", c -> c.communication(REQUEST), "/comunica_pec/" + REQUEST, null),
            call("PATCH /comunica_pec/{id}", c -> c.uploadCommunicationDocuments(REQUEST, List.of(FORM)),
                    "/comunica_pec/" + REQUEST, "{\"documenti\":[\"" + FORM.base64() + "\"]}"),
            call("GET /pec/{id}/modulo_attivazione", c -> c.activationForm(BOX), "/pec/" + BOX + "/modulo_attivazione",
                    null),
            call("GET /pec/{id}/modulo_conservazione", c -> c.conservationForm(BOX),
                    "/pec/" + BOX + "/modulo_conservazione", null),
            call("GET /comunica_pec/{id}/procura_registro_imprese", c -> c.powerOfAttorney(REQUEST),
                    "/comunica_pec/" + REQUEST + "/procura_registro_imprese", null));

    private static Map.Entry<Operation, Call> call(String operation, Function<PecApiClient, PecApiOutcome<?>> invoke,
                                                   String url, String body) {
        return entry(Operation.of(operation), new Call(invoke, url, body));
    }

    /** The head of the PDF the document's examples send. */
    private static Document documentPdf() {
        return Document.ofBase64(PecApiExamples.PDF_BASE64);
    }

    /** The document's example registration. */
    private static MailboxRegistration documentRegistration() {
        return MailboxRegistration.of("yourpec@testcert.legalmail.it", MailboxType.BRONZE, CustomerType.PRIVATE_PERSON,
                        new MailboxRegistration.Applicant("mario", "rossi", "mail@domain.com", "0548798569", "",
                                "RSSXXXXXXXX56E", LocalDate.of(1982, 4, 11), MailboxRegistration.Sex.M, "it", "", "RM"),
                        new MailboxRegistration.Holder("", "", "via verdi 20", "roma", "00042", "it", "rm"))
                .withCallback(Callback.post(URI.create("https://your_domain.it/your_callback.php"), "data"));
    }

    private static CommunicationRequest documentCommunicationRequest() {
        return new CommunicationRequest("mypec@pec.com", "RSSMRA80A01L117D", "mario", "rossi",
                Qualification.LEGALE_RAPPRESENTANTE, "mail@domain.com", "34xxxxxx18", "azienda test", "12345678910",
                "roma", "RM", false, Optional.empty());
    }

    private static void answer(int status, String mediaType, String body) {
        provider.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", mediaType).withBody(body)));
    }

    private static void answerJson(int status, String body) {
        answer(status, "application/json", body);
    }

    private static void answerPdf() {
        provider.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody(PDF)));
    }

    private static String example(String operation, int status) {
        return PecApiExamples.answer(operation, status);
    }

    private static PecApiOutcome<?> invoke(PecApiClient client, Operation operation) {
        return CALLS.get(operation).invoke().apply(client);
    }

    static List<Operation> operations() {
        return PecApiExamples.OPERATIONS;
    }

    static List<Answer> documentedSuccesses() {
        return PecApiExamples.answers().stream().filter(answer -> answer.status() == 200).toList();
    }

    static List<Answer> documentedFailures() {
        return PecApiExamples.answers().stream().filter(answer -> answer.status() >= 400).toList();
    }

    @Nested
    class EveryOperation {

        @Test
        void shouldHaveAMethodForEachOperationOfTheDocumentAndNoOther() {
            assertThat(CALLS.keySet()).containsExactlyInAnyOrderElementsOf(PecApiExamples.OPERATIONS);
        }

        @Test
        void shouldHaveADocumentedSuccessForEachOperationButTheDownloads() {
            assertThat(documentedSuccesses()).extracting(Answer::operation).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(PecApiExamples.OPERATIONS.stream()
                            .filter(operation -> !PecApiExamples.DOWNLOADS.contains(operation)).toList());
            assertThat(documentedFailures()).extracting(Answer::operation)
                    .containsAll(PecApiExamples.OPERATIONS);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.pecflow.adapter.pec.PecApiClientWireTest#operations")
        void shouldSendTheDocumentedRequestWithTheBearerToken(Operation operation) {
            Call call = CALLS.get(operation);
            boolean download = PecApiExamples.DOWNLOADS.contains(operation);
            if (download) {
                answerPdf();
            } else {
                answerJson(200, example(operation.toString(), 200));
            }

            call.invoke().apply(client);

            RequestPatternBuilder expected = newRequestPattern(RequestMethod.fromString(operation.method()),
                    urlEqualTo(call.url()))
                    .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                    .withHeader("Accept", download ? absent() : equalTo("application/json"));
            if (call.body() == null) {
                expected.withHeader("Content-Type", absent());
            } else {
                expected.withHeader("Content-Type", equalTo("application/json"))
                        .withRequestBody(equalToJson(call.body()));
            }
            provider.verify(1, expected);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.pecflow.adapter.pec.PecApiClientWireTest#documentedSuccesses")
        void shouldReadEveryDocumentedSuccessExample(Answer answer) {
            answerJson(200, answer.body());

            assertThat(invoke(client, answer.operation())).isInstanceOf(PecApiOutcome.Ok.class);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.pecflow.adapter.pec.PecApiClientWireTest#documentedFailures")
        void shouldReadEveryDocumentedErrorAsItsOwnOutcomeWithMessageAndCode(Answer answer) {
            answer(answer.status(), answer.mediaType(), answer.body());

            PecApiOutcome<?> outcome = invoke(client, answer.operation());

            if (answer.status() == 404 && answer.operation().method().equals("GET")
                    && Set.of("/pec", "/comunica_pec").contains(answer.operation().path())) {
                assertThat(outcome).isEqualTo(new PecApiOutcome.Ok<>(List.of()));
                return;
            }
            assertThat(outcome).isInstanceOf(switch (answer.status()) {
                case 400 -> PecApiOutcome.BadRequest.class;
                case 402 -> PecApiOutcome.PaymentRequired.class;
                case 404 -> PecApiOutcome.NotFound.class;
                case 406 -> PecApiOutcome.NotAcceptable.class;
                case 428 -> PecApiOutcome.PreconditionRequired.class;
                case 503 -> PecApiOutcome.Unavailable.class;
                default -> throw new AssertionError("a status the document did not have: " + answer);
            });
            PecApiOutcome.Failed<?> failed = (PecApiOutcome.Failed<?>) outcome;
            assertThat(failed.message()).isEqualTo(answer.message());
            assertThat(failed.errorCode()).isEqualTo(answer.errorCode());
        }
    }

    @Nested
    class Mailboxes {

        @Test
        void shouldReadTheListOfMailboxes() {
            answerJson(200, example("GET /pec", 200));

            List<MailboxSummary> boxes = client.mailboxes().okValue().orElseThrow();

            assertThat(boxes).extracting(MailboxSummary::id).containsExactly(BOX, MailboxId.of("6040c9df3a716838dc4eede4"));
            MailboxSummary revoked = boxes.getFirst();
            assertThat(revoked.address()).isEqualTo("mypec@testcert.legalmail.it");
            assertThat(revoked.type()).isEqualTo(MailboxType.BRONZE);
            assertThat(revoked.state()).isEqualTo(MailboxState.REVOKED);
            assertThat(revoked.expiryDate()).contains(LocalDate.of(2022, 3, 4));
            assertThat(revoked.timestamps().revoked()).contains(Instant.ofEpochSecond(1614868400));
            assertThat(revoked.owner()).isEqualTo("mail@domain.com");
            assertThat(boxes.get(1).state()).isEqualTo(MailboxState.ACTIVE);
            assertThat(boxes.get(1).timestamps().revoked()).isEmpty();
        }

        @Test
        void shouldReadAllOfAMailbox() {
            answerJson(200, example("GET /pec/{id}", 200));

            Mailbox box = client.mailbox(BOX).okValue().orElseThrow();

            assertThat(box.id()).isEqualTo(BOX);
            assertThat(box.address()).isEqualTo("yourpec@testcert.legalmail.it");
            assertThat(box.type()).isEqualTo(MailboxType.BRONZE);
            assertThat(box.state()).isEqualTo(MailboxState.REVOKED);
            assertThat(box.domain()).isEqualTo("testcert.legalmail.it");
            assertThat(box.activationDate()).contains(LocalDate.of(2021, 3, 4));
            assertThat(box.expiryDate()).contains(LocalDate.of(2022, 3, 4));
            assertThat(box.timestamps()).isEqualTo(new MailboxTimestamps(
                    Optional.of(Instant.ofEpochSecond(1614865504)),
                    Optional.of(Instant.ofEpochSecond(1614868403)),
                    Optional.of(Instant.ofEpochSecond(1614868312)),
                    Optional.of(Instant.ofEpochSecond(1646391493)),
                    Optional.of(Instant.ofEpochSecond(1614868400))));
            assertThat(box.space()).isEqualTo(new Mailbox.Space(3072, 3072, 512));
            assertThat(box.conservation()).isTrue();
            assertThat(box.archive()).isTrue();
            assertThat(box.sms()).isTrue();
            assertThat(box.autoRenew()).isFalse();
            assertThat(box.activationDocuments()).containsExactly("6040e4613a716838dc4eee0e_0_attivazione.pdf",
                    "6040e4613a716838dc4eee0e_1_attivazione.pdf");
            assertThat(box.conservationDocuments()).hasSize(2);
            assertThat(box.users()).containsExactly(new MailboxUser("MA177993", "6040e4613a716838dc4eee0e_0", "luca",
                    "bianchi", "prima utenza", "mail@domain.com",
                    Optional.of(Instant.ofEpochSecond(1614868138))));
            assertThat(box.uid()).isEqualTo("MA177987");
            assertThat(box.activationCode()).hasValueSatisfying(code -> assertThat(code.reveal()).isEqualTo("10173956"));
        }

        @Test
        void shouldReadANewRegistrationWithoutDatesYet() {
            answerJson(200, example("POST /pec", 200));

            Mailbox box = client.register(documentRegistration()).okValue().orElseThrow();

            assertThat(box.state()).isEqualTo(MailboxState.REGISTERED);
            assertThat(box.id()).isEqualTo(MailboxId.of("6045fdee3a716847a978a471"));
            assertThat(box.expiryDate()).isEmpty();
            assertThat(box.timestamps().registered()).contains(Instant.ofEpochSecond(1615199724));
            assertThat(box.timestamps().activated()).isEmpty();
            assertThat(box.users()).isEmpty();
        }

        @Test
        void shouldReadInEvasioneAsActivating() {
            answerJson(200, example("PATCH /pec/{id}/attivazione", 200));

            assertThat(client.activate(BOX, List.of(FORM)).okValue().orElseThrow().state())
                    .isEqualTo(MailboxState.ACTIVATING);
            assertThat(MailboxState.fromWire("in_attivazione")).isEqualTo(MailboxState.ACTIVATING);
        }

        @Test
        void shouldReadTheChangedSpaceTypeAndRenewal() {
            answerJson(200, example("PATCH /pec/{id}/modifica", 200));
            assertThat(client.changeSpace(BOX, SpaceChange.disk(SpaceChange.Amount.setTo(3072))).okValue()
                    .orElseThrow().space()).isEqualTo(new Mailbox.Space(3072, 14336, 1536));

            answerJson(200, example("PATCH /pec/{id}/trasformazione", 200));
            assertThat(client.changeType(BOX, MailboxType.GOLD).okValue().orElseThrow().type())
                    .isEqualTo(MailboxType.GOLD);

            answerJson(200, example("GET /pec/{id}/rinnovo", 200));
            assertThat(client.renew(BOX, 1).okValue().orElseThrow().state()).isEqualTo(MailboxState.ACTIVE);
        }

        @Test
        void shouldCheckADomainAndReadNoContentAsNotEligible() {
            answerJson(200, example("GET /domini_pec/{dominio}", 200));
            assertThat(client.checkDomain("legalmail.it"))
                    .isEqualTo(new PecApiOutcome.Ok<>(new DomainCheck("legalmail.it", true, "legalmail.it found!", List.of())));

            provider.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
            assertThat(client.checkDomain("example.com"))
                    .isEqualTo(new PecApiOutcome.Ok<>(new DomainCheck("example.com", false, "", List.of())));
        }

        @Test
        void shouldCheckAnAddressesAvailability() {
            answerJson(200, example("GET /verifica_pec/{pec}", 200));

            assertThat(client.checkAvailability("prova_pec@legalmail.it"))
                    .isEqualTo(new PecApiOutcome.Ok<>(new AddressAvailability("prova_pec@legalmail.it", true)));
        }

        @Test
        void shouldGiveTheFormsBytesAsSent() {
            answerPdf();

            assertThat(client.activationForm(BOX).okValue().orElseThrow().bytes()).isEqualTo(PDF);
        }

        @Test
        void shouldNotTakeAJsonAnswerForADocument() {
            answerJson(200, "{\"success\":false,\"message\":\"module not ready\",\"error\":77,\"data\":null}");

            assertThat(client.conservationForm(BOX))
                    .isEqualTo(new PecApiOutcome.ServerError<>(200, "no document in the answer: module not ready",
                            OptionalInt.of(77)));
        }
    }

    @Nested
    class Communications {

        @Test
        void shouldReadANewCommunication() {
            answerJson(200, example("POST /comunica_pec", 200));

            Communication communication = client.communicate(documentCommunicationRequest()).okValue().orElseThrow();

            assertThat(communication.id()).isEqualTo(REQUEST);
            assertThat(communication.state()).isEqualTo(CommunicationState.CODE_REQUESTED);
            assertThat(communication.qualification()).contains(Qualification.LEGALE_RAPPRESENTANTE);
            assertThat(communication.companyTaxCode()).isEqualTo("12345678910");
            assertThat(communication.registerCode()).isEqualTo("openapi");
            assertThat(communication.registerDocuments()).isEmpty();
            assertThat(communication.updated()).contains(Instant.ofEpochSecond(1621955739));
        }

        @Test
        void shouldReadTheListAndTheStatesOfCommunications() {
            answerJson(200, example("GET /comunica_pec", 200));
            assertThat(client.communications().okValue().orElseThrow())
                    .extracting(CommunicationSummary::id, CommunicationSummary::state)
                    .containsExactly(tuple(REQUEST, CommunicationState.COMPLETED),
                            tuple(CommunicationId.of("60ad0f2a3a716801f42a9773"),
                                    CommunicationState.COMPLETED));

            answerJson(200, example("PATCH /comunica_pec/{id}", 200));
            assertThat(client.uploadCommunicationDocuments(REQUEST, List.of(FORM)).okValue().orElseThrow().state())
                    .isEqualTo(CommunicationState.DOCUMENTS_UPLOADED);
            assertThat(CommunicationState.fromWire("in_attesa_di_documenti"))
                    .isEqualTo(CommunicationState.AWAITING_DOCUMENTS);
        }

        @Test
        void shouldReadTheFaqsLooserExampleWithATimestampAsTextAndATypoedField() {
            answerJson(200, """
                    {"data":{"casella_pec":"mypec@pec.com","cf":"RSSXXXXXXXX56E","nome":"mario","cognome":"rossi",
                     "qualifica":"AMMINISTRATORE","email":"mail@domain.com","cellulare":"roma","ragione_sociale":"roma",
                     "cf_piva":"12345678910","comune":"roma","provincia":"rm","callbak":"false",
                     "stato":"documenti_caricati","codice_registro_imprese":"openapi",
                     "documenti_registro_imprese":["60dc8da86c8b04624536bbb2_0_registro_imprese.p7m"],
                     "owner":"mail@domain.com","timestamp":"1621955739","id":"60ad149c3a7168084f1d2b68"},
                     "success":true,"message":"","error":null}""");

            Communication communication = client.communication(REQUEST).okValue().orElseThrow();

            assertThat(communication.state()).isEqualTo(CommunicationState.DOCUMENTS_UPLOADED);
            assertThat(communication.updated()).contains(Instant.ofEpochSecond(1621955739));
            assertThat(communication.qualification()).contains(Qualification.AMMINISTRATORE);
        }

        @Test
        void shouldGiveThePowerOfAttorneyAndReadItsPlainTextErrors() {
            answerPdf();
            assertThat(client.powerOfAttorney(REQUEST).okValue().orElseThrow()).isEqualTo(FORM);

            answer(404, "text/plain", "no request matches this id:");
            assertThat(client.powerOfAttorney(REQUEST))
                    .isEqualTo(new PecApiOutcome.NotFound<>("no request matches this id:", OptionalInt.empty()));
        }
    }

    @Nested
    class Robustness {

        @Test
        void shouldIgnoreUnknownFieldsAndKeepUnknownWordsAsUnknown() {
            answerJson(200, """
                    {"data":{"id":"6040e4613a716838dc4eee0e","casella_pec":"a@legalmail.it","tipo_casella":"PLATINUM",
                     "stato":"sospesa","nuovo_campo":{"x":[1,2]},"spazio_disco":"2048","sms":"true"},
                     "success":true,"message":"","error":null,"meta":{"credit":10}}""");

            Mailbox box = client.mailbox(BOX).okValue().orElseThrow();

            assertThat(box.type()).isEqualTo(MailboxType.UNKNOWN);
            assertThat(box.state()).isEqualTo(MailboxState.UNKNOWN);
            assertThat(box.space().diskMegabytes()).isEqualTo(2048);
            assertThat(box.sms()).isTrue();
            assertThat(box.activationCode()).isEmpty();
        }

        @Test
        void shouldReadAnErrorNumberWrittenAsText() {
            answerJson(402, "{\"success\":false,\"message\":\"Insufficient Credit in Wallet: 1.00\",\"error\":\"262\"}");

            assertThat(client.renew(BOX, 1)).isEqualTo(new PecApiOutcome.PaymentRequired<>(
                    "Insufficient Credit in Wallet: 1.00", OptionalInt.of(262)));
        }

        @Test
        void shouldReadUndocumentedStatusesToo() {
            answerJson(401, "{\"success\":false,\"message\":\"Unauthorized\",\"error\":null}");
            assertThat(client.mailboxes()).isEqualTo(new PecApiOutcome.Unauthorized<>("Unauthorized", OptionalInt.empty()));

            answerJson(429, "{\"success\":false,\"message\":\"Too Many Requests\"}");
            assertThat(client.mailboxes()).isInstanceOf(PecApiOutcome.Unavailable.class);

            answerJson(500, "{\"success\":false,\"message\":\"Internal error\",\"error\":999}");
            assertThat(client.mailboxes())
                    .isEqualTo(new PecApiOutcome.ServerError<>(500, "Internal error", OptionalInt.of(999)));

            answer(502, "text/html", "<html><body>Bad gateway</body></html>");
            assertThat(client.mailbox(BOX)).isEqualTo(new PecApiOutcome.ServerError<>(502,
                    "<html><body>Bad gateway</body></html>", OptionalInt.empty()));
        }

        @Test
        void shouldNotMistakeANon404PageForAnEmptyList() {
            answer(404, "text/html", "<html>Not Found</html>");

            assertThat(client.mailboxes())
                    .isEqualTo(new PecApiOutcome.NotFound<>("<html>Not Found</html>", OptionalInt.empty()));
        }

        @Test
        void shouldCallA200ThatSaysItFailedAServerError() {
            answerJson(200, "{\"success\":false,\"message\":\"something went wrong\",\"error\":12,\"data\":null}");

            assertThat(client.mailbox(BOX))
                    .isEqualTo(new PecApiOutcome.ServerError<>(200, "something went wrong", OptionalInt.of(12)));
        }

        @Test
        void shouldCallAnAnswerItCannotReadAServerErrorThatSaysWhy() {
            answerJson(200, "{\"data\":{\"id\":\"x1\",\"casella_pec\":\"a@legalmail.it\",\"data_scadenza\":\"2022-03-04\"},"
                    + "\"success\":true}");
            assertThat(client.mailbox(BOX)).isInstanceOfSatisfying(PecApiOutcome.ServerError.class,
                    error -> assertThat(error.message()).contains("data_scadenza").contains("dd/MM/yyyy"));

            answerJson(200, "{\"data\":{\"casella_pec\":\"a@legalmail.it\"},\"success\":true}");
            assertThat(client.mailbox(BOX)).isInstanceOfSatisfying(PecApiOutcome.ServerError.class,
                    error -> assertThat(error.message()).contains("'id' is missing"));

            answer(200, "text/html", "<html>maintenance</html>");
            assertThat(client.mailboxes()).isInstanceOfSatisfying(PecApiOutcome.ServerError.class,
                    error -> assertThat(error.message()).contains("maintenance"));

            answerJson(200, "{\"data\":{},\"success\":true}");
            assertThat(client.checkAvailability("a@legalmail.it")).isInstanceOf(PecApiOutcome.ServerError.class);
        }

        @Test
        void shouldSayARefusedConnectionCannotHaveReachedTheProvider() throws Exception {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            try (PecApiClient nowhere = PecApiClient.create(
                    PecApiConfig.of(URI.create("http://127.0.0.1:" + closedPort), Secret.of(TOKEN)))) {
                assertThat(nowhere.renew(BOX, 1)).isInstanceOfSatisfying(PecApiOutcome.Unreachable.class,
                        unreachable -> assertThat(unreachable.mayHaveArrived()).isFalse());
            }
        }

        @Test
        void shouldSayALostAnswerMayHaveBeenCarriedOut() {
            provider.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            assertThat(client.renew(BOX, 1)).isInstanceOfSatisfying(PecApiOutcome.Unreachable.class,
                    unreachable -> assertThat(unreachable.mayHaveArrived()).isTrue());
            assertThat(client.addUser(BOX, new NewMailboxUser("a", "b", "c", "d@e.it")))
                    .isInstanceOfSatisfying(PecApiOutcome.Unreachable.class,
                            unreachable -> assertThat(unreachable.mayHaveArrived()).isTrue());
        }
    }

    @Nested
    class Validation {

        @Test
        void shouldRefuseWhatTheProviderWouldRefuseBeforeSendingAnything() {
            assertThatThrownBy(() -> client.changeType(BOX, MailboxType.DOMICILIODIGITALE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STANDARD, BRONZE, SILVER or GOLD");
            assertThatThrownBy(() -> client.renew(BOX, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> client.activate(BOX, List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> client.activateConservation(BOX, 700, List.of(FORM)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("512");
            assertThatThrownBy(() -> SpaceChange.disk(SpaceChange.Amount.add(1000)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1024");
            assertThatThrownBy(() -> MailboxRegistration.of("a@legalmail.it", MailboxType.UNKNOWN,
                    CustomerType.PRIVATE_PERSON, documentRegistration().applicant(), documentRegistration().holder()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> MailboxId.of("../pec")).isInstanceOf(IllegalArgumentException.class);
            provider.verify(0, newRequestPattern(RequestMethod.ANY, anyUrl()));
        }

        @Test
        void shouldKeepAnAtSignAndEncodeTheRestOfAPathSegment() {
            answerJson(200, example("GET /verifica_pec/{pec}", 200));

            client.checkAvailability("nome cognome@legalmail.it");

            provider.verify(newRequestPattern(RequestMethod.GET, urlEqualTo("/verifica_pec/nome%20cognome@legalmail.it")));
        }
    }

    @Nested
    class Secrets {

        @Test
        void shouldMaskTheTokenInEveryEchoedMessage() {
            answerJson(400, "{\"success\":false,\"message\":\"token " + TOKEN + " not valid\",\"error\":1}");
            assertThat(client.mailbox(BOX))
                    .isEqualTo(new PecApiOutcome.BadRequest<>("token *** not valid", OptionalInt.of(1)));

            answer(502, "text/plain", "x".repeat(190) + "Bearer " + TOKEN);
            assertThat(client.activationForm(BOX).toString()).doesNotContain("tok-");
        }

        @Test
        void shouldNeverShowTheTokenTheActivationCodeOrADocumentsContent() {
            answerJson(200, example("GET /pec/{id}", 200));

            assertThat(client.toString()).doesNotContain(TOKEN);
            assertThat(PecApiConfig.of(PecApiConfig.PRODUCTION_URL, Secret.of(TOKEN)).toString())
                    .doesNotContain(TOKEN).contains("https://pec.openapi.it");
            assertThat(client.mailbox(BOX).toString()).doesNotContain("10173956");
            assertThat(FORM.toString()).isEqualTo("Document[" + PDF.length + " bytes]");
        }

        @Test
        void shouldNameTheDocumentedHosts() {
            assertThat(PecApiConfig.PRODUCTION_URL).isEqualTo(URI.create("https://pec.openapi.it"));
            assertThat(PecApiConfig.SANDBOX_URL).isEqualTo(URI.create("https://test.pec.openapi.it"));
        }
    }
}
