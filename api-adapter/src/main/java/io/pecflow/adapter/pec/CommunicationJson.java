package io.pecflow.adapter.pec;

import static io.pecflow.adapter.pec.PecJson.MAPPER;
import static io.pecflow.adapter.pec.PecJson.instant;
import static io.pecflow.adapter.pec.PecJson.object;
import static io.pecflow.adapter.pec.PecJson.requiredText;
import static io.pecflow.adapter.pec.PecJson.text;
import static io.pecflow.adapter.pec.PecJson.texts;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Comunica PEC calls' JSON, every field name as the OpenAPI document spells it:
 * {@code RichiestaComunicazionePec}, {@code RichiesteComunicazionePec} and the body of
 * {@code POST /comunica_pec}. Stateless.
 */
final class CommunicationJson {

    private CommunicationJson() {
    }

    /** {@code RichiestaComunicazionePec}. */
    static Communication communication(JsonNode data) {
        object(data, "the communication");
        return new Communication(CommunicationId.of(requiredText(data, "id")), requiredText(data, "casella_pec"),
                text(data, "cf"), text(data, "nome"), text(data, "cognome"),
                Qualification.fromWire(text(data, "qualifica")), text(data, "email"), text(data, "cellulare"),
                text(data, "ragione_sociale"), text(data, "cf_piva"), text(data, "comune"), text(data, "provincia"),
                CommunicationState.fromWire(text(data, "stato")), text(data, "codice_registro_imprese"),
                texts(data, "documenti_registro_imprese"), text(data, "owner"), instant(data, "timestamp"));
    }

    /** {@code RichiesteComunicazionePec}: the items of {@code GET /comunica_pec}. */
    static List<CommunicationSummary> summaries(JsonNode data) {
        return PecJson.list(data, "the list of communications", item -> {
            object(item, "a communication of the list");
            return new CommunicationSummary(CommunicationId.of(requiredText(item, "id")), text(item, "casella_pec"),
                    CommunicationState.fromWire(text(item, "stato")), instant(item, "timestamp"), text(item, "owner"));
        });
    }

    /** {@code BodyPostComunicaPec}. */
    static byte[] request(CommunicationRequest request) {
        ObjectNode root = MAPPER.createObjectNode()
                .put("casella_pec", request.address())
                .put("cf", request.applicantTaxCode())
                .put("nome", request.firstName())
                .put("cognome", request.lastName())
                .put("qualifica", request.qualification().name())
                .put("email", request.email())
                .put("cellulare", request.mobile())
                .put("ragione_sociale", request.companyName())
                .put("cf_piva", request.companyTaxCode())
                .put("comune", request.municipality())
                .put("pec_amministratore", request.directorsAddress())
                .put("provincia", request.province());
        request.callback().ifPresent(callback -> PecJson.putCallback(root, callback));
        return MAPPER.writeValueAsBytes(root);
    }
}
