package io.pecflow.sandbox;

import java.util.Locale;

/**
 * The states of a PEC API mailbox the sandbox reaches, written as {@code pec.openapi.json} spells them.
 * The Italian FAQ calls the state after the upload {@code in_attivazione}; the OpenAPI document's enum and
 * its example of that very call say {@code in_evasione}, which is what is written here.
 */
enum PecBoxState {
    /** Registered; waiting for the activation documents. */
    REGISTRATA,
    /** Documents uploaded; the back office checks them for the activation delay. */
    IN_EVASIONE,
    /** The back office refused the documents; they may be uploaded again. */
    DOCUMENTI_ERRATI,
    /** Active. */
    EVASA,
    /** Revoked, or expired without renewal; a renewal activates it again. */
    REVOCATA;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
