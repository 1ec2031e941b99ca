package io.pecflow.sandbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of {@code POST /comunica_pec} ({@code BodyPostComunicaPec}), checked: required fields (428),
 * then values (406). The address to communicate must be a PEC address: its domain must be certified.
 * The document shows the codes of {@code cf_piva required} (344) and {@code invalid casella_pec} (336);
 * the others are guesses numbered around them.
 *
 * @param fields            the text fields in the schema's order, as given
 * @param callback          the {@code callback} object, or null
 * @param adminPec          {@code pec_amministratore}: the director's PEC rather than the company's
 */
record ComunicaApplication(Map<String, String> fields, ObjectNode callback, boolean adminPec) {

    static final List<String> REQUIRED = List.of("casella_pec", "cf", "nome", "cognome", "qualifica", "email", "cellulare",
            "ragione_sociale", "cf_piva", "comune", "provincia");
    static final Set<String> QUALIFICHE = Set.of("AMMINISTRATORE", "COMMISSARIO_GIUDIZIARIO", "CURATORE_FALLIMENTARE",
            "LEGALE_RAPPRESENTANTE", "LIQUIDATORE", "SOCIO", "TITOLARE");

    /** Copies the map. */
    ComunicaApplication {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    String address() {
        return fields.get("casella_pec");
    }

    /**
     * @param body      the request body
     * @param certified whether a domain is certified
     */
    static PecApiOutcome<ComunicaApplication> parse(JsonNode body, Predicate<String> certified) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < REQUIRED.size(); i++) {
            String value = Json.text(body, REQUIRED.get(i));
            if (value == null) {
                return PecApiOutcome.refused(PecApiError.required(i < 1 ? 335 : 336 + i, REQUIRED.get(i))); // 344: cf_piva
            }
            fields.put(REQUIRED.get(i), value);
        }
        String address = Addresses.address(fields.get("casella_pec")).filter(a -> certified.test(Addresses.domainOf(a))).orElse(null);
        if (address == null) {
            return PecApiOutcome.refused(PecApiError.notAcceptable(336, "invalid casella_pec"));
        }
        fields.put("casella_pec", address);
        if (!QUALIFICHE.contains(fields.get("qualifica").toUpperCase(Locale.ROOT))) {
            return PecApiOutcome.refused(PecApiError.invalid(347, "qualifica"));
        }
        if (Addresses.taxCode(fields.get("cf")).isEmpty()) {
            return PecApiOutcome.refused(PecApiError.invalid(348, "cf"));
        }
        if (Addresses.taxCode(fields.get("cf_piva")).isEmpty()) {
            return PecApiOutcome.refused(PecApiError.invalid(349, "cf_piva"));
        }
        if (Addresses.address(fields.get("email")).isEmpty()) {
            return PecApiOutcome.refused(PecApiError.invalid(350, "email"));
        }
        JsonNode admin = body.get("pec_amministratore");
        return PecApiOutcome.done(new ComunicaApplication(fields, Json.objectOrNull(body, "callback"),
                admin != null && admin.asBoolean(false)));
    }
}
