package io.pecflow.cli.campaign;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign row that follows the contract, normalised (addresses trimmed and lower-cased) and
 * with its jobId, ready to be written as a send job ({@link JobJson}). Immutable.
 *
 * @param line        where the row starts in the file
 * @param jobId       the row's own jobId, or one derived from the campaign and the row's content
 * @param derivedId   true when the jobId was derived
 * @param campaignId  the campaign
 * @param mailbox     the sending mailbox
 * @param to          the recipients, at least one, none repeated
 * @param subject     the subject
 * @param body        the body
 * @param attachments the attachments
 * @param notBefore   as written (trimmed), when given
 * @param expiresAt   as written (trimmed), when given
 * @param metadata    the metadata, in the row's order
 * @param toTaxCodes  tax codes for the engine to resolve, none repeated
 * @param checkRecipients whether the engine checks that the recipients' domains are certified
 */
public record ValidJob(int line, String jobId, boolean derivedId, String campaignId, String mailbox, List<String> to,
                       String subject, String body, List<ResolvedAttachment> attachments, Optional<String> notBefore,
                       Optional<String> expiresAt, Map<String, String> metadata, List<String> toTaxCodes,
                       boolean checkRecipients) {

    public ValidJob {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(mailbox, "mailbox");
        to = List.copyOf(to);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(expiresAt, "expiresAt");
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        toTaxCodes = List.copyOf(toTaxCodes);
    }

    /** @return the same job with another id */
    ValidJob withJobId(String id, boolean derived) {
        return new ValidJob(line, id, derived, campaignId, mailbox, to, subject, body, attachments, notBefore,
                expiresAt, metadata, toTaxCodes, checkRecipients);
    }
}
