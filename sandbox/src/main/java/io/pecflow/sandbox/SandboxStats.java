package io.pecflow.sandbox;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The referee's counters: a snapshot of what the sandbox saw, in total and per mailbox. The total also
 * includes what could not be attributed to a mailbox (a wrong bearer token, an unknown username).
 *
 * @param total     the counters summed over everything
 * @param mailboxes the counters of each mailbox, by address as configured, sorted
 */
public record SandboxStats(Counters total, Map<String, Counters> mailboxes) {

    /** Copies the map. */
    public SandboxStats {
        mailboxes = Collections.unmodifiableMap(new TreeMap<>(mailboxes));
    }

    /**
     * @param address a mailbox address (case-insensitive)
     * @return that mailbox's counters, or {@link Counters#ZERO} if the sandbox has no such mailbox
     */
    public Counters mailbox(String address) {
        return mailboxes.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(address.trim()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(Counters.ZERO);
    }

    /**
     * The counters of one mailbox or of the total.
     *
     * @param acceptedSends          {@code POST /send} answered 201 (or accepted and then lost)
     * @param recipients             recipients of the accepted sends (what the quota counts)
     * @param rateViolations         {@code POST /send} of one mailbox arriving less than the minimum interval apart
     * @param quotaRejections        sends that would have exceeded the daily or monthly quota
     * @param duplicateSends         accepted sends identical (recipients, subject, body, attachments) to an
     *                               earlier accepted send of the same mailbox
     * @param lostResponses          sends carried out whose answer was deliberately lost
     * @param injectedErrors         answers replaced by an injected 500
     * @param unauthorizedRejections 401 answers
     * @param droppedReceipts        receipts or envelopes dropped because the inbox was full
     * @param inboxMessages          messages now in the inbox
     * @param inboxUsageKib          inbox usage now, in KiB
     */
    public record Counters(long acceptedSends, long recipients, long rateViolations, long quotaRejections,
                           long duplicateSends, long lostResponses, long injectedErrors,
                           long unauthorizedRejections, long droppedReceipts, long inboxMessages,
                           long inboxUsageKib) {

        /** All zero. */
        public static final Counters ZERO = new Counters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        /**
         * @param other counters to add
         * @return the field-by-field sum
         */
        public Counters plus(Counters other) {
            return new Counters(acceptedSends + other.acceptedSends, recipients + other.recipients,
                    rateViolations + other.rateViolations, quotaRejections + other.quotaRejections,
                    duplicateSends + other.duplicateSends, lostResponses + other.lostResponses,
                    injectedErrors + other.injectedErrors, unauthorizedRejections + other.unauthorizedRejections,
                    droppedReceipts + other.droppedReceipts, inboxMessages + other.inboxMessages,
                    inboxUsageKib + other.inboxUsageKib);
        }
    }
}
