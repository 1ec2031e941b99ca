package io.pecflow.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The PEC API's JSON: the envelope {@code {data, success, message, error}} ({@code error} an integer of
 * the API's own), a mailbox as {@code Casella} or {@code Caselle}, and a Comunica PEC request. Fields are
 * written in the order of the document's examples.
 */
final class PecApiJson {

    private PecApiJson() {
    }

    /** {@code 200 {"data":data,"success":true,"message":message,"error":null}} */
    static Reply.Answer ok(JsonNode data, String message) {
        ObjectNode root = Json.object();
        root.set("data", data);
        root.put("success", true).put("message", message).putNull("error");
        return Reply.json(200, root);
    }

    /** {@code {"success":false,"message":..,"error":code,"data":null}} with the error's HTTP status */
    static Reply.Answer error(PecApiError error) {
        ObjectNode root = Json.envelope(false, error.message()).put("error", error.code());
        root.putNull("data");
        return Reply.json(error.status(), root);
    }

    /** A refusal of {@code call}: plain text for a form, as the document lists them, the envelope otherwise. */
    static Reply.Answer refusal(PecApiCall call, PecApiError error) {
        return call.form() ? Reply.text(error.status(), error.message()) : error(error);
    }

    /** A list call: its items in short, or its 404 while there are none. */
    static <T> Reply.Answer list(PecApiCall call, List<T> items, BiFunction<T, String, ObjectNode> summary) {
        if (items.isEmpty()) {
            return error(call.notFound());
        }
        ArrayNode data = Json.MAPPER.createArrayNode();
        items.forEach(item -> data.add(summary.apply(item, PecAccount.OWNER)));
        return ok(data, "");
    }

    /** {@code Caselle}: one line of {@code GET /pec}. */
    static ObjectNode summary(PecBox box, String owner) {
        ObjectNode node = Json.object().put("id", box.id()).put("casella_pec", box.address())
                .put("tipo_casella", box.type().name()).put("stato", box.state().wire())
                .put("data_scadenza", expiryDay(box));
        node.set("timestamp", stamps(box.stamps()));
        return node.put("owner", owner);
    }

    /** {@code Casella}: a whole mailbox. */
    static ObjectNode box(PecBox box, String owner) {
        ObjectNode node = Json.object();
        Map<String, String> fields = box.registration().fields();
        for (String name : PecRegistration.HOLDER_FIELDS) {
            node.put(name, fields.getOrDefault(name, ""));
        }
        node.put("tipo_casella", box.type().name());
        if (box.registration().callback() != null) {
            ObjectNode callback = box.registration().callback().deepCopy();
            if (!callback.has("method")) {
                callback.put("method", "POST");
            }
            if (!callback.has("data")) {
                callback.putObject("data");
            }
            node.set("callback", callback);
        }
        node.put("dominio", Addresses.domainOf(box.address())).put("owner", owner);
        node.set("timestamp", stamps(box.stamps()));
        PecRegistration.CONTACT_FIELDS.forEach(name -> node.put(name, fields.getOrDefault(name, "")));
        node.put("cod_attivazione", box.activationCode()).put("uid", box.uid())
                .put("conservazione", box.conservation()).put("data_scadenza", expiryDay(box))
                .put("descrizione", box.address()).put("sms", box.sms())
                .put("spazio_conservazione", box.conservationMb()).put("spazio_disco", box.diskMb())
                .put("spazio_storico", box.archiveMb()).put("stato", box.state().wire()).put("storico", box.archiveMb() > 0);
        strings(node, "documenti_attivazione", box.activationDocuments());
        Instant activated = box.stamps().get(PecBox.Stamp.EVASIONE);
        if (activated != null) {
            node.put("data_attivazione", RomeTime.day(activated));
        }
        strings(node, "documenti_conservazione", box.conservationDocuments());
        if (!box.users().isEmpty()) {
            ArrayNode users = node.putArray("multiutenza");
            box.users().forEach(u -> {
                ObjectNode user = users.addObject().put("nome", u.nome()).put("cognome", u.cognome())
                        .put("descrizione", u.descrizione()).put("email_gestione_password", u.email())
                        .put("id_utenza", u.idUtenza());
                user.putObject("timestamp").put("attivazione", u.activated().getEpochSecond());
                user.put("userid", u.userid());
            });
        }
        node.put("id", box.id()).put("autorinnovo", box.registration().autoRenew());
        for (String name : PecRegistration.DOCUMENT_FIELDS) {
            if (fields.containsKey(name)) {
                node.put(name, fields.get(name));
            }
        }
        return node;
    }

    /** {@code RichiesteComunicazionePec}: one line of {@code GET /comunica_pec}. */
    static ObjectNode summary(ComunicaRequest request, String owner) {
        return Json.object().put("id", request.id()).put("casella_pec", request.application().address())
                .put("stato", request.state().wire()).put("timestamp", request.changed().getEpochSecond())
                .put("owner", owner);
    }

    /** {@code RichiestaComunicazionePec}; {@code callback} is {@code false} when none was given, as in the examples. */
    static ObjectNode request(ComunicaRequest request, String owner) {
        ObjectNode node = Json.object();
        request.application().fields().forEach(node::put);
        if (request.application().callback() == null) {
            node.put("callback", false);
        } else {
            node.set("callback", request.application().callback());
        }
        node.put("stato", request.state().wire()).put("codice_registro_imprese", "openapi");
        ArrayNode documents = node.putArray("documenti_registro_imprese");
        request.documents().forEach(documents::add);
        return node.put("owner", owner).put("timestamp", request.changed().getEpochSecond()).put("id", request.id());
    }

    private static String expiryDay(PecBox box) {
        Instant expiry = box.stamps().get(PecBox.Stamp.SCADENZA);
        return expiry == null ? "" : RomeTime.day(expiry);
    }

    private static ObjectNode stamps(Map<PecBox.Stamp, Instant> stamps) {
        ObjectNode node = Json.object();
        stamps.forEach((stamp, at) -> node.put(stamp.name().toLowerCase(java.util.Locale.ROOT), at.getEpochSecond()));
        return node;
    }

    private static void strings(ObjectNode node, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        }
    }
}
