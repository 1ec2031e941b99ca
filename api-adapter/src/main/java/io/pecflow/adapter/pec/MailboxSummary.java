package io.pecflow.adapter.pec;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One mailbox of the account as {@code GET /pec} lists it ({@code Caselle}); ask
 * {@link PecApiClient#mailbox} for the rest. Immutable.
 *
 * @param id         {@code id}
 * @param address    {@code casella_pec}
 * @param type       {@code tipo_casella}
 * @param state      {@code stato}
 * @param expiryDate {@code data_scadenza} (dd/MM/yyyy on the wire)
 * @param timestamps {@code timestamp}
 * @param owner      {@code owner}
 */
public record MailboxSummary(MailboxId id, String address, MailboxType type, MailboxState state,
                             Optional<LocalDate> expiryDate, MailboxTimestamps timestamps, String owner) {

    public MailboxSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(expiryDate, "expiryDate");
        Objects.requireNonNull(timestamps, "timestamps");
        Objects.requireNonNull(owner, "owner");
    }
}
