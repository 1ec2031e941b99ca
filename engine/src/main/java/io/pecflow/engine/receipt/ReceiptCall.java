package io.pecflow.engine.receipt;

import io.pecflow.adapter.massiva.MailboxCredentials;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A provider call the receipt tracker decided on; {@link ReceiptCalls} makes it. */
public sealed interface ReceiptCall {

    int partition();

    String mailbox();

    MailboxCredentials credentials();

    /** How many calls of the mailbox's budget it may use. */
    default int budget() {
        return 1;
    }

    /** {@code GET /send/{code}}. */
    record FetchSending(int partition, String mailbox, MailboxCredentials credentials, String code) implements ReceiptCall {
        public FetchSending {
            Objects.requireNonNull(code, "code");
        }
    }

    /** {@code GET /inbox} pages, newest first, down to the receipts already seen (inbox id {@code afterId}). */
    record ScanInbox(int partition, String mailbox, MailboxCredentials credentials, long afterId, int maxPages)
            implements ReceiptCall {
        @Override
        public int budget() {
            return maxPages;
        }
    }

    /**
     * The evidence of an AMBIGUOUS send: {@code GET /inbox?q=subject} for an acceptance dated between
     * {@code from} and {@code to} whose sending is none of {@code knownCodes}, then its receipts
     * ({@code GET /send/{code}}) to see that they name the recipients.
     */
    record SearchAcceptance(int partition, String mailbox, MailboxCredentials credentials, String jobId, int part,
                            String subject, List<String> recipients, Instant from, Instant to, Set<String> knownCodes,
                            int maxCalls) implements ReceiptCall {
        public SearchAcceptance {
            Objects.requireNonNull(jobId, "jobId");
            Objects.requireNonNull(subject, "subject");
            recipients = List.copyOf(recipients);
            knownCodes = Set.copyOf(knownCodes);
        }

        @Override
        public int budget() {
            return maxCalls;
        }
    }

    /** {@code DELETE /send/{code}}: the sending is final for every recipient. */
    record DeleteSending(int partition, String mailbox, MailboxCredentials credentials, String code) implements ReceiptCall {
        public DeleteSending {
            Objects.requireNonNull(code, "code");
        }
    }

    /** {@code GET /quota/INBOX}. */
    record CheckStorage(int partition, String mailbox, MailboxCredentials credentials) implements ReceiptCall {
    }
}
