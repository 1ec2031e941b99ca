package io.pecflow.sandbox;

/** What TrovaPEC answers: one plain-text line, fields separated by {@code |}, exactly as its document writes them. */
sealed interface TrovaPecAnswer {

    /** @return the line sent back */
    String line();

    /** {@code OK|<token>}: the search is booked; ask for its result with the token. */
    record Booked(String token) implements TrovaPecAnswer {
        public String line() { return "OK|" + token; }
    }

    /** {@code Error|Richiesta già presente}: a search for that code is still on file (delete it first). */
    record AlreadyPresent() implements TrovaPecAnswer {
        public String line() { return "Error|Richiesta già presente"; }
    }

    /** {@code WAIT|<token>}: not ready yet, ask again. */
    record Wait(String token) implements TrovaPecAnswer {
        public String line() { return "WAIT|" + token; }
    }

    /** {@code OK|<pec>|pec trovata} */
    record Found(String address) implements TrovaPecAnswer {
        public String line() { return "OK|" + address + "|pec trovata"; }
    }

    /** {@code OK||pec non trovata} */
    record NotFound() implements TrovaPecAnswer {
        public String line() { return "OK||pec non trovata"; }
    }

    /** {@code OK|richiesta cancellata correttamente} */
    record Deleted() implements TrovaPecAnswer {
        public String line() { return "OK|richiesta cancellata correttamente"; }
    }

    /** The balance alone, e.g. {@code 99.90}: the document says the answer is the amount and nothing else. */
    record Balance(long cents) implements TrovaPecAnswer {
        public String line() { return Money.text(cents); }
    }

    /** {@code ERROR|<text>}; the texts are the sandbox's own, the document gives none. */
    record Failure(String text) implements TrovaPecAnswer {
        static final Failure WRONG_KEY = new Failure("user-key non valida");
        static final Failure NO_CODE = new Failure("parametro cf mancante");
        static final Failure BAD_CODE = new Failure("partita iva o codice fiscale non valido");
        static final Failure NO_CREDIT = new Failure("saldo insufficiente");
        static final Failure NO_TOKEN = new Failure("parametro token mancante");
        static final Failure UNKNOWN_TOKEN = new Failure("token non valido");
        static final Failure NOTHING_TO_DELETE = new Failure("nessuna richiesta per questo codice");

        public String line() { return "ERROR|" + text; }
    }
}
