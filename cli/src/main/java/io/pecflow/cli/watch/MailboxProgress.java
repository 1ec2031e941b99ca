package io.pecflow.cli.watch;

/**
 * One mailbox's share of a campaign: jobs, and recipients in each state. Immutable.
 *
 * @param mailbox      the sending mailbox
 * @param jobs         jobs seen
 * @param submitted    recipients the provider took (SUBMITTED)
 * @param delivered    recipients with a CONSEGNA (DELIVERED)
 * @param notDelivered recipients with a non-delivery notice (NOT_DELIVERED)
 * @param noReceipt    recipients without a final receipt in time (NO_RECEIPT)
 * @param failed       recipients never sent to (FAILED, EXPIRED) and jobs REJECTED
 * @param ambiguous    recipients that may or may not have been sent (AMBIGUOUS, not recovered)
 * @param finished     jobs SETTLED or REJECTED
 */
public record MailboxProgress(String mailbox, int jobs, int submitted, int delivered, int notDelivered, int noReceipt,
                              int failed, int ambiguous, int finished) {

    MailboxProgress plus(MailboxProgress other) {
        return new MailboxProgress(mailbox, jobs + other.jobs, submitted + other.submitted,
                delivered + other.delivered, notDelivered + other.notDelivered, noReceipt + other.noReceipt,
                failed + other.failed, ambiguous + other.ambiguous, finished + other.finished);
    }
}
