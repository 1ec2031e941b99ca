package io.pecflow.adapter.pec;

import java.util.List;

/**
 * A client of Openapi's PEC API ({@code pec.openapi.it}): certified domains, the account's
 * mailboxes (register, activate, change, renew, revoke) and communications of a PEC address to
 * the Business Register. Every operation of its OpenAPI document is one method.
 *
 * <p>Every answer the provider can give is a {@link PecApiOutcome}, never an exception;
 * exceptions mean a bug (a null or invalid argument). Several calls charge the account's wallet
 * (register and activate, {@link #changeSpace}, {@link #activateConservation},
 * {@link #changeType}, {@link #renew}, {@link #addUser}, {@link #communicate}); none is retried
 * here, and {@link PecApiOutcome.Unreachable#mayHaveArrived()} says when one may have been
 * carried out all the same. The token appears in no outcome, exception message or log.
 *
 * <p>One instance holds one pooled HTTP client and is meant to be shared: all methods are
 * thread-safe and block the calling thread, which may be a virtual thread.
 */
public interface PecApiClient extends AutoCloseable {

    /** A client over the JDK's HTTP client. */
    static PecApiClient create(PecApiConfig config) {
        return new HttpPecApiClient(config);
    }

    /** {@code GET /domini_pec/{dominio}}: whether mail of this domain can be certified. */
    PecApiOutcome<DomainCheck> checkDomain(String domain);

    /** {@code GET /verifica_pec/{pec}}: whether an address is free to register. */
    PecApiOutcome<AddressAvailability> checkAvailability(String address);

    /** {@code GET /pec}: the account's mailboxes; empty on the provider's 404 "no pec linked to this account". */
    PecApiOutcome<List<MailboxSummary>> mailboxes();

    /** {@code POST /pec}: registers a new mailbox, in state {@link MailboxState#REGISTERED}. */
    PecApiOutcome<Mailbox> register(MailboxRegistration registration);

    /** {@code GET /pec/{id}}: one mailbox. */
    PecApiOutcome<Mailbox> mailbox(MailboxId id);

    /** {@code DELETE /pec/{id}}: revokes an active mailbox. */
    PecApiOutcome<Mailbox> revoke(MailboxId id);

    /** {@code GET /pec/{id}/modulo_attivazione}: the activation form to sign (PDF). */
    PecApiOutcome<Document> activationForm(MailboxId id);

    /** {@code GET /pec/{id}/modulo_conservazione}: the conservation activation form to sign (PDF). */
    PecApiOutcome<Document> conservationForm(MailboxId id);

    /**
     * {@code PATCH /pec/{id}/attivazione}: sends the signed activation form and an identity
     * document (PDF; one document holding both for DOMICILIODIGITALE and PECMASSIVA boxes), for a
     * box in state {@link MailboxState#REGISTERED} or {@link MailboxState#DOCUMENTS_REJECTED}.
     */
    PecApiOutcome<Mailbox> activate(MailboxId id, List<Document> documents);

    /** {@code PATCH /pec/{id}/modifica}: more disk, archive or conservation space (Legalmail boxes only). */
    PecApiOutcome<Mailbox> changeSpace(MailboxId id, SpaceChange change);

    /**
     * {@code PATCH /pec/{id}/conservazione}: turns on legal storage with the signed form (PDF),
     * Legalmail boxes only.
     *
     * @param spaceMegabytes the storage space, a positive multiple of 512 (the provider's default is 512)
     */
    PecApiOutcome<Mailbox> activateConservation(MailboxId id, int spaceMegabytes, List<Document> documents);

    /** {@code PATCH /pec/{id}/trasformazione}: upgrades a Legalmail box to a higher type (STANDARD to GOLD only). */
    PecApiOutcome<Mailbox> changeType(MailboxId id, MailboxType type);

    /**
     * {@code GET /pec/{id}/rinnovo?anni=N}: renews an active or revoked box. A GET that charges
     * the wallet: never repeat it blindly.
     *
     * @param years how many years, at least 1
     */
    PecApiOutcome<Mailbox> renew(MailboxId id, int years);

    /** {@code POST /pec/{id}/multiutenza}: adds a user to a Legalmail box (at most 25). */
    PecApiOutcome<Mailbox> addUser(MailboxId id, NewMailboxUser user);

    /** {@code POST /comunica_pec}: starts telling the Business Register a PEC address. */
    PecApiOutcome<Communication> communicate(CommunicationRequest request);

    /** {@code GET /comunica_pec}: the account's communications; empty on the provider's 404 "no request linked". */
    PecApiOutcome<List<CommunicationSummary>> communications();

    /** {@code GET /comunica_pec/{id}}: one communication. */
    PecApiOutcome<Communication> communication(CommunicationId id);

    /**
     * {@code PATCH /comunica_pec/{id}}: uploads the digitally signed power of attorney (p7m), in
     * state {@link CommunicationState#AWAITING_DOCUMENTS}.
     */
    PecApiOutcome<Communication> uploadCommunicationDocuments(CommunicationId id, List<Document> documents);

    /** {@code GET /comunica_pec/{id}/procura_registro_imprese}: the power of attorney to sign (PDF). */
    PecApiOutcome<Document> powerOfAttorney(CommunicationId id);

    /** Releases the HTTP client's connections. */
    @Override
    void close();
}
