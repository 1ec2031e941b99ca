package io.pecflow.adapter.pec;

import static io.pecflow.adapter.pec.PecJson.DATE;
import static io.pecflow.adapter.pec.PecJson.MAPPER;
import static io.pecflow.adapter.pec.PecJson.date;
import static io.pecflow.adapter.pec.PecJson.flag;
import static io.pecflow.adapter.pec.PecJson.instant;
import static io.pecflow.adapter.pec.PecJson.integer;
import static io.pecflow.adapter.pec.PecJson.items;
import static io.pecflow.adapter.pec.PecJson.object;
import static io.pecflow.adapter.pec.PecJson.requiredText;
import static io.pecflow.adapter.pec.PecJson.text;
import static io.pecflow.adapter.pec.PecJson.texts;

import io.pecflow.adapter.Secret;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mailbox calls' JSON, every field name as the OpenAPI document spells it: {@code Casella},
 * {@code Caselle} and the bodies of {@code POST /pec}, {@code modifica}, {@code trasformazione},
 * {@code conservazione} and {@code multiutenza}. Stateless.
 */
final class MailboxJson {

    private MailboxJson() {
    }

    /** {@code Casella}. */
    static Mailbox mailbox(JsonNode data) {
        object(data, "the mailbox");
        String code = text(data, "cod_attivazione");
        return new Mailbox(MailboxId.of(requiredText(data, "id")), requiredText(data, "casella_pec"),
                MailboxType.fromWire(text(data, "tipo_casella")), MailboxState.fromWire(text(data, "stato")),
                text(data, "dominio"), text(data, "owner"), text(data, "descrizione"),
                date(data, "data_attivazione"), date(data, "data_scadenza"), timestamps(data.path("timestamp")),
                new Mailbox.Space(integer(data, "spazio_disco"), integer(data, "spazio_storico"),
                        integer(data, "spazio_conservazione")),
                flag(data, "conservazione"), flag(data, "storico"), flag(data, "sms"), flag(data, "autorinnovo"),
                texts(data, "documenti_attivazione"), texts(data, "documenti_conservazione"),
                items(data, "multiutenza", MailboxJson::user), text(data, "uid"),
                code.isBlank() ? Optional.empty() : Optional.of(Secret.of(code)));
    }

    /** {@code Caselle}: the items of {@code GET /pec}. */
    static List<MailboxSummary> summaries(JsonNode data) {
        return PecJson.list(data, "the list of mailboxes", item -> {
            object(item, "a mailbox of the list");
            return new MailboxSummary(MailboxId.of(requiredText(item, "id")), requiredText(item, "casella_pec"),
                    MailboxType.fromWire(text(item, "tipo_casella")), MailboxState.fromWire(text(item, "stato")),
                    date(item, "data_scadenza"), timestamps(item.path("timestamp")), text(item, "owner"));
        });
    }

    private static MailboxTimestamps timestamps(JsonNode node) {
        if (!node.isObject()) {
            return MailboxTimestamps.none();
        }
        return new MailboxTimestamps(instant(node, "registrazione"), instant(node, "ultima_modifica"),
                instant(node, "evasione"), instant(node, "scadenza"), instant(node, "revoca"));
    }

    private static MailboxUser user(JsonNode item) {
        object(item, "a user of 'multiutenza'");
        return new MailboxUser(text(item, "userid"), text(item, "id_utenza"), text(item, "nome"),
                text(item, "cognome"), text(item, "descrizione"), text(item, "email_gestione_password"),
                instant(item.path("timestamp"), "attivazione"));
    }

