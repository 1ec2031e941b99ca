package io.pecflow.sandbox;

/**
 * The Italian texts of the receipts, in the style of real PEC receipts. Each names the recipient it
 * concerns; an envelope's text is the original body.
 */
final class ReceiptTexts {

    static final String BOUNCE_REASON = "5.1.1 - indirizzo non valido";
    static final String TIMEOUT_REASON = "5.4.7 - tempo massimo di consegna superato";

    private ReceiptTexts() {
    }

    static String text(Receipt r) {
        Sending s = r.sending();
        String moment = "Il " + RomeTime.italianMoment(r.due());
        String message = " il messaggio \"" + s.codedSubject() + "\" proveniente da \"" + s.mailbox() + "\"";
        String inMessage = " nel messaggio \"" + s.codedSubject() + "\" proveniente da \"" + s.mailbox() + "\"";
        String to = " ed indirizzato a \"" + r.concerns() + "\"";
        String toAll = " ed indirizzato a " + String.join(", ", s.recipients().stream().map(a -> "\"" + a + "\"").toList());
        return switch (r.kind()) {
            case ACCEPTANCE -> "Ricevuta di accettazione. " + moment + message + toAll
                    + " è stato accettato dal sistema ed inoltrato.";
            case NON_ACCEPTANCE -> "Avviso di non accettazione. " + moment + inMessage + toAll
                    + " è stato rilevato un problema che ne impedisce l'accettazione:"
                    + " destinatario non accettato dal sistema. Il messaggio non è stato accettato.";
            case DELIVERY -> moment + message + to + " è stato consegnato nella casella di destinazione.";
            case NON_DELIVERY -> moment + inMessage + to + " è stato rilevato un errore: " + BOUNCE_REASON;
            case DELIVERY_WARNING -> "Si segnala che il " + RomeTime.italianMoment(r.due())
                    + message + to + " non risulta ancora consegnato dopo 12 ore dall'invio."
                    + " Il gestore continuerà a tentare la consegna fino a 24 ore dall'invio.";
            case DELIVERY_TIMEOUT -> moment + inMessage + to + " è stato rilevato un errore: " + TIMEOUT_REASON;
            case VIRUS -> "Problema di sicurezza. " + moment + inMessage + to
                    + " è stato rilevato un virus informatico: il messaggio non è stato consegnato.";
            case NOTICE -> "Notifica di servizio. " + moment + message + to + " è in lavorazione.";
            case ENVELOPE -> s.body();
        };
    }
}
