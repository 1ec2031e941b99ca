package io.pecflow.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies of the PEC API built from the examples of {@code pec.openapi.json}. The document's
 * documents are cut short, so small complete PDFs stand in for them.
 */
final class PecApiExamples {

    /** A complete one-page PDF, base64. */
    static final String PDF = Base64.getEncoder().encodeToString(SandboxPdf.page("Documento", List.of("firmato")));
    /** A PDF the sandbox's back office refuses ({@code documenti_errati}). */
    static final String REFUSED_PDF = Base64.getEncoder().encodeToString(
            SandboxPdf.page("Documento", List.of(PecDocuments.REFUSAL_MARK)));
    /** Not a PDF. */
    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private PecApiExamples() {
    }

    /** The document's {@code POST /pec} example: {@code yourpec@testcert.legalmail.it}, type {@code bronze}. */
    static ObjectNode registration() {
        return registration("yourpec@testcert.legalmail.it", "bronze");
    }

    static ObjectNode registration(String address, String type) {
        ObjectNode body = SandboxHttp.object().put("casella_pec", address).put("tipo_casella", type)
                .put("tipo_cliente", "PV").put("sottotipo_cliente", "").put("sottotipo_cliente_altro", "")
                .put("nome_richiedente", "mario").put("cognome_richiedente", "rossi").put("email", "mail@domain.com")
                .put("telefono", "0548798569").put("codice_fiscale_richiedente", "RSSXXXXXXXX56E")
                .put("data_nascita_richiedente", "11/04/1982").put("sesso_richiedente", "M")
                .put("nazione_nascita_richiedente", "it").put("provincia_nascita_richiedente", "RM")
                .put("denominazione_titolare", "").put("cf_piva_titolare", "").put("indirizzo_titolare", "via verdi 20")
                .put("comune_titolare", "roma").put("cap_titolare", "00042").put("nazione_titolare", "it")
                .put("provincia_titolare", "rm");
        body.putObject("callback").put("url", "https://your_domain.it/your_callback.php").put("field", "data");
        return body;
    }

    /** The document's {@code POST /comunica_pec} example, for an address on a certified domain. */
    static ObjectNode communication(String address) {
        return SandboxHttp.object().put("casella_pec", address).put("cf", "RSSMRA80A01L117D").put("nome", "mario")
                .put("cognome", "rossi").put("qualifica", "LEGALE_RAPPRESENTANTE").put("email", "mail@domain.com")
                .put("cellulare", "34xxxxxx18").put("ragione_sociale", "azienda test").put("cf_piva", "12345678910")
                .put("comune", "roma").put("pec_amministratore", false).put("provincia", "RM");
    }

    /** {@code {"documenti": [..]}} */
    static String documents(String... base64) {
        ObjectNode body = SandboxHttp.object();
        var array = body.putArray("documenti");
        for (String d : base64) {
            array.add(d);
        }
        return body.toString();
    }

    static boolean isPdf(byte[] body) {
        return new String(body, 0, Math.min(5, body.length), StandardCharsets.US_ASCII).equals("%PDF-");
    }
}
