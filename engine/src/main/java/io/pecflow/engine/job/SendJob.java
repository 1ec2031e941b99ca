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
 * @param to          the recipients, at least one, no repeats
 * @param subject     the subject, one line
 * @param body        the body, HTML allowed (may be empty when there are attachments)
 * @param attachments the attachments, possibly none
 * @param notBefore   not to be sent before this instant, if given
 * @param expiresAt   not to be sent after this instant, if given
 * @param metadata    upstream's own string map, echoed on every event
 */
public record SendJob(String jobId, Optional<String> campaignId, String mailbox, List<String> to, String subject,
                      String body, List<JobAttachment> attachments, Optional<Instant> notBefore,
                      Optional<Instant> expiresAt, Map<String, String> metadata) {

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
    }

    /** @return what events about this job repeat of it */
    public JobRef ref() {
        return new JobRef(jobId, campaignId, Optional.of(mailbox), metadata);
    }

    @Override
    public String toString() {
        return "SendJob[jobId=" + jobId + ", mailbox=" + mailbox + ", recipients=" + to.size()
                + ", attachments=" + attachments.size() + "]";
    }
}
