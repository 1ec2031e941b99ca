package io.pecflow.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A Comunica PEC request, telling the Business Register a company's (or director's) PEC. Its life:
 * {@code codice_in_richiesta} → after the back-office delay {@code in_attesa_di_documenti} → the signed
 * power of attorney uploaded → {@code documenti_caricati} → after the delay again {@code comunicazione_evasa}.
 * Time-driven steps happen in {@link #settle(Instant)}. Not thread-safe: its {@link PecAccount} guards it.
 */
final class ComunicaRequest {

    /** The states, as the document spells them. */
    enum State {
        CODICE_IN_RICHIESTA, IN_ATTESA_DI_DOCUMENTI, DOCUMENTI_CARICATI, COMUNICAZIONE_EVASA;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String id;
    private final ComunicaApplication application;
    private final Duration backOffice;
    private State state = State.CODICE_IN_RICHIESTA;
    private Instant changed;
    private Instant due;
    private List<String> documents = List.of();

    ComunicaRequest(String id, ComunicaApplication application, Instant now, Duration backOffice) {
        this.id = id;
        this.application = application;
        this.backOffice = backOffice;
        this.changed = now;
        this.due = now.plus(backOffice);
    }

    /** Carries out the steps due by {@code now}. */
    void settle(Instant now) {
        if (state == State.CODICE_IN_RICHIESTA && !now.isBefore(due)) {
            state = State.IN_ATTESA_DI_DOCUMENTI;
            changed = due;
        }
        if (state == State.DOCUMENTI_CARICATI && !now.isBefore(due)) {
            state = State.COMUNICAZIONE_EVASA;
            changed = due;
        }
    }

    /**
     * {@code PATCH /comunica_pec/{id}}: documents (428 356), then state (406 355), then base64 (406, a guess).
     * The document asks for p7m files but its own example uploads a PDF, so any decodable file is taken.
     */
    Optional<PecApiError> upload(PecDocuments.Read read, Instant now) {
        if (read instanceof PecDocuments.Read.Missing) {
            return Optional.of(PecApiError.required(356, "documenti"));
        }
        if (state != State.IN_ATTESA_DI_DOCUMENTI) {
            return Optional.of(PecApiError.notAcceptable(355,
                    "you can only upload documents when stato is 'in_attesa_di_documenti'"));
        }
        if (!(read instanceof PecDocuments.Read.Documents docs)) {
            return Optional.of(PecApiError.notAcceptable(357, "wrong file format, p7m required"));
        }
        documents = IntStream.range(0, docs.documents().size()).mapToObj(i -> id + "_" + i + "_registro_imprese.p7m").toList();
        state = State.DOCUMENTI_CARICATI;
        changed = now;
        due = now.plus(backOffice);
        return Optional.empty();
    }

    String id() { return id; }

    ComunicaApplication application() { return application; }

    State state() { return state; }

    /** @return when the state last changed: the request's {@code timestamp} */
    Instant changed() { return changed; }

    List<String> documents() { return documents; }
}
