package io.pecflow.adapter.pec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The PEC API's operations and the answers its OpenAPI document gives as examples, as the wire
 * carries them. The success answers keep only the fields the client reads (the mailbox of
 * {@code GET /pec/{id}} all of them, the others what tells them apart); the document's long
 * base64 documents are cut to a short PDF head.
 */
final class PecApiExamples {

    /** One operation: {@code GET /pec/{id}}. */
    record Operation(String method, String path) {

        /** @param operation the method and the path, as in {@code "GET /pec/{id}"} */
        static Operation of(String operation) {
            String[] parts = operation.split(" ", 2);
            return new Operation(parts[0], parts[1]);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One documented answer: its status, its media type and its body. */
    record Answer(Operation operation, int status, String mediaType, String body) {

        /** @return the error number of an answer in the JSON envelope, empty for a plain-text one */
        OptionalInt errorCode() {
            return mediaType.equals(JSON_TYPE)
                    ? OptionalInt.of(JSON.readTree(body).path("error").asInt()) : OptionalInt.empty();
        }

        /** @return the envelope's {@code message}, or the whole of a plain-text body */
        String message() {
            return mediaType.equals(JSON_TYPE) ? JSON.readTree(body).path("message").asString() : body;
        }

        @Override
        public String toString() {
            return operation + " -> " + status;
        }
    }

    static final String JSON_TYPE = "application/json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Every operation of the document. */
    static final List<Operation> OPERATIONS = List.of(
            "GET /domini_pec/{dominio}", "GET /verifica_pec/{pec}",
            "GET /pec", "POST /pec", "GET /pec/{id}", "DELETE /pec/{id}",
            "PATCH /pec/{id}/attivazione", "PATCH /pec/{id}/modifica", "PATCH /pec/{id}/conservazione",
            "PATCH /pec/{id}/trasformazione", "GET /pec/{id}/rinnovo", "POST /pec/{id}/multiutenza",
            "GET /comunica_pec", "POST /comunica_pec", "GET /comunica_pec/{id}", "PATCH /comunica_pec/{id}",
            "GET /pec/{id}/modulo_attivazione", "GET /pec/{id}/modulo_conservazione",
            "GET /comunica_pec/{id}/procura_registro_imprese").stream().map(Operation::of).toList();

    /** The operations whose success is a PDF, not the JSON envelope; the document gives no example of it. */
    static final List<Operation> DOWNLOADS = List.of("GET /pec/{id}/modulo_attivazione",
            "GET /pec/{id}/modulo_conservazione", "GET /comunica_pec/{id}/procura_registro_imprese")
            .stream().map(Operation::of).toList();

    // ---- requests ----

    /**
     * {@code POST /pec} as the client writes the document's example: the example writes the type
     * {@code bronze} and gives the optional fields it leaves empty as {@code ""}.
     */
    static final String REGISTRATION_REQUEST = """
            {"casella_pec":"yourpec@testcert.legalmail.it","tipo_casella":"BRONZE","tipo_cliente":"PV",
             "nome_richiedente":"mario","cognome_richiedente":"rossi","email":"mail@domain.com",
             "telefono":"0548798569","codice_fiscale_richiedente":"RSSXXXXXXXX56E",
             "data_nascita_richiedente":"11/04/1982","sesso_richiedente":"M","nazione_nascita_richiedente":"it",
             "provincia_nascita_richiedente":"RM","indirizzo_titolare":"via verdi 20","comune_titolare":"roma",
             "cap_titolare":"00042","nazione_titolare":"it","provincia_titolare":"rm",
             "callback":{"url":"https://your_domain.it/your_callback.php","field":"data"}}""";

    static final String TYPE_REQUEST = """
            {"tipo_casella":"GOLD"}""";

    static final String USER_REQUEST = """
            {"nome":"luca","cognome":"bianchi","descrizione":"prima utenza",
             "email_gestione_password":"mail@domain.com"}""";

    static final String COMMUNICATION_REQUEST = """
            {"casella_pec":"mypec@pec.com","cf":"RSSMRA80A01L117D","nome":"mario","cognome":"rossi",
             "qualifica":"LEGALE_RAPPRESENTANTE","email":"mail@domain.com","cellulare":"34xxxxxx18",
             "ragione_sociale":"azienda test","cf_piva":"12345678910","comune":"roma",
             "pec_amministratore":false,"provincia":"RM"}""";

    /** The head of the PDF the document's examples send as {@code documenti}, as base64. */
    static final String PDF_BASE64 = "JVBERi0xLjUKJeLjz9MKNyAwIG9iago8PAovVHlwZSAvRm9udERlc2NyaXB0b3IK";

    // ---- success answers ({@code data} of the envelope) ----

    /** {@code GET /pec/{id}} and {@code DELETE /pec/{id}}: a revoked mailbox with all that the client reads. */
    static final String MAILBOX = """
            {"id":"6040e4613a716838dc4eee0e","casella_pec":"yourpec@testcert.legalmail.it",
             "tipo_casella":"BRONZE","stato":"revocata","dominio":"testcert.legalmail.it",
             "owner":"mail@domain.com","descrizione":"yourpec@testcert.legalmail.it",
             "data_attivazione":"04/03/2021","data_scadenza":"04/03/2022",
             "timestamp":{"registrazione":1614865504,"ultima_modifica":1614868403,"evasione":1614868312,
              "scadenza":1646391493,"revoca":1614868400},
             "spazio_disco":3072,"spazio_storico":3072,"spazio_conservazione":512,
             "conservazione":true,"storico":true,"sms":true,"autorinnovo":false,
             "documenti_attivazione":["6040e4613a716838dc4eee0e_0_attivazione.pdf",
              "6040e4613a716838dc4eee0e_1_attivazione.pdf"],
             "documenti_conservazione":["6040e4613a716838dc4eee0e_0_conservazione.pdf",
              "6040e4613a716838dc4eee0e_1_conservazione.pdf"],
             "multiutenza":[{"nome":"luca","cognome":"bianchi","descrizione":"prima utenza",
              "email_gestione_password":"mail@domain.com","id_utenza":"6040e4613a716838dc4eee0e_0",
              "timestamp":{"attivazione":1614868138},"userid":"MA177993"}],
             "uid":"MA177987","cod_attivazione":"10173956"}""";

    /** {@code GET /pec/{id}/rinnovo} and {@code POST /pec/{id}/multiutenza}: the same mailbox, active. */
    private static final String ACTIVE_MAILBOX = """
            {"id":"6040e4613a716838dc4eee0e","casella_pec":"yourpec@testcert.legalmail.it",
             "tipo_casella":"BRONZE","stato":"evasa","data_attivazione":"04/03/2021","data_scadenza":"04/03/2022",
             "timestamp":{"registrazione":1614865504,"ultima_modifica":1614868403,"evasione":1614868312,
              "scadenza":1646391493},
             "spazio_disco":3072,"spazio_storico":3072,"spazio_conservazione":512,"conservazione":true,
             "multiutenza":[{"nome":"luca","cognome":"bianchi","descrizione":"prima utenza",
              "email_gestione_password":"mail@domain.com","id_utenza":"6040e4613a716838dc4eee0e_0",
              "timestamp":{"attivazione":1614868138},"userid":"MA177993"}]}""";

    private static final String REGISTERED_MAILBOX = """
            {"id":"6045fdee3a716847a978a471","casella_pec":"yourpec@testcert.legalmail.it",
             "tipo_casella":"BRONZE","stato":"registrata","data_scadenza":"",
             "timestamp":{"registrazione":1615199724,"ultima_modifica":1615199726},
             "spazio_disco":0,"spazio_storico":0,"spazio_conservazione":0,"conservazione":false,
             "cod_attivazione":"10174594","uid":"MA178634"}""";

    private static final String ACTIVATING_MAILBOX = """
            {"id":"6045fdee3a716847a978a471","casella_pec":"yourpec@testcert.legalmail.it",
             "tipo_casella":"BRONZE","stato":"in_evasione","data_scadenza":"",
             "timestamp":{"registrazione":1615199724,"ultima_modifica":1615200175},
             "documenti_attivazione":["6045fdee3a716847a978a471_0_attivazione.pdf",
              "6045fdee3a716847a978a471_1_attivazione.pdf"]}""";

    /** The answers of {@code modifica}, {@code conservazione} and {@code trasformazione} differ in these only. */
    private static String goldMailbox(boolean conservation, int disk, int archive, int conservationSpace) {
        return """
                {"id":"6045fdee3a716847a978a471","casella_pec":"yourpec@testcert.legalmail.it",
                 "tipo_casella":"GOLD","stato":"evasa","data_attivazione":"20/04/2021","data_scadenza":"20/04/2022",
                 "timestamp":{"registrazione":1615199724,"evasione":1615199724,"scadenza":1646391493,
                  "ultima_modifica":1615200175},
                 "conservazione":%s,"spazio_disco":%d,"spazio_storico":%d,"spazio_conservazione":%d}"""
                .formatted(conservation, disk, archive, conservationSpace);
    }

    private static final String MAILBOXES = """
            [{"id":"6040e4613a716838dc4eee0e","casella_pec":"mypec@testcert.legalmail.it","tipo_casella":"BRONZE",
              "stato":"revocata","data_scadenza":"04/03/2022",
              "timestamp":{"registrazione":1614865504,"ultima_modifica":1614868403,"evasione":1614868312,
               "scadenza":1646391493,"revoca":1614868400},"owner":"mail@domain.com"},
             {"id":"6040c9df3a716838dc4eede4","casella_pec":"yourpec@testcert.legalmail.it",
              "tipo_casella":"STANDARD","stato":"evasa","data_scadenza":"04/03/2022",
              "timestamp":{"registrazione":1614858718,"ultima_modifica":1614859181,"evasione":1614859181,
               "scadenza":1646391493},"owner":"mail@domain.com"}]""";

    private static final String COMMUNICATIONS = """
            [{"id":"60ad149c3a7168084f1d2b68","casella_pec":"mypec@pec.com","stato":"comunicazione_evasa",
              "timestamp":1622127248,"owner":"mail@domain.com"},
             {"id":"60ad0f2a3a716801f42a9773","casella_pec":"yourpec@pec.it","stato":"comunicazione_evasa",
              "timestamp":1622126850,"owner":"mail@domain.com"}]""";

    /** The requester's part, the same in every answer of Comunica PEC. */
    private static final String REQUESTER = """
            "casella_pec":"mypec@pec.com","cf":"RSSMRA80A01L117D","nome":"mario","cognome":"rossi",
             "qualifica":"LEGALE_RAPPRESENTANTE","email":"mail@domain.com","ragione_sociale":"azienda test",
             "cf_piva":"12345678910","comune":"roma","provincia":"RM","codice_registro_imprese":"openapi",
             "owner":"mail@domain.com\"""";

    private static final String NEW_COMMUNICATION = "{" + REQUESTER + """
            ,"cellulare":"34xxxxxx18","stato":"codice_in_richiesta","documenti_registro_imprese":[],
             "timestamp":1621955739,"id":"60ad149c3a7168084f1d2b68"}""";

    private static final String COMPLETED_COMMUNICATION = "{" + REQUESTER + """
            ,"cellulare":"349xxxxx18","stato":"comunicazione_evasa",
             "documenti_registro_imprese":["60ad149c3a7168084f1d2b68_0_registro_imprese.p7m"],
             "timestamp":1622127248,"id":"60ad149c3a7168084f1d2b68"}""";

    private static final String UPLOADED_COMMUNICATION = "{" + REQUESTER + """
            ,"cellulare":"34xxxxx018","stato":"documenti_caricati",
             "documenti_registro_imprese":["60dc8da86c8b04624536bbb2_0_registro_imprese.p7m"],
             "timestamp":1625067055,"id":"60dc8da86c8b04624536bbb2"}""";

    private static final Map<Operation, String> SUCCESSES = successes(
            "GET /domini_pec/{dominio}", envelope("[]", "legalmail.it found!"),
            "GET /verifica_pec/{pec}", ok("{\"available\":true}"),
            "GET /pec", ok(MAILBOXES),
            "POST /pec", ok(REGISTERED_MAILBOX),
            "GET /pec/{id}", ok(MAILBOX),
            "DELETE /pec/{id}", ok(MAILBOX),
            "PATCH /pec/{id}/attivazione", ok(ACTIVATING_MAILBOX),
            "PATCH /pec/{id}/modifica", ok(goldMailbox(true, 3072, 14336, 1536)),
            "PATCH /pec/{id}/conservazione", ok(goldMailbox(true, 2048, 13312, 1024)),
            "PATCH /pec/{id}/trasformazione", ok(goldMailbox(false, 2048, 13312, 0)),
            "GET /pec/{id}/rinnovo", ok(ACTIVE_MAILBOX),
            "POST /pec/{id}/multiutenza", ok(ACTIVE_MAILBOX),
            "GET /comunica_pec", ok(COMMUNICATIONS),
            "POST /comunica_pec", ok(NEW_COMMUNICATION),
            "GET /comunica_pec/{id}", ok(COMPLETED_COMMUNICATION),
            "PATCH /comunica_pec/{id}", ok(UPLOADED_COMMUNICATION));

    // ---- error answers ----

    /**
     * Every documented error: under each operation, one line a status, then the envelope's
     * {@code error} number and {@code message}; {@code -} for the number marks a plain-text answer.
     */
    private static final String ERRORS = """
            GET /domini_pec/{dominio}
              402 403 Insufficient Credit in Wallet: 182.03
              406 401 domain not valid
              428 400 domain required
              503 402 service temporarily unavailable
            GET /verifica_pec/{pec}
              406 208 invalid casella_pec
              428 207 casella_pec required
            GET /pec
              404 200 no pec linked to this account
            POST /pec
              402 262 Insufficient Credit in Wallet: 182.03
              404 326 the domain $dominio is non-existent in the system or belongs to someone else
              406 242 data_nascita_richiedente not valid, accepted format: dd/mm/yyyy
              428 224 tipo_casella required
            GET /pec/{id}
              400 201 Wrong id
              404 202 no pec found
            DELETE /pec/{id}
              400 301 Wrong id
              404 302 no pec found
              406 303 your pec has already been revoked
              428 304 you can revoke the pec only if it is active
            PATCH /pec/{id}/attivazione
              400 265 Wrong id
              404 266 no pec found
              406 296 wrong file format, pdf required
              428 267 you can activate the pec only when it is in the 'registrata|documenti_errati' state
            PATCH /pec/{id}/modifica
              400 265 Wrong id
              402 290 Insufficient Credit in Wallet: 182.03
              404 266 no pec found
              406 325 the system only takes into account multiples of 1024
              428 282 you must first activate the 'conservazione' service
            PATCH /pec/{id}/conservazione
              400 265 Wrong id
              402 297 Insufficient Credit in Wallet: 182.03
              404 266 no pec found
              406 293 conservazione service is already active
              428 294 documenti required
            PATCH /pec/{id}/trasformazione
              400 265 Wrong id
              402 279 Insufficient Credit in Wallet: 182.03
              404 266 no pec found
              406 276 a downgrade of the 'tipo_casella' is not allowed; only SILVER or GOLD allowed
              428 272 you can trasform your certified mail only if it has been processed
            GET /pec/{id}/rinnovo
              400 201 Wrong id
              404 202 no pec found
              428 203 you can renew only evaded or revoked pec
            POST /pec/{id}/multiutenza
              400 212 Wrong id
              402 220 Insufficient Credit in Wallet: 182.03
              404 213 no pec found
              406 217 maximum number of users reached: 25
              428 390 this service cannot be activated on these boxes: DOMICILIODIGITALE|PECMASSIVA
            GET /comunica_pec
              404 332 no request linked to this account
            POST /comunica_pec
              402 351 Insufficient Credit in Wallet: 182.03
              406 336 invalid casella_pec
              428 344 cf_piva required
            GET /comunica_pec/{id}
              400 333 Wrong id
              404 334 no request found
            PATCH /comunica_pec/{id}
              400 353 Wrong id
              404 354 no request found
              406 355 you can only upload documents when stato is 'in_attesa_di_documenti'
              428 356 documenti required
            GET /pec/{id}/modulo_attivazione
              400 - Invalid id
              404 - no request matches this id:
              406 - you cannot activate conservation if you do not first activate a pec
            GET /pec/{id}/modulo_conservazione
              400 - Invalid id
              404 - no request matches this id:
              406 - you cannot activate conservation if you do not first activate a pec
            GET /comunica_pec/{id}/procura_registro_imprese
              400 - Invalid id
              404 - no request matches this id:
              406 - you cannot download this module, it doesn't exist yet
            """;

    private static final List<Answer> ANSWERS = readAnswers();

    private PecApiExamples() {
    }

    /** @return every documented answer, successes and errors */
    static List<Answer> answers() {
        return ANSWERS;
    }

    /** @return the documented answer of an operation ({@code "GET /pec/{id}"}) with that status */
    static String answer(String operation, int status) {
        Operation wanted = Operation.of(operation);
        return ANSWERS.stream().filter(answer -> answer.operation().equals(wanted) && answer.status() == status)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no example for " + operation + " "
                        + status)).body();
    }

