package io.pecflow.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The mailbox calls of the PEC API: {@code /pec} and {@code /pec/{id}/…}. Run under the account's lock. */
final class PecBoxEndpoints {

    private final PecAccount account;

    PecBoxEndpoints(PecAccount account) {
        this.account = account;
    }

    Reply.Answer answer(PecApiCall call, String id, JsonNode body, Map<String, String> query, Instant now) {
        if (call == PecApiCall.BOX_LIST) {
            return PecApiJson.list(call, account.boxes(), PecApiJson::summary);
        }
        if (call == PecApiCall.BOX_REGISTER) {
            return register(body, now);
        }
        return switch (PecAccount.find(call, id, account::box)) {
            case PecApiOutcome.Refused<PecBox> r -> PecApiJson.refusal(call, r.error());
            case PecApiOutcome.Done<PecBox> d -> call.form() ? form(call, d.value()) : answer(call, d.value(), body, query, now);
        };
    }

    private Reply.Answer answer(PecApiCall call, PecBox box, JsonNode body, Map<String, String> query, Instant now) {
        Optional<PecApiError> refusal = switch (call) {
            case BOX_GET -> Optional.empty();
            case BOX_REVOKE -> box.revoke(now);
            case BOX_ACTIVATE -> box.uploadActivation(PecDocuments.read(body), now, account.activationDelay());
            case BOX_MODIFY -> PecBoxServices.modify(box, body, now, account);
            case BOX_CONSERVE -> PecBoxServices.conserve(box, body, now, account);
            case BOX_TRANSFORM -> PecBoxServices.transform(box, body, now, account);
            case BOX_ADD_USER -> PecBoxServices.addUser(box, body, now, account, account::newUserid);
            case BOX_RENEW -> renew(box, query.get("anni"), now);
            default -> throw new IllegalStateException("not a mailbox call: " + call);
        };
        return refusal.map(PecApiJson::error).orElseGet(() -> PecApiJson.ok(PecApiJson.box(box, PecAccount.OWNER), ""));
    }

    private Reply.Answer register(JsonNode body, Instant now) {
        PecApiOutcome<PecBox> outcome = switch (PecRegistration.parse(body)) {
            case PecApiOutcome.Refused<PecRegistration> r -> PecApiOutcome.refused(r.error());
            case PecApiOutcome.Done<PecRegistration> d -> account.register(d.value(), now);
        };
        return switch (outcome) {
            case PecApiOutcome.Refused<PecBox> r -> PecApiJson.error(r.error());
            case PecApiOutcome.Done<PecBox> d -> PecApiJson.ok(PecApiJson.box(d.value(), PecAccount.OWNER), "");
        };
    }

    /**
     * The forms are PDFs; refusals are plain text, as the document lists them. The activation form is
     * handed out while the box awaits its documents, the storage form while an active Legalmail box has
     * no storage yet (a guess: the document gives no reason for its 406).
     */
    private static Reply.Answer form(PecApiCall call, PecBox box) {
        boolean activation = call == PecApiCall.ACTIVATION_FORM;
        boolean ready = activation
                ? box.state() == PecBoxState.REGISTRATA || box.state() == PecBoxState.DOCUMENTI_ERRATI
                : box.state() == PecBoxState.EVASA && box.type().legalmail() && !box.conservation();
        if (!ready) {
            return Reply.text(406, activation ? "the activation form is only available in the 'registrata|documenti_errati' state"
                    : "the conservazione form is only available for an active pec without conservazione");
        }
        String title = activation ? "Modulo di attivazione PEC" : "Modulo di attivazione della conservazione a norma";
        return Reply.pdf(SandboxPdf.page(title, List.of("Casella: " + box.address(), "Tipo: " + box.type(),
                "Id: " + box.id(), "Codice di attivazione: " + box.activationCode(),
                "Compilare, firmare e caricare con PATCH /pec/{id}/" + (activation ? "attivazione" : "conservazione") + ".",
                "Documento generato dalla sandbox PecFlow: non ha valore legale.")));
    }

    /** {@code anni}: 1 when absent, else a whole number from 1 to 100 (a bad one: 406, not documented). */
    private static Optional<PecApiError> renew(PecBox box, String anni, Instant now) {
        int years;
        try {
            years = anni == null || anni.isBlank() ? 1 : Integer.parseInt(anni.trim());
        } catch (NumberFormatException e) {
            years = 0;
        }
        if (years < 1 || years > 100) {
            return Optional.of(PecApiError.invalid(204, "anni"));
        }
        return box.renew(years, now);
    }
}
