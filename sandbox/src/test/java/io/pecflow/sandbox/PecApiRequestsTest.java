package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Reading PEC API requests: routes, registration and Comunica PEC bodies, documents; writing the forms. */
class PecApiRequestsTest {

    @Test
    void shouldRouteEveryOperationOfTheDocument() {
        String id = "6045fdee3a716847a978a471";
        assertThat(PecApiCall.match("GET", "/domini_pec/legalmail.it")).isEqualTo(new PecApiRoute.Call(PecApiCall.DOMAIN_CHECK, "legalmail.it"));
        assertThat(PecApiCall.match("GET", "/verifica_pec/a@legalmail.it")).isEqualTo(new PecApiRoute.Call(PecApiCall.AVAILABILITY, "a@legalmail.it"));
        assertThat(PecApiCall.match("GET", "/pec")).isEqualTo(new PecApiRoute.Call(PecApiCall.BOX_LIST, ""));
        assertThat(PecApiCall.match("POST", "/pec/")).isEqualTo(new PecApiRoute.Call(PecApiCall.BOX_REGISTER, ""));
        assertThat(PecApiCall.match("DELETE", "/pec/" + id)).isEqualTo(new PecApiRoute.Call(PecApiCall.BOX_REVOKE, id));
        assertThat(PecApiCall.match("PATCH", "/pec/" + id + "/trasformazione")).isEqualTo(new PecApiRoute.Call(PecApiCall.BOX_TRANSFORM, id));
        assertThat(PecApiCall.match("GET", "/pec/" + id + "/modulo_conservazione")).isEqualTo(new PecApiRoute.Call(PecApiCall.CONSERVATION_FORM, id));
        assertThat(PecApiCall.match("POST", "/pec/" + id + "/multiutenza")).isEqualTo(new PecApiRoute.Call(PecApiCall.BOX_ADD_USER, id));
        assertThat(PecApiCall.match("PATCH", "/comunica_pec/" + id)).isEqualTo(new PecApiRoute.Call(PecApiCall.COMUNICA_UPLOAD, id));
        assertThat(PecApiCall.match("GET", "/comunica_pec/" + id + "/procura_registro_imprese")).isEqualTo(new PecApiRoute.Call(PecApiCall.PROXY_FORM, id));
    }

    @Test
    void shouldRouteAMissingDomainOrAddressToTheirOwn428() {
        assertThat(PecApiCall.match("GET", "/domini_pec/")).isEqualTo(new PecApiRoute.Call(PecApiCall.DOMAIN_CHECK, ""));
        assertThat(PecApiCall.match("GET", "/verifica_pec")).isEqualTo(new PecApiRoute.Call(PecApiCall.AVAILABILITY, ""));
    }

    @Test
    void shouldTellUnknownPathsFromWrongMethods() {
        assertThat(PecApiCall.match("GET", "/pec/1/nothing")).isEqualTo(new PecApiRoute.NotFound());
        assertThat(PecApiCall.match("GET", "/pecmassiva")).isEqualTo(new PecApiRoute.NotFound());
        assertThat(PecApiCall.match("PUT", "/pec/1")).isEqualTo(new PecApiRoute.WrongMethod("GET, DELETE"));
        assertThat(PecApiCall.match("DELETE", "/comunica_pec")).isEqualTo(new PecApiRoute.WrongMethod("GET, POST"));
    }

    @Test
    void shouldReadTheDocumentsExampleRegistrationAsTheExampleAnswerWritesIt() {
        PecRegistration r = ((PecApiOutcome.Done<PecRegistration>) PecRegistration.parse(PecApiExamples.registration())).value();

        assertThat(r.type()).isEqualTo(PecBoxType.BRONZE);
        assertThat(r.fields()).containsEntry("tipo_casella", "BRONZE").containsEntry("nazione_titolare", "IT")
                .containsEntry("provincia_titolare", "rm").doesNotContainKey("sottotipo_cliente")
                .doesNotContainKey("cellulare");
        assertThat(r.callback().get("url").asString()).isEqualTo("https://your_domain.it/your_callback.php");
        assertThat(r.autoRenew()).isFalse();
    }

