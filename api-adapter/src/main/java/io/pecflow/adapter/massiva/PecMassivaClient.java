package io.pecflow.adapter.massiva;

/**
 * A client of the PEC Massiva API: the seven calls of its OpenAPI document.
 *
 * <p>Every answer the provider can give is a value ({@link SendOutcome}, {@link CallOutcome}),
 * never an exception; exceptions mean a bug (a null argument). One instance holds one pooled
 * HTTP client and is meant to be shared: all methods are thread-safe and block the calling
 * thread, which may be a virtual thread; at most
 * {@link PecMassivaConfig#maxConcurrentRequests()} calls are on the wire at once. Nothing
 * secret (token, passwords) appears in results, exception messages or logs.
 */
public interface PecMassivaClient extends AutoCloseable {

    /** A client over the JDK's HTTP client. */
    static PecMassivaClient create(PecMassivaConfig config) {
        return new HttpPecMassivaClient(config);
    }

    /** {@code POST /send}: sends a PEC. The one call that is never retried here. */
    SendOutcome send(SendRequest request, MailboxCredentials mailbox);

    /** {@code GET /send/{code}}: the receipts of a sending so far (empty on 404 {@code Result empty}). */
    CallOutcome<SendingReceipts> sendingReceipts(MessageCode code, MailboxCredentials mailbox);

    /** {@code DELETE /send/{code}}: deletes a sending's receipts from the inbox; gives the provider's message. */
    CallOutcome<String> deleteSendingReceipts(MessageCode code, MailboxCredentials mailbox);

    /** {@code GET /inbox?q=&page=}: one page (25 messages) of the inbox. */
    CallOutcome<InboxPage> inbox(InboxQuery query, MailboxCredentials mailbox);

    /** {@code GET /inbox/{id}}: one inbox message with its body. */
    CallOutcome<InboxMessage> inboxMessage(long id, MailboxCredentials mailbox);

    /** {@code DELETE /inbox/{id}}: deletes one inbox message; gives the provider's message. */
    CallOutcome<String> deleteInboxMessage(long id, MailboxCredentials mailbox);

    /** {@code GET /quota/{mailbox}}: storage use of a folder ({@code INBOX} for the main box). */
    CallOutcome<MailboxQuota> quota(String folder, MailboxCredentials mailbox);

    /** {@code GET /quota/INBOX}. */
    default CallOutcome<MailboxQuota> quota(MailboxCredentials mailbox) {
        return quota("INBOX", mailbox);
    }

    /** Releases the HTTP client's connections. */
    @Override
    void close();
}
