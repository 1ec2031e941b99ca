package io.pecflow.sandbox;

import static io.pecflow.sandbox.PecApiBoxesIT.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Comunica PEC over HTTP: a request through its four states on the sandbox clock, and its refusals. */
class ComunicaPecIT extends ManualSandboxIT {

    static final Duration BACK_OFFICE = Duration.ofHours(2);

    @BeforeAll
    static void start() {
        startSandbox(SandboxOptions.builder().activationDelay(BACK_OFFICE), "t");
    }

    private static SandboxHttp.Response api(String method, String path, String json) {
        return http.api(method, path, json);
    }

    private static String create(String address) {
        SandboxHttp.Response created = api("POST", "/comunica_pec", PecApiExamples.communication(address).toString());
        assertThat(created.status()).isEqualTo(200);
        return created.json().get("data").get("id").asString();
    }

    private static String state(String id) {
        return api("GET", "/comunica_pec/" + id, null).json().get("data").get("stato").asString();
    }

    @Test
    void shouldAnswerACommunicationWithTheExamplesFields() {
        JsonNode data = api("POST", "/comunica_pec", PecApiExamples.communication("mypec@pec.it").toString()).json().get("data");

        assertThat(data.propertyNames()).containsExactly("casella_pec", "cf", "nome", "cognome", "qualifica", "email",
                "cellulare", "ragione_sociale", "cf_piva", "comune", "provincia", "callback", "stato",
                "codice_registro_imprese", "documenti_registro_imprese", "owner", "timestamp", "id");
        assertThat(data.get("callback").asBoolean(true)).isFalse();
        assertThat(data.get("stato").asString()).isEqualTo("codice_in_richiesta");
        assertThat(data.get("codice_registro_imprese").asString()).isEqualTo("openapi");
        assertThat(data.get("documenti_registro_imprese")).isEmpty();
        assertThat(data.get("timestamp").asLong()).isEqualTo(clock.now().getEpochSecond());
    }

    @Test
    void shouldCarryACommunicationThroughItsFourStatesOnTheSandboxClock() {
        String id = create("azienda@legalmail.it");
        assertThat(http.bytes("/comunica_pec/" + id + "/procura_registro_imprese").statusCode()).isEqualTo(406);

        clock.advance(BACK_OFFICE);
        assertThat(state(id)).isEqualTo("in_attesa_di_documenti");
        HttpResponse<byte[]> proxy = http.bytes("/comunica_pec/" + id + "/procura_registro_imprese");
        assertThat(proxy.statusCode()).isEqualTo(200);
        assertThat(PecApiExamples.isPdf(proxy.body())).isTrue();

        JsonNode uploaded = api("PATCH", "/comunica_pec/" + id, "{\"documenti\":\"" + PecApiExamples.PDF + "\"}").json().get("data");
        assertThat(uploaded.get("stato").asString()).isEqualTo("documenti_caricati");
        assertThat(uploaded.get("documenti_registro_imprese").get(0).asString()).isEqualTo(id + "_0_registro_imprese.p7m");
        clock.advance(BACK_OFFICE.minusSeconds(1));
        assertThat(state(id)).isEqualTo("documenti_caricati");

        clock.advance(Duration.ofSeconds(1));
        assertThat(state(id)).isEqualTo("comunicazione_evasa");
    }

    @Test
    void shouldListCommunicationsInShortAndAnswer404WhileThereAreNone() {
        assertRefused(api("GET", "/comunica_pec", null), 404, 332);
        String id = create("uno@pec.it");

        JsonNode list = api("GET", "/comunica_pec", null).json().get("data");

        assertThat(list).hasSize(1);
        assertThat(list.get(0).propertyNames()).containsExactly("id", "casella_pec", "stato", "timestamp", "owner");
        assertThat(list.get(0).get("id").asString()).isEqualTo(id);
    }

    @Test
    void shouldRefuseABadCommunication() {
        sandbox.setPecApiCredit(new BigDecimal("1.00"));
        var withoutVatNumber = PecApiExamples.communication("a@pec.it");
        withoutVatNumber.remove("cf_piva");

        assertRefused(api("POST", "/comunica_pec", withoutVatNumber.toString()), 428, 344);
        assertRefused(api("POST", "/comunica_pec", PecApiExamples.communication("a@gmail.com").toString()), 406, 336);
        assertRefused(api("POST", "/comunica_pec", PecApiExamples.communication("a@pec.it").toString()), 402, 351);
    }

    @Test
    void shouldTakeDocumentsOnlyWhileWaitingForThem() {
        String id = create("doc@pec.it");

        assertRefused(api("PATCH", "/comunica_pec/" + id, "{\"documenti\":\"" + PecApiExamples.PDF + "\"}"), 406, 355);
        clock.advance(BACK_OFFICE);
        assertRefused(api("PATCH", "/comunica_pec/" + id, "{\"documenti\":[]}"), 428, 356);
        assertThat(state(id)).isEqualTo("in_attesa_di_documenti");
    }

    @Test
    void shouldAnswerWrongAndUnknownIdsWithEachCallsOwnCodes() {
        String unknown = "60ad149c3a7168084f1d2b68";

        assertRefused(api("GET", "/comunica_pec/xyz", null), 400, 333);
        assertRefused(api("PATCH", "/comunica_pec/xyz", "{}"), 400, 353);
        assertRefused(api("GET", "/comunica_pec/" + unknown, null), 404, 334);
        assertRefused(api("PATCH", "/comunica_pec/" + unknown, "{}"), 404, 354);
        assertThat(http.bytes("/comunica_pec/xyz/procura_registro_imprese").statusCode()).isEqualTo(400);
        assertThat(http.bytes("/comunica_pec/" + unknown + "/procura_registro_imprese").statusCode()).isEqualTo(404);
    }
}
