package io.pecflow.sandbox;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of {@code POST /pec} ({@code BodyPostPec}), checked: required fields (428), enumerations and
 * dates (406), then the domain the box type allows (404). The document shows the codes of
 * {@code tipo_casella required} (224), of a bad {@code data_nascita_richiedente} (242) and of a domain
 * that is not the provider's (326); the other codes are guesses numbered around them.
 *
 * @param address    {@code casella_pec}, lower case
 * @param type       {@code tipo_casella}
 * @param fields     every text field given, in the order {@code Casella} writes them, normalised the way
 *                   the document's example answer shows (type and country codes upper case)
 * @param callback   the {@code callback} object, or null
 * @param autoRenew  {@code autorinnovo}
 */
record PecRegistration(String address, PecBoxType type, Map<String, String> fields, ObjectNode callback, boolean autoRenew) {

    /** The text fields of a {@code Casella} that come from the registration, in their order. */
    static final List<String> HOLDER_FIELDS = List.of("casella_pec", "tipo_casella", "tipo_cliente", "sottotipo_cliente",
            "sottotipo_cliente_altro", "nome_richiedente", "cognome_richiedente", "email", "telefono",
            "codice_fiscale_richiedente", "data_nascita_richiedente", "sesso_richiedente", "nazione_nascita_richiedente",
            "provincia_nascita_richiedente", "denominazione_titolare", "cf_piva_titolare", "indirizzo_titolare",
            "comune_titolare", "cap_titolare", "nazione_titolare", "provincia_titolare");
    /** Optional text fields a {@code Casella} writes further on, empty when not given. */
    static final List<String> CONTACT_FIELDS = List.of("cellulare", "comune_nascita_richiedente");
    /** The identity document's fields, written last and only when given. */
    static final List<String> DOCUMENT_FIELDS = List.of("tipo_documento", "numero_documento", "data_scadenza_documento",
            "documento_rilasciato_da", "data_rilascio_documento");

    private static final List<String> REQUIRED = List.of("casella_pec", "tipo_casella", "tipo_cliente", "nome_richiedente",
            "cognome_richiedente", "email", "telefono", "codice_fiscale_richiedente", "data_nascita_richiedente",
            "sesso_richiedente", "nazione_nascita_richiedente", "indirizzo_titolare", "comune_titolare", "cap_titolare",
            "nazione_titolare", "provincia_titolare");
    private static final Set<String> UPPER_CASE = Set.of("tipo_casella", "nazione_nascita_richiedente", "nazione_titolare");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Copies the map. */
    PecRegistration {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    static PecApiOutcome<PecRegistration> parse(JsonNode body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : Stream.of(HOLDER_FIELDS, CONTACT_FIELDS, DOCUMENT_FIELDS).flatMap(List::stream).toList()) {
            String value = Json.text(body, name);
            if (value != null) {
                fields.put(name, UPPER_CASE.contains(name) ? value.toUpperCase(Locale.ROOT) : value);
            }
        }
        for (int i = 0; i < REQUIRED.size(); i++) {
            if (!fields.containsKey(REQUIRED.get(i))) {
                return PecApiOutcome.refused(PecApiError.required(223 + i, REQUIRED.get(i))); // 224 for tipo_casella
            }
        }
        String address = Addresses.address(fields.get("casella_pec")).orElse(null);
        if (address == null) {
            return PecApiOutcome.refused(PecApiError.notAcceptable(239, "invalid casella_pec"));
        }
        fields.put("casella_pec", address);
        PecApiError invalid = firstInvalid(fields);
        if (invalid != null) {
            return PecApiOutcome.refused(invalid);
        }
        PecBoxType type = PecBoxType.parse(fields.get("tipo_casella")).orElseThrow();
        String domain = Addresses.domainOf(address);
        if (!type.domains().contains(domain)) {
            return PecApiOutcome.refused(PecApiError.notFound(326,
                    "the domain " + domain + " is non-existent in the system or belongs to someone else"));
        }
        JsonNode autoRenew = body.get("autorinnovo");
        return PecApiOutcome.done(new PecRegistration(address, type, fields, Json.objectOrNull(body, "callback"),
                autoRenew != null && autoRenew.asBoolean(false)));
    }

    /** Enumerations and dates, in the order of the schema; null if all are fine. */
    private static PecApiError firstInvalid(Map<String, String> f) {
        if (PecBoxType.parse(f.get("tipo_casella")).isEmpty()) {
            return PecApiError.invalid(240, "tipo_casella");
        }
        if (!Set.of("IM", "PS", "PL", "PC", "A", "PV", "X").contains(f.get("tipo_cliente").toUpperCase(Locale.ROOT))) {
            return PecApiError.invalid(241, "tipo_cliente");
        }
        if (Addresses.address(f.get("email")).isEmpty()) {
            return PecApiError.invalid(248, "email");
        }
        for (String date : List.of("data_nascita_richiedente", "data_scadenza_documento", "data_rilascio_documento")) {
            if (f.containsKey(date) && !isDay(f.get(date))) {
                int code = date.equals("data_nascita_richiedente") ? 242 : date.equals("data_scadenza_documento") ? 246 : 247;
                return PecApiError.notAcceptable(code, date + " not valid, accepted format: dd/mm/yyyy");
            }
        }
        if (!Set.of("M", "F").contains(f.get("sesso_richiedente").toUpperCase(Locale.ROOT))) {
            return PecApiError.invalid(243, "sesso_richiedente");
        }
        if (f.containsKey("tipo_documento") && !Set.of("CARTA_D_IDENTITA", "PATENTE", "PASSAPORTO")
                .contains(f.get("tipo_documento").toUpperCase(Locale.ROOT))) {
            return PecApiError.invalid(245, "tipo_documento");
        }
        return null;
    }

    static boolean isDay(String text) {
        try {
            LocalDate.parse(text, DAY);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
