package io.pecflow.adapter.pec;

import java.util.List;

/** Where a communication to the Business Register stands ({@code stato} of {@code /comunica_pec}). Immutable. */
public enum CommunicationState {
    /** {@code codice_in_richiesta}: just started; the Register's code is being asked for. */
    CODE_REQUESTED("codice_in_richiesta"),
    /** {@code in_attesa_di_documenti}: waits for the signed power of attorney (p7m). */
    AWAITING_DOCUMENTS("in_attesa_di_documenti"),
    /** {@code documenti_caricati}: documents uploaded, being handled (within 48 working hours). */
    DOCUMENTS_UPLOADED("documenti_caricati"),
    /** {@code comunicazione_evasa}: the Register has been told. */
    COMPLETED("comunicazione_evasa"),
    /** A word this client does not know. */
    UNKNOWN;

    private final List<String> wireNames;

    CommunicationState(String... wireNames) {
        this.wireNames = List.of(wireNames);
    }

    /** @return the state a wire word names (any case), {@link #UNKNOWN} for any other */
    public static CommunicationState fromWire(String word) {
        return WireNames.find(values(), state -> state.wireNames, word, UNKNOWN);
    }
}
