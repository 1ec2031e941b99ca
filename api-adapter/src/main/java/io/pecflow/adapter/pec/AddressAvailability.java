package io.pecflow.adapter.pec;

import java.util.Objects;

/**
 * The answer of {@code GET /verifica_pec/{pec}}: whether an address is free to register (only
 * Legalmail and Domicilio Digitale addresses can be checked). Immutable.
 *
 * @param address   the address asked about
 * @param available {@code data.available}
 */
public record AddressAvailability(String address, boolean available) {

    public AddressAvailability {
        Objects.requireNonNull(address, "address");
    }
}
