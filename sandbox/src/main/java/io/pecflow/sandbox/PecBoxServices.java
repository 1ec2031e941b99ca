package io.pecflow.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The extra services of an active Legalmail box (STANDARD, BRONZE, SILVER, GOLD): more space, legal
 * storage, a higher type, more users. Each checks everything, then pays, then changes the box, so a
 * refusal changes nothing. Codes the document does not show are guesses.
 */
final class PecBoxServices {

    static final int MAX_USERS = 25;

    private PecBoxServices() {
    }

    /** {@code PATCH /pec/{id}/modifica}: {@code "+N"} adds N MB, a bare number sets it; only upgrades. */
    static Optional<PecApiError> modify(PecBox box, JsonNode body, Instant now, PecWallet wallet) {
        Optional<PecApiError> refusal = activeLegalmail(box, 280, 281, "modify your certified mail");
        if (refusal.isPresent()) {
            return refusal;
        }
        if (Json.text(body, "spazio_disco") == null && Json.text(body, "spazio_storico") == null
                && Json.text(body, "spazio_conservazione") == null) {
            return Optional.of(PecApiError.preconditionRequired(283,
                    "spazio_disco, spazio_storico or spazio_conservazione required"));
        }
        if (Json.text(body, "spazio_conservazione") != null && !box.conservation()) {
            return Optional.of(PecApiError.preconditionRequired(282, "you must first activate the 'conservazione' service"));
        }
        long[] now3 = {box.diskMb(), box.archiveMb(), box.conservationMb()};
        String[] names = {"spazio_disco", "spazio_storico", "spazio_conservazione"};
        long[] next = new long[3];
        for (int i = 0; i < 3; i++) {
            PecApiOutcome<Long> space = SpaceRequest.resolve(names[i], Json.text(body, names[i]), now3[i], i == 2 ? 512 : 1024);
            switch (space) {
                case PecApiOutcome.Refused<Long> r -> {
                    return Optional.of(r.error());
                }
                case PecApiOutcome.Done<Long> d -> next[i] = d.value();
            }
            if (next[i] < now3[i]) {
                return Optional.of(PecApiError.notAcceptable(286, "only a space upgrade is allowed"));
            }
        }
        return paid(wallet, PecApiCall.BOX_MODIFY, () -> box.setSpaces(next[0], next[1], next[2]), box, now);
    }

    /** {@code PATCH /pec/{id}/conservazione}: documents required (PDF); space 512 MB unless given. */
    static Optional<PecApiError> conserve(PecBox box, JsonNode body, Instant now, PecWallet wallet) {
        Optional<PecApiError> refusal = activeLegalmail(box, 292, 291, "activate the 'conservazione' service");
        if (refusal.isPresent()) {
            return refusal;
        }
        if (box.conservation()) {
            return Optional.of(PecApiError.notAcceptable(293, "conservazione service is already active"));
        }
        PecDocuments.Read read = PecDocuments.read(body);
        if (read instanceof PecDocuments.Read.Missing) {
            return Optional.of(PecApiError.required(294, "documenti"));
        }
        if (!(read instanceof PecDocuments.Read.Documents docs) || !docs.allPdf()) {
            return Optional.of(PecApiError.notAcceptable(296, "wrong file format, pdf required"));
        }
        String given = Json.text(body, "spazio_conservazione");
        PecApiOutcome<Long> space = SpaceRequest.resolve("spazio_conservazione", given == null ? "512" : given, 0, 512);
        if (space instanceof PecApiOutcome.Refused<Long> r) {
            return Optional.of(r.error());
        }
        long mb = ((PecApiOutcome.Done<Long>) space).value();
        List<String> names = box.documentNames(docs.documents().size(), "conservazione");
        return paid(wallet, PecApiCall.BOX_CONSERVE, () -> box.startConservation(mb, names), box, now);
    }

    /** {@code PATCH /pec/{id}/trasformazione}: only up the ladder STANDARD, BRONZE, SILVER, GOLD. */
    static Optional<PecApiError> transform(PecBox box, JsonNode body, Instant now, PecWallet wallet) {
        String wanted = Json.text(body, "tipo_casella");
        if (wanted == null) {
            return Optional.of(PecApiError.required(270, "tipo_casella"));
        }
        Optional<PecApiError> refusal = activeLegalmail(box, 273, 272, "trasform your certified mail");
        if (refusal.isPresent()) {
            return refusal;
        }
        PecBoxType target = PecBoxType.parse(wanted).filter(PecBoxType::legalmail).orElse(null);
        if (target == null) {
            return Optional.of(PecApiError.invalid(271, "tipo_casella"));
        }
        List<PecBoxType> upgrades = box.type().upgrades();
        if (!upgrades.contains(target)) {
            return Optional.of(PecApiError.notAcceptable(276, "a downgrade of the 'tipo_casella' is not allowed; "
                    + (upgrades.isEmpty() ? box.type() + " is the highest type" : "only " + orList(upgrades) + " allowed")));
        }
        return paid(wallet, PecApiCall.BOX_TRANSFORM, () -> box.upgradeTo(target), box, now);
    }

    /** {@code POST /pec/{id}/multiutenza}: at most {@value #MAX_USERS} users. */
    static Optional<PecApiError> addUser(PecBox box, JsonNode body, Instant now, PecWallet wallet, Supplier<String> userids) {
        if (!box.type().legalmail()) {
            return Optional.of(PecApiError.preconditionRequired(390, PecApiError.NO_SERVICES_ON_THESE_BOXES));
        }
        if (box.state() != PecBoxState.EVASA) {
            return Optional.of(PecApiError.preconditionRequired(219, "you can add users only to an active pec"));
        }
        String[] fields = {"nome", "cognome", "descrizione", "email_gestione_password"};
        int[] codes = {214, 215, 216, 218};
        for (int i = 0; i < fields.length; i++) {
            if (Json.text(body, fields[i]) == null) {
                return Optional.of(PecApiError.required(codes[i], fields[i]));
            }
        }
        if (Addresses.address(Json.text(body, "email_gestione_password")).isEmpty()) {
            return Optional.of(PecApiError.invalid(211, "email_gestione_password"));
        }
        if (box.users().size() >= MAX_USERS) {
            return Optional.of(PecApiError.notAcceptable(217, "maximum number of users reached: " + MAX_USERS));
        }
        PecBox.User user = new PecBox.User(Json.text(body, "nome"), Json.text(body, "cognome"), Json.text(body, "descrizione"),
                Json.text(body, "email_gestione_password"), box.id() + "_" + box.users().size(), now, userids.get());
        return paid(wallet, PecApiCall.BOX_ADD_USER, () -> box.addUser(user), box, now);
    }

    private static Optional<PecApiError> activeLegalmail(PecBox box, int typeCode, int stateCode, String what) {
        if (!box.type().legalmail()) {
            return Optional.of(PecApiError.preconditionRequired(typeCode, PecApiError.NO_SERVICES_ON_THESE_BOXES));
        }
        if (box.state() != PecBoxState.EVASA) {
            return Optional.of(PecApiError.preconditionRequired(stateCode, "you can " + what + " only if it has been processed"));
        }
        return Optional.empty();
    }

    private static Optional<PecApiError> paid(PecWallet wallet, PecApiCall call, Runnable change, PecBox box, Instant now) {
        Optional<PecApiError> unpaid = wallet.pay(call);
        if (unpaid.isEmpty()) {
            change.run();
            box.touch(now);
        }
        return unpaid;
    }

    private static String orList(List<PecBoxType> types) {
        List<String> names = types.stream().map(Enum::name).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
