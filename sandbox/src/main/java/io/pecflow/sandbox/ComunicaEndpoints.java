package io.pecflow.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The Comunica PEC calls of the PEC API: {@code /comunica_pec} and {@code /comunica_pec/{id}/…}. Run under the account's lock. */
final class ComunicaEndpoints {

    private final PecAccount account;

    ComunicaEndpoints(PecAccount account) {
        this.account = account;
    }

    Reply.Answer answer(PecApiCall call, String id, JsonNode body, Instant now) {
        if (call == PecApiCall.COMUNICA_LIST) {
            return PecApiJson.list(call, account.requests(), PecApiJson::summary);
        }
        if (call == PecApiCall.COMUNICA_CREATE) {
            return create(body, now);
        }
        return switch (PecAccount.find(call, id, account::request)) {
            case PecApiOutcome.Refused<ComunicaRequest> r -> PecApiJson.refusal(call, r.error());
            case PecApiOutcome.Done<ComunicaRequest> d -> call.form() ? proxyForm(d.value()) : answer(call, d.value(), body, now);
        };
    }

    private static Reply.Answer answer(PecApiCall call, ComunicaRequest request, JsonNode body, Instant now) {
        Optional<PecApiError> refusal = call == PecApiCall.COMUNICA_UPLOAD
                ? request.upload(PecDocuments.read(body), now) : Optional.empty();
        return refusal.map(PecApiJson::error)
                .orElseGet(() -> PecApiJson.ok(PecApiJson.request(request, PecAccount.OWNER), ""));
    }

    private Reply.Answer create(JsonNode body, Instant now) {
        PecApiOutcome<ComunicaRequest> outcome = switch (ComunicaApplication.parse(body, account::isCertified)) {
            case PecApiOutcome.Refused<ComunicaApplication> r -> PecApiOutcome.refused(r.error());
            case PecApiOutcome.Done<ComunicaApplication> d -> account.communicate(d.value(), now);
        };
        return switch (outcome) {
            case PecApiOutcome.Refused<ComunicaRequest> r -> PecApiJson.error(r.error());
            case PecApiOutcome.Done<ComunicaRequest> d -> PecApiJson.ok(PecApiJson.request(d.value(), PecAccount.OWNER), "");
        };
    }

    /**
     * The power of attorney needs the register's code, so it is handed out once the request has left
     * {@code codice_in_richiesta} (a guess: the document gives no reason for its 406).
     */
    private static Reply.Answer proxyForm(ComunicaRequest request) {
        if (request.state() == ComunicaRequest.State.CODICE_IN_RICHIESTA) {
            return Reply.text(406, "the power of attorney is not ready while stato is 'codice_in_richiesta'");
        }
        ComunicaApplication a = request.application();
        return Reply.pdf(SandboxPdf.page("Procura per la comunicazione PEC al Registro delle Imprese", List.of(
                "Impresa: " + a.fields().get("ragione_sociale") + " (" + a.fields().get("cf_piva") + ")",
                "PEC da comunicare: " + a.address() + (a.adminPec() ? " (amministratore)" : ""),
                "Richiedente: " + a.fields().get("nome") + " " + a.fields().get("cognome") + ", " + a.fields().get("qualifica"),
                "Id richiesta: " + request.id(),
                "Firmare digitalmente (p7m) e caricare con PATCH /comunica_pec/{id}.",
                "Documento generato dalla sandbox PecFlow: non ha valore legale.")));
    }
}
