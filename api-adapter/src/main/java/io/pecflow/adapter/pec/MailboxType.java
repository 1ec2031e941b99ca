package io.pecflow.adapter.pec;

import java.util.List;

/**
 * The kinds of mailbox the PEC API sells ({@code tipo_casella}); the wire word is the constant's
 * name. STANDARD, BRONZE, SILVER and GOLD are InfoCert Legalmail boxes ({@code @legalmail.it}),
 * in rising order; DOMICILIODIGITALE is {@code @domiciliodigitale.com}; PECMASSIVA is the bulk
 * sending box ({@code @pecmassiva.com}). Immutable.
 */
public enum MailboxType {
    STANDARD, BRONZE, SILVER, GOLD, DOMICILIODIGITALE, PECMASSIVA,
    /** A word this client does not know; never sent. */
    UNKNOWN;

    /** @return the type a wire word names (any case), {@link #UNKNOWN} for any other */
    public static MailboxType fromWire(String word) {
        return WireNames.find(values(), type -> type == UNKNOWN ? List.of() : List.of(type.name()), word, UNKNOWN);
    }

    /** @return whether the box can be upgraded to it or changed in space ({@code trasformazione}, {@code modifica}) */
    public boolean isLegalmail() {
        return this == STANDARD || this == BRONZE || this == SILVER || this == GOLD;
    }
}
