package io.pecflow.adapter.pec;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One communication as {@code GET /comunica_pec} lists it ({@code RichiesteComunicazionePec}).
 * Immutable.
 *
 * @param id      {@code id}
 * @param address {@code casella_pec}
 * @param state   {@code stato}
 * @param updated {@code timestamp}: the last change, it seems (Unix seconds on the wire)
 * @param owner   {@code owner}
 */
public record CommunicationSummary(CommunicationId id, String address, CommunicationState state,
                                   Optional<Instant> updated, String owner) {

    public CommunicationSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(owner, "owner");
    }
}