    private static String ok(String data) {
        return envelope(data, "");
    }

    private static String envelope(String data, String message) {
        return "{\"data\":" + data + ",\"success\":true,\"message\":\"" + message + "\",\"error\":null}";
    }

    private static Map<Operation, String> successes(String... operationsAndBodies) {
        Map<Operation, String> successes = new LinkedHashMap<>();
        for (int i = 0; i < operationsAndBodies.length; i += 2) {
            successes.put(known(operationsAndBodies[i]), operationsAndBodies[i + 1]);
        }
        return successes;
    }

    private static List<Answer> readAnswers() {
        List<Answer> answers = new ArrayList<>();
        SUCCESSES.forEach((operation, body) -> answers.add(new Answer(operation, 200, JSON_TYPE, body)));
        Operation operation = null;
        for (String line : ERRORS.lines().toList()) {
            if (!line.startsWith(" ")) {
                operation = known(line);
                continue;
            }
            String[] parts = line.strip().split(" ", 3);
            int status = Integer.parseInt(parts[0]);
            answers.add(parts[1].equals("-") ? new Answer(operation, status, "text/plain", parts[2])
                    : new Answer(operation, status, JSON_TYPE, error(parts[2], Integer.parseInt(parts[1]))));
        }
        return List.copyOf(answers);
    }

    private static String error(String message, int code) {
        ObjectNode envelope = JSON.createObjectNode().put("success", false).put("message", message).put("error", code);
        return envelope.putNull("data").toString();
    }

    private static Operation known(String operation) {
        Operation known = Operation.of(operation);
        if (!OPERATIONS.contains(known)) {
            throw new IllegalStateException("an example for an operation that is not listed: " + operation);
        }
        return known;
    }
}