    @Test
    void shouldRefuseARegistrationWithTheDocumentsCodes() {
        assertThat(refusal(PecApiExamples.registration().put("tipo_casella", ""))).isEqualTo(PecApiError.required(224, "tipo_casella"));
        assertThat(refusal(PecApiExamples.registration().put("data_nascita_richiedente", "31/02/1982"))).isEqualTo(
                PecApiError.notAcceptable(242, "data_nascita_richiedente not valid, accepted format: dd/mm/yyyy"));
        assertThat(refusal(PecApiExamples.registration("a@gmail.com", "GOLD"))).isEqualTo(PecApiError.notFound(326,
                "the domain gmail.com is non-existent in the system or belongs to someone else"));
        assertThat(refusal(PecApiExamples.registration("a@legalmail.it", "PECMASSIVA")).code()).isEqualTo(326);
        assertThat(refusal(PecApiExamples.registration("not an address", "GOLD")).status()).isEqualTo(406);
        assertThat(refusal(PecApiExamples.registration().put("tipo_casella", "PLATINUM")).code()).isEqualTo(240);
        assertThat(refusal(PecApiExamples.registration().put("sesso_richiedente", "X")).code()).isEqualTo(243);
    }

    @Test
    void shouldRefuseACommunicationWithTheDocumentsCodes() {
        assertThat(communicationRefusal(PecApiExamples.communication("mypec@pec.it").put("cf_piva", " ")))
                .isEqualTo(PecApiError.required(344, "cf_piva"));
        assertThat(communicationRefusal(PecApiExamples.communication("mypec@gmail.com")))
                .isEqualTo(PecApiError.notAcceptable(336, "invalid casella_pec"));
        assertThat(communicationRefusal(PecApiExamples.communication("mypec@pec.it").put("qualifica", "CUOCO")).code())
                .isEqualTo(347);
    }

    @Test
    void shouldReadDocumentsAsOneStringOrAListAndTellTheMissingFromTheUnreadable() {
        ObjectNode one = SandboxHttp.object().put("documenti", "data:application/pdf;base64," + PecApiExamples.PDF);

        assertThat(PecDocuments.read(one)).isInstanceOfSatisfying(PecDocuments.Read.Documents.class,
                d -> assertThat(d.allPdf()).isTrue());
        assertThat(PecDocuments.read(SandboxHttp.object())).isInstanceOf(PecDocuments.Read.Missing.class);
        assertThat(PecDocuments.read(SandboxHttp.object().put("documenti", ""))).isInstanceOf(PecDocuments.Read.Missing.class);
        assertThat(PecDocuments.read(SandboxHttp.object().put("documenti", "not base64!"))).isInstanceOf(PecDocuments.Read.Unreadable.class);
        assertThat(PecDocuments.read(SandboxHttp.object().put("documenti", 12))).isInstanceOf(PecDocuments.Read.Unreadable.class);
    }

    @Test
    void shouldWriteAPdfWhoseCrossReferencesPointAtItsObjects() {
        String pdf = new String(SandboxPdf.page("Modulo (prova)", List.of("Casella: a@legalmail.it", "città")),
                StandardCharsets.ISO_8859_1);

        assertThat(pdf).startsWith("%PDF-1.4").endsWith("%%EOF\n").contains("(Modulo \\(prova\\)) Tj");
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(pdf);
        int object = 0;
        while (entries.find()) {
            object++;
            assertThat(pdf.substring(Integer.parseInt(entries.group(1)))).startsWith(object + " 0 obj");
        }
        assertThat(object).isEqualTo(5);
        int startxref = Integer.parseInt(pdf.substring(pdf.indexOf("startxref\n") + 10, pdf.lastIndexOf("\n%%EOF")));
        assertThat(pdf.substring(startxref)).startsWith("xref");
    }

    private static PecApiError refusal(ObjectNode body) {
        return ((PecApiOutcome.Refused<PecRegistration>) PecRegistration.parse(body)).error();
    }

    private static PecApiError communicationRefusal(ObjectNode body) {
        return ((PecApiOutcome.Refused<ComunicaApplication>) ComunicaApplication.parse(body,
                d -> PecApiSettings.DEFAULT_CERTIFIED_DOMAINS.contains(d))).error();
    }
}