    /** {@code BodyPostPec}; optional texts that are "" are left out. */
    static byte[] registration(MailboxRegistration registration) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("casella_pec", registration.address());
        root.put("tipo_casella", registration.type().name());
        root.put("tipo_cliente", registration.customerType().wireCode());
        putIfAny(root, "sottotipo_cliente", registration.customerSubtype());
        putIfAny(root, "sottotipo_cliente_altro", registration.customerSubtypeOther());
        applicant(root, registration.applicant());
        holder(root, registration.holder());
        registration.identityDocument().ifPresent(document -> {
            root.put("tipo_documento", document.kind().name());
            root.put("numero_documento", document.number());
            root.put("data_scadenza_documento", DATE.format(document.expiry()));
            root.put("documento_rilasciato_da", document.issuedBy());
            root.put("data_rilascio_documento", DATE.format(document.issuedOn()));
        });
        registration.callback().ifPresent(callback -> PecJson.putCallback(root, callback));
        if (registration.autoRenew()) {
            root.put("autorinnovo", true);
        }
        return MAPPER.writeValueAsBytes(root);
    }

    private static void applicant(ObjectNode root, MailboxRegistration.Applicant applicant) {
        root.put("nome_richiedente", applicant.firstName());
        root.put("cognome_richiedente", applicant.lastName());
        root.put("email", applicant.email());
        root.put("telefono", applicant.phone());
        putIfAny(root, "cellulare", applicant.mobile());
        root.put("codice_fiscale_richiedente", applicant.taxCode());
        root.put("data_nascita_richiedente", DATE.format(applicant.birthDate()));
        root.put("sesso_richiedente", applicant.sex().name());
        root.put("nazione_nascita_richiedente", applicant.birthCountry());
        putIfAny(root, "comune_nascita_richiedente", applicant.birthMunicipality());
        putIfAny(root, "provincia_nascita_richiedente", applicant.birthProvince());
    }

    private static void holder(ObjectNode root, MailboxRegistration.Holder holder) {
        putIfAny(root, "denominazione_titolare", holder.name());
        putIfAny(root, "cf_piva_titolare", holder.taxCodeOrVat());
        root.put("indirizzo_titolare", holder.street());
        root.put("comune_titolare", holder.municipality());
        root.put("cap_titolare", holder.postalCode());
        root.put("nazione_titolare", holder.country());
        root.put("provincia_titolare", holder.province());
    }

    /** {@code modifica}: a size as a number, an increase as {@code "+N"}. */
    static byte[] spaceChange(SpaceChange change) {
        ObjectNode root = MAPPER.createObjectNode();
        change.disk().ifPresent(amount -> putAmount(root, "spazio_disco", amount));
        change.archive().ifPresent(amount -> putAmount(root, "spazio_storico", amount));
        change.conservation().ifPresent(amount -> putAmount(root, "spazio_conservazione", amount));
        return MAPPER.writeValueAsBytes(root);
    }

    private static void putAmount(ObjectNode root, String field, SpaceChange.Amount amount) {
        if (amount.added()) {
            root.put(field, "+" + amount.megabytes());
        } else {
            root.put(field, amount.megabytes());
        }
    }

    /** {@code trasformazione}. */
    static byte[] type(MailboxType type) {
        return MAPPER.writeValueAsBytes(MAPPER.createObjectNode().put("tipo_casella", type.name()));
    }

    /** {@code conservazione}: the space and the documents. */
    static byte[] conservation(int spaceMegabytes, List<Document> documents) {
        ObjectNode root = MAPPER.createObjectNode().put("spazio_conservazione", spaceMegabytes);
        PecJson.putDocuments(root, documents);
        return MAPPER.writeValueAsBytes(root);
    }

    /** {@code BodyPostMultiutenza}. */
    static byte[] user(NewMailboxUser user) {
        return MAPPER.writeValueAsBytes(MAPPER.createObjectNode().put("nome", user.firstName())
                .put("cognome", user.lastName()).put("descrizione", user.description())
                .put("email_gestione_password", user.passwordEmail()));
    }

    private static void putIfAny(ObjectNode root, String field, String value) {
        if (!value.isBlank()) {
            root.put(field, value);
        }
    }
}
