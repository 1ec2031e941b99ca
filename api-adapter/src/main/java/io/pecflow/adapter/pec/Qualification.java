package io.pecflow.adapter.pec;

import java.util.Arrays;
import java.util.Optional;

/**
 * The applicant's role in the company ({@code qualifica} of {@code /comunica_pec}); the wire word
 * is the constant's name. Immutable.
 */
public enum Qualification {
    AMMINISTRATORE, COMMISSARIO_GIUDIZIARIO, CURATORE_FALLIMENTARE, LEGALE_RAPPRESENTANTE, LIQUIDATORE, SOCIO,
    TITOLARE;

    /** @return the role a wire word names (any case), empty for any other */
    public static Optional<Qualification> fromWire(String word) {
        return Arrays.stream(values()).filter(value -> value.name().equalsIgnoreCase(word.strip())).findFirst();
    }
}
