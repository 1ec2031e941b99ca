package io.pecflow.adapter.pec;

import java.util.List;

/** Where a mailbox stands ({@code stato}): registered, being activated, active, and so on. Immutable. */
public enum MailboxState {
    /** {@code registrata}: registered; waits for its activation documents. */
    REGISTERED("registrata"),
    /** {@code in_attivazione}, written {@code in_evasione} in the OpenAPI document: documents sent, being checked. */
    ACTIVATING("in_attivazione", "in_evasione"),
    /** {@code evasa}: active and usable. */
    ACTIVE("evasa"),
    /** {@code revocata}: revoked on request, or not renewed. */
    REVOKED("revocata"),
    /** {@code chiusa}: closed. */
    CLOSED("chiusa"),
    /** {@code documenti_errati}: the activation documents were refused; send them again. */
    DOCUMENTS_REJECTED("documenti_errati"),
    /** {@code registrazione_annullata}: the registration was cancelled. */
    REGISTRATION_CANCELLED("registrazione_annullata"),
    /** A word this client does not know. */
    UNKNOWN;

    private final List<String> wireNames;

    MailboxState(String... wireNames) {
        this.wireNames = List.of(wireNames);
    }

    /** @return the state a wire word names (any case), {@link #UNKNOWN} for any other */
    public static MailboxState fromWire(String word) {
        return WireNames.find(values(), state -> state.wireNames, word, UNKNOWN);
    }
}
