package io.pecflow.engine.job;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid send job, as upstream published it on {@code pecflow.jobs} and the intake accepted it.
 * Values are already checked and normalised (addresses trimmed and lower-cased).
 *
 * @param jobId       the idempotency key: 1-128 of {@code A-Za-z0-9._:-}
 * @param campaignId  the campaign it belongs to, if any
 * @param mailbox     the sending PEC address, one the engine is configured with
 * @param to          the recipients, no repeats; empty only when there are tax codes to resolve
 * @param subject     the subject, one line
 * @param body        the body, HTML allowed (may be empty when there are attachments)
 * @param attachments the attachments, possibly none
 * @param notBefore   not to be sent before this instant, if given
 * @param expiresAt   not to be sent after this instant, if given
 * @param metadata    upstream's own string map, echoed on every event
 * @param toTaxCodes  VAT numbers or personal tax codes (upper-case, no spaces) whose PEC addresses
 *                    are recipients too, once the resolve stage found them; no repeats
 * @param checkRecipients whether this job asks for its recipients' domains to be checked as
 *                    certified before anything is spent
 */
public record SendJob(String jobId, Optional<String> campaignId, String mailbox, List<String> to, String subject,
                      String body, List<JobAttachment> attachments, Optional<Instant> notBefore,
                      Optional<Instant> expiresAt, Map<String, String> metadata, List<String> toTaxCodes,
                      boolean checkRecipients) {

    public SendJob {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(expiresAt, "expiresAt");
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
        metadata = Map.copyOf(metadata);
        toTaxCodes = List.copyOf(toTaxCodes);
        if (to.isEmpty() && toTaxCodes.isEmpty()) {
            throw new IllegalArgumentException("job " + jobId + " has neither a recipient nor a tax code");
        }
    }

    /** A job to addresses only, with no tax codes and no check asked for. */
    public SendJob(String jobId, Optional<String> campaignId, String mailbox, List<String> to, String subject,
                   String body, List<JobAttachment> attachments, Optional<Instant> notBefore,
                   Optional<Instant> expiresAt, Map<String, String> metadata) {
        this(jobId, campaignId, mailbox, to, subject, body, attachments, notBefore, expiresAt, metadata, List.of(),
                false);
    }

    /**
     * @param recipients the addresses left once the resolve stage is done (at least one)
     * @return this job to exactly those addresses, with nothing left to resolve or check
     */
    public SendJob resolvedTo(List<String> recipients) {
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("job " + jobId + " resolved to no recipient");
        }
        return new SendJob(jobId, campaignId, mailbox, recipients, subject, body, attachments, notBefore, expiresAt,
                metadata, List.of(), false);
    }

    /** @return what events about this job repeat of it */
    public JobRef ref() {
        return new JobRef(jobId, campaignId, Optional.of(mailbox), metadata);
    }

    @Override
    public String toString() {
        return "SendJob[jobId=" + jobId + ", mailbox=" + mailbox + ", recipients=" + to.size()
                + (toTaxCodes.isEmpty() ? "" : ", taxCodes=" + toTaxCodes.size())
                + (checkRecipients ? ", checkRecipients" : "") + ", attachments=" + attachments.size() + "]";
    }
}
