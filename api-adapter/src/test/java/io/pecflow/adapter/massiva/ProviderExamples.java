package io.pecflow.adapter.massiva;

/** The answers the provider's OpenAPI document gives as examples, as the wire carries them. */
final class ProviderExamples {

    static final String SENT = """
            {"success":true,"sent":1,"message":"","message_id":"2020082610003492"}""";

    static final String SENDING_RECEIPTS = """
            {"data":[
              {"sender":"posta-certificata@pecmassiva.com","recipient":"dev-api@pecmassiva.com",
               "data":"Wed, 26 Aug 2020 10:00:35 +0200",
               "object":"ACCETTAZIONE: Invio di prova pec massiva 2020082610003492","message":""},
              {"sender":"\\"Per conto di: dev-api@pecmassiva.com\\" ","recipient":"\\"dev-api@pecmassiva.com\\" ",
               "data":"Wed, 26 Aug 2020 10:00:35 +0200",
               "object":"POSTA CERTIFICATA: Invio di prova pec massiva 2020082610003492",
               "message":"Salve, questa email è una prova di invio, che prevede un corpo in html"},
              {"sender":"posta-certificata@pecmassiva.com","recipient":"dev-api@pecmassiva.com",
               "data":"Wed, 26 Aug 2020 10:00:36 +0200",
               "object":"CONSEGNA: Invio di prova pec massiva 2020082610003492",
               "message":"Salve, questa email è una prova di invio, che prevede un corpo in html"}],
             "success":true,"message":""}""";

    static final String INBOX_PAGE = """
            {"data":[
              {"sender":"posta-certificata@pecmassiva.com","recipient":"dev-api@pecmassiva.com",
               "date":"Wed, 26 Aug 2020 10:00:35 +0200",
               "object":"ACCETTAZIONE: Invio di prova pec massiva 2020082610003492","id":1},
              {"sender":"\\"Per conto di: dev-api@pecmassiva.com\\" ","recipient":"\\"dev-api@pecmassiva.com\\" ",
               "date":"Wed, 26 Aug 2020 10:00:35 +0200",
               "object":"POSTA CERTIFICATA: Invio di prova pec massiva 2020082610003492","id":2},
              {"sender":"posta-certificata@pecmassiva.com","recipient":"dev-api@pecmassiva.com",
               "date":"Wed, 26 Aug 2020 10:00:36 +0200",
               "object":"CONSEGNA: Invio di prova pec massiva 2020082610003492","id":3}],
             "success":true,"message":"","total":981,"page":39,"n_of_pages":39}""";

    static final String INBOX_MESSAGE = """
            {"data":{"sender":"posta-certificata@pecmassiva.com","recipient":"altravia@pecmassiva.com",
             "date":"Mon, 21 Sep 2020 15:26:37 +0200",
             "object":"ACCETTAZIONE: Invio di prova pec massiva 202009211526363",
             "body":"This+is+an+example+body."},"success":true,"message":""}""";

    static final String QUOTA = """
            {"data":{"usage":171012,"limit":1048576},"success":true,"message":""}""";

    static String error(String message) {
        return "{\"success\":false,\"message\":\"" + message + "\"}";
    }

    private ProviderExamples() {
    }
}
