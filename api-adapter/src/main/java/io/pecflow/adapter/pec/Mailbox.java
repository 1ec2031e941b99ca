package io.pecflow.adapter.pec;

import io.pecflow.adapter.Secret;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A certified mailbox as the PEC API describes it ({@code Casella}, the {@code data} of
 * {@code GET /pec/{id}} and of every call that changes a box). The registration details echoed
 * back (applicant, holder) are not kept. Immutable.
 *
 * @param id                    {@code id}
 * @param address               {@code casella_pec}
 * @param type                  {@code tipo_casella}
 * @param state                 {@code stato}
 * @param domain                {@code dominio}
 * @param owner                 {@code owner}: the account that bought it
 * @param description           {@code descrizione}
 * @param activationDate        {@code data_attivazione} (dd/MM/yyyy on the wire)
 * @param expiryDate            {@code data_scadenza} (dd/MM/yyyy on the wire; empty until activated)
 * @param timestamps            {@code timestamp}
 * @param space                 {@code spazio_disco}, {@code spazio_storico}, {@code spazio_conservazione}
 * @param conservation          {@code conservazione}: legal storage service on
 * @param archive               {@code storico}: security archive on
 * @param sms                   {@code sms}: SMS notices on
 * @param autoRenew             {@code autorinnovo}
 * @param activationDocuments   {@code documenti_attivazione}: file names of the documents sent
 * @param conservationDocuments {@code documenti_conservazione}
 * @param users                 {@code multiutenza}
 * @param uid                   {@code uid}: the box's login at the mail provider (e.g. {@code MA178634})
 * @param activationCode        {@code cod_attivazione}: treated as a credential, so masked in {@link #toString()}
 */
public record Mailbox(MailboxId id, String address, MailboxType type, MailboxState state, String domain,
                      String owner, String description, Optional<LocalDate> activationDate,
                      Optional<LocalDate> expiryDate, MailboxTimestamps timestamps, Space space, boolean conservation,
                      boolean archive, boolean sms, boolean autoRenew, List<String> activationDocuments,
                      List<String> conservationDocuments, List<MailboxUser> users, String uid,
                      Optional<Secret> activationCode) {

    /**
     * A mailbox's space, in megabytes as the provider counts them (disk and archive in steps of
     * 1024, conservation in steps of 512).
     */
    public record Space(int diskMegabytes, int archiveMegabytes, int conservationMegabytes) {
    }

    public Mailbox {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(activationDate, "activationDate");
        Objects.requireNonNull(expiryDate, "expiryDate");
        Objects.requireNonNull(timestamps, "timestamps");
        Objects.requireNonNull(space, "space");
        activationDocuments = List.copyOf(activationDocuments);
        conservationDocuments = List.copyOf(conservationDocuments);
        users = List.copyOf(users);
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(activationCode, "activationCode");
    }
}
