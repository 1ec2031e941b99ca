package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The PEC API's mailboxes over HTTP: registration, activation on the sandbox clock, services, renewal, revocation. */
class PecApiBoxesIT extends ManualSandboxIT {

    static final Duration REVIEW = Duration.ofHours(3);
    static final String UNKNOWN = "6045fdee3a716847a978a471";

    @BeforeAll
    static void start() {
        startSandbox(SandboxOptions.builder().activationDelay(REVIEW), "t");
    }

    static SandboxHttp.Response api(String method, String path, String json) {
        return http.api(method, path, json);
    }

    /** Registers a box and returns its id. */
    static String register(String address, String type) {
        SandboxHttp.Response registered = api("POST", "/pec", PecApiExamples.registration(address, type).toString());
        assertThat(registered.status()).isEqualTo(200);
        return registered.json().get("data").get("id").asString();
    }

    /** Registers and activates a box; the clock moves on by the review time. */
    static String activeBox(String address, String type) {
        String id = register(address, type);
        api("PATCH", "/pec/" + id + "/attivazione", PecApiExamples.documents(PecApiExamples.PDF));
        clock.advance(REVIEW);
        return id;
    }

    static JsonNode box(String id) {
        return api("GET", "/pec/" + id, null).json().get("data");
    }

    static void assertRefused(SandboxHttp.Response response, int status, int error) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.json().get("success").asBoolean()).isFalse();
        assertThat(response.json().get("error").asInt()).isEqualTo(error);
        assertThat(response.json().get("data").isNull()).isTrue();
    }

    @Test
    void shouldRegisterTheDocumentsExampleAndAnswerWithTheExamplesFields() {
        SandboxHttp.Response registered = api("POST", "/pec", PecApiExamples.registration().toString());

        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.json().propertyNames()).containsExactly("data", "success", "message", "error");
        JsonNode data = registered.json().get("data");
        assertThat(data.propertyNames()).containsExactly("casella_pec", "tipo_casella", "tipo_cliente", "sottotipo_cliente",
                "sottotipo_cliente_altro", "nome_richiedente", "cognome_richiedente", "email", "telefono",
                "codice_fiscale_richiedente", "data_nascita_richiedente", "sesso_richiedente", "nazione_nascita_richiedente",
                "provincia_nascita_richiedente", "denominazione_titolare", "cf_piva_titolare", "indirizzo_titolare",
                "comune_titolare", "cap_titolare", "nazione_titolare", "provincia_titolare", "callback", "dominio", "owner",
                "timestamp", "cellulare", "comune_nascita_richiedente", "cod_attivazione", "uid", "conservazione",
                "data_scadenza", "descrizione", "sms", "spazio_conservazione", "spazio_disco", "spazio_storico", "stato",
                "storico", "id", "autorinnovo");
        assertThat(data.get("tipo_casella").asString()).isEqualTo("BRONZE");
        assertThat(data.get("nazione_titolare").asString()).isEqualTo("IT");
        assertThat(data.get("callback").toString())
                .isEqualTo("{\"url\":\"https://your_domain.it/your_callback.php\",\"field\":\"data\",\"method\":\"POST\",\"data\":{}}");
        assertThat(data.get("dominio").asString()).isEqualTo("testcert.legalmail.it");
        assertThat(data.get("stato").asString()).isEqualTo("registrata");
        assertThat(data.get("data_scadenza").asString()).isEmpty();
        assertThat(data.get("id").asString()).matches("[0-9a-f]{24}");
        assertThat(data.get("uid").asString()).matches("MA\\d{6}");
        assertThat(data.get("timestamp").toString()).isEqualTo("{\"registrazione\":" + clock.now().getEpochSecond()
                + ",\"ultima_modifica\":" + clock.now().getEpochSecond() + "}");
    }

    @Test
    void shouldListTheBoxesInShortAndAnswer404WhileThereAreNone() {
        assertRefused(api("GET", "/pec", null), 404, 200);
        String id = register("uno@legalmail.it", "STANDARD");
        register("due@domiciliodigitale.com", "DOMICILIODIGITALE");

        JsonNode list = api("GET", "/pec", null).json().get("data");

        assertThat(list).hasSize(2);
        assertThat(list.get(0).propertyNames())
                .containsExactly("id", "casella_pec", "tipo_casella", "stato", "data_scadenza", "timestamp", "owner");
        assertThat(list.get(0).get("id").asString()).isEqualTo(id);
        assertThat(list.get(1).get("tipo_casella").asString()).isEqualTo("DOMICILIODIGITALE");
    }

    @Test
    void shouldActivateABoxWhenTheActivationDelayHasPassedOnTheSandboxClock() {
        String id = register("attiva@legalmail.it", "SILVER");
        HttpResponse<byte[]> form = http.bytes("/pec/" + id + "/modulo_attivazione");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(PecApiExamples.isPdf(form.body())).isTrue();

        JsonNode uploaded = api("PATCH", "/pec/" + id + "/attivazione",
                PecApiExamples.documents(PecApiExamples.PDF, PecApiExamples.PDF)).json().get("data");
        assertThat(uploaded.get("stato").asString()).isEqualTo("in_evasione");
        assertThat(uploaded.get("documenti_attivazione")).hasSize(2);
        clock.advance(REVIEW.minusSeconds(1));
        assertThat(box(id).get("stato").asString()).isEqualTo("in_evasione");

        clock.advance(Duration.ofSeconds(1));

        JsonNode active = box(id);
        assertThat(active.get("stato").asString()).isEqualTo("evasa");
        assertThat(active.get("data_attivazione").asString()).isEqualTo(RomeTime.day(clock.now()));
        assertThat(active.get("data_scadenza").asString()).isEqualTo(RomeTime.day(RomeTime.plusYears(clock.now(), 1)));
        assertThat(active.get("timestamp").get("evasione").asLong()).isEqualTo(clock.now().getEpochSecond());
        assertThat(active.get("spazio_disco").asInt()).isEqualTo(2048);
        assertThat(http.bytes("/pec/" + id + "/modulo_attivazione").statusCode()).isEqualTo(406);
    }

    @Test
    void shouldGoToDocumentiErratiWhenTheBackOfficeRefusesTheDocuments() {
        String id = register("errata@legalmail.it", "STANDARD");
        api("PATCH", "/pec/" + id + "/attivazione", PecApiExamples.documents(PecApiExamples.REFUSED_PDF));
        clock.advance(REVIEW);

        assertThat(box(id).get("stato").asString()).isEqualTo("documenti_errati");
        assertThat(http.bytes("/pec/" + id + "/modulo_attivazione").statusCode()).isEqualTo(200);
        assertThat(api("PATCH", "/pec/" + id + "/attivazione", PecApiExamples.documents(PecApiExamples.PDF)).status()).isEqualTo(200);
        clock.advance(REVIEW);
        assertThat(box(id).get("stato").asString()).isEqualTo("evasa");
    }

    @Test
    void shouldRefuseActivationDocumentsThatAreNotPdfOrComeInTheWrongState() {
        String id = register("pdf@legalmail.it", "STANDARD");

        assertRefused(api("PATCH", "/pec/" + id + "/attivazione", PecApiExamples.documents(PecApiExamples.PNG)), 406, 296);
        assertRefused(api("PATCH", "/pec/" + id + "/attivazione", "{}"), 428, 268);
        api("PATCH", "/pec/" + id + "/attivazione", PecApiExamples.documents(PecApiExamples.PDF));
        assertRefused(api("PATCH", "/pec/" + id + "/attivazione", PecApiExamples.documents(PecApiExamples.PDF)), 428, 267);
    }

    @Test
    void shouldServeTheExtraServicesOfAnActiveBoxAndChargeForThem() {
        String id = activeBox("servizi@legalmail.it", "STANDARD");
        BigDecimal before = sandbox.pecApiCredit();
        assertThat(PecApiExamples.isPdf(http.bytes("/pec/" + id + "/modulo_conservazione").body())).isTrue();

        JsonNode conserved = api("PATCH", "/pec/" + id + "/conservazione",
                "{\"spazio_conservazione\":1024,\"documenti\":\"" + PecApiExamples.PDF + "\"}").json().get("data");
        JsonNode modified = api("PATCH", "/pec/" + id + "/modifica",
                "{\"spazio_disco\":\"+1024\",\"spazio_storico\":2048,\"spazio_conservazione\":\"+512\"}").json().get("data");
        JsonNode transformed = api("PATCH", "/pec/" + id + "/trasformazione", "{\"tipo_casella\":\"SILVER\"}").json().get("data");
        JsonNode withUser = api("POST", "/pec/" + id + "/multiutenza", "{\"nome\":\"luca\",\"cognome\":\"bianchi\","
                + "\"descrizione\":\"prima utenza\",\"email_gestione_password\":\"mail@domain.com\"}").json().get("data");

        assertThat(conserved.get("conservazione").asBoolean()).isTrue();
        assertThat(conserved.get("documenti_conservazione").get(0).asString()).isEqualTo(id + "_0_conservazione.pdf");
        assertThat(modified.get("spazio_disco").asInt()).isEqualTo(2048);
        assertThat(modified.get("spazio_storico").asInt()).isEqualTo(2048);
        assertThat(modified.get("spazio_conservazione").asInt()).isEqualTo(1536);
        assertThat(transformed.get("tipo_casella").asString()).isEqualTo("SILVER");
        JsonNode user = withUser.get("multiutenza").get(0);
        assertThat(user.propertyNames()).containsExactly("nome", "cognome", "descrizione", "email_gestione_password",
                "id_utenza", "timestamp", "userid");
        assertThat(user.get("id_utenza").asString()).isEqualTo(id + "_0");
        assertThat(sandbox.pecApiCredit()).isEqualByComparingTo(before.subtract(new BigDecimal("4.00")));
        assertThat(http.bytes("/pec/" + id + "/modulo_conservazione").statusCode()).isEqualTo(406);
    }

    @Test
    void shouldAnswerEachServicesOwn402WhenTheCreditCannotPayAndChangeNothing() {
        String id = activeBox("povera@legalmail.it", "STANDARD");
        sandbox.setPecApiCredit(new BigDecimal("0.99"));

        assertRefused(api("PATCH", "/pec/" + id + "/modifica", "{\"spazio_disco\":2048}"), 402, 290);
        assertRefused(api("PATCH", "/pec/" + id + "/conservazione", "{\"documenti\":\"" + PecApiExamples.PDF + "\"}"), 402, 297);
        assertRefused(api("PATCH", "/pec/" + id + "/trasformazione", "{\"tipo_casella\":\"GOLD\"}"), 402, 279);
        assertRefused(api("POST", "/pec/" + id + "/multiutenza", "{\"nome\":\"luca\",\"cognome\":\"bianchi\","
                + "\"descrizione\":\"prima utenza\",\"email_gestione_password\":\"mail@domain.com\"}"), 402, 220);

        JsonNode unchanged = box(id);
        assertThat(unchanged.get("tipo_casella").asString()).isEqualTo("STANDARD");
        assertThat(unchanged.get("spazio_disco").asInt()).isEqualTo(1024);
        assertThat(unchanged.get("conservazione").asBoolean()).isFalse();
        assertThat(unchanged.has("multiutenza")).isFalse();
        assertThat(sandbox.pecApiCredit()).isEqualByComparingTo("0.99");
    }

    @Test
    void shouldRefuseADowngradeAndServicesOnABoxWithoutThem() {
        String gold = activeBox("oro@legalmail.it", "GOLD");
        String massiva = activeBox("invii@pecmassiva.com", "PECMASSIVA");

        SandboxHttp.Response downgrade = api("PATCH", "/pec/" + gold + "/trasformazione", "{\"tipo_casella\":\"BRONZE\"}");

        assertRefused(downgrade, 406, 276);
        assertThat(downgrade.json().get("message").asString()).startsWith("a downgrade of the 'tipo_casella' is not allowed");
        assertRefused(api("POST", "/pec/" + massiva + "/multiutenza", "{}"), 428, 390);
        assertRefused(api("PATCH", "/pec/" + massiva + "/modifica", "{\"spazio_disco\":2048}"), 428, 280);
        assertRefused(api("PATCH", "/pec/" + gold + "/modifica", "{\"spazio_disco\":1000}"), 406, 325);
    }

    @Test
    void shouldRenewRevokeAndReactivateABox() {
        String id = activeBox("rinnovo@legalmail.it", "BRONZE");
        String expiry = box(id).get("data_scadenza").asString();

        JsonNode renewed = api("GET", "/pec/" + id + "/rinnovo?anni=2", null).json().get("data");
        JsonNode revoked = api("DELETE", "/pec/" + id, null).json().get("data");
        SandboxHttp.Response again = api("DELETE", "/pec/" + id, null);
        JsonNode reactivated = api("GET", "/pec/" + id + "/rinnovo", null).json().get("data");

        int year = Integer.parseInt(expiry.substring(6));
        assertThat(renewed.get("data_scadenza").asString()).isEqualTo(expiry.substring(0, 6) + (year + 2));
        assertThat(revoked.get("stato").asString()).isEqualTo("revocata");
        assertThat(revoked.get("timestamp").get("revoca").asLong()).isEqualTo(clock.now().getEpochSecond());
        assertRefused(again, 406, 303);
        assertThat(reactivated.get("stato").asString()).isEqualTo("evasa");
        assertThat(reactivated.get("data_scadenza").asString()).isEqualTo(expiry.substring(0, 6) + (year + 3));
        assertRefused(api("GET", "/pec/" + id + "/rinnovo?anni=zero", null), 406, 204);
    }

    @Test
    void shouldRevokeABoxThatExpiresWithoutRenewal() {
        String id = activeBox("scade@legalmail.it", "STANDARD");

        clock.advance(Duration.ofDays(366));

        assertThat(box(id).get("stato").asString()).isEqualTo("revocata");
    }

    @Test
    void shouldRefuseWhatARegisteredBoxCannotDoYet() {
        String id = register("nuova@legalmail.it", "BRONZE");

        assertRefused(api("DELETE", "/pec/" + id, null), 428, 304);
        assertRefused(api("GET", "/pec/" + id + "/rinnovo?anni=1", null), 428, 203);
        assertRefused(api("PATCH", "/pec/" + id + "/trasformazione", "{\"tipo_casella\":\"GOLD\"}"), 428, 272);
        assertRefused(api("PATCH", "/pec/" + id + "/modifica", "{\"spazio_disco\":2048}"), 428, 281);
        assertRefused(api("PATCH", "/pec/" + id + "/conservazione", "{\"documenti\":\"" + PecApiExamples.PDF + "\"}"), 428, 291);
        assertThat(http.bytes("/pec/" + id + "/modulo_conservazione").statusCode()).isEqualTo(406);
    }

    @Test
    void shouldAnswerWrongAndUnknownIdsWithEachCallsOwnCodes() {
        assertRefused(api("GET", "/pec/xyz", null), 400, 201);
        assertRefused(api("DELETE", "/pec/xyz", null), 400, 301);
        assertRefused(api("PATCH", "/pec/xyz/modifica", "{}"), 400, 265);
        assertRefused(api("POST", "/pec/xyz/multiutenza", "{}"), 400, 212);
        assertRefused(api("GET", "/pec/" + UNKNOWN, null), 404, 202);
        assertRefused(api("DELETE", "/pec/" + UNKNOWN, null), 404, 302);
        assertRefused(api("PATCH", "/pec/" + UNKNOWN + "/attivazione", "{}"), 404, 266);
        assertRefused(api("POST", "/pec/" + UNKNOWN + "/multiutenza", "{}"), 404, 213);
        assertRefused(api("GET", "/pec/" + UNKNOWN + "/rinnovo", null), 404, 202);
        HttpResponse<byte[]> wrongForm = http.bytes("/pec/xyz/modulo_attivazione");
        assertThat(wrongForm.statusCode()).isEqualTo(400);
        assertThat(new String(wrongForm.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("Wrong id");
        HttpResponse<byte[]> unknownForm = http.bytes("/pec/" + UNKNOWN + "/modulo_attivazione");
        assertThat(unknownForm.statusCode()).isEqualTo(404);
        assertThat(unknownForm.headers().firstValue("Content-Type")).contains("text/plain; charset=UTF-8");
        assertThat(http.bytes("/pec/xyz/modulo_conservazione").statusCode()).isEqualTo(400);
    }

    @Test
    void shouldRefuseABadRegistrationAndRegisterNothing() {
        register("presa@legalmail.it", "STANDARD");
        sandbox.setPecApiCredit(new BigDecimal("4.99"));

        assertRefused(api("POST", "/pec", PecApiExamples.registration().put("tipo_casella", "").toString()), 428, 224);
        assertRefused(api("POST", "/pec", "not json"), 428, 223);
        assertRefused(api("POST", "/pec", PecApiExamples.registration().put("data_nascita_richiedente", "1982-04-11").toString()), 406, 242);
        assertRefused(api("POST", "/pec", PecApiExamples.registration("mario@gmail.com", "GOLD").toString()), 404, 326);
        assertRefused(api("POST", "/pec", PecApiExamples.registration("presa@legalmail.it", "GOLD").toString()), 406, 249);
        SandboxHttp.Response unpaid = api("POST", "/pec", PecApiExamples.registration().toString());

        assertRefused(unpaid, 402, 262);
        assertThat(unpaid.json().get("message").asString()).isEqualTo("Insufficient Credit in Wallet: 4.99");
        assertThat(api("GET", "/pec", null).json().get("data")).hasSize(1);
        assertThat(sandbox.pecApiStats().refusals()).isEqualTo(6);
    }

    @Test
    void shouldForgetBoxesOnReset() {
        register("dimenticata@legalmail.it", "STANDARD");

        sandbox.reset();

        assertRefused(api("GET", "/pec", null), 404, 200);
        assertThat(api("GET", "/verifica_pec/dimenticata@legalmail.it", null).json().get("data").get("available").asBoolean()).isTrue();
        assertThat(sandbox.pecApiStats().calls()).isEqualTo(2);
    }
}
