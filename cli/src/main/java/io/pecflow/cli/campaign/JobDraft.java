package io.pecflow.cli.campaign;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a campaign file as it was written, before any rule is checked: what a CSV row or a
 * JSON line gave, with the problems found while reading it (a number where a string belongs, a
 * row with too many cells). Absent values are empty; texts are as given. Immutable.
 *
 * @param line          where the row starts in the file, from 1
 * @param jobId         the row's own jobId, if it has one
 * @param campaignId    the row's own campaignId (JSON Lines only)
 * @param mailbox       the sending mailbox, if the row names one
 * @param to            the recipients as written (empty when none)
 * @param subject       the subject
 * @param body          the body ({@code ""} is a value)
 * @param attachments   files to attach
 * @param notBefore     as written
 * @param expiresAt     as written
 * @param metadata      the row's metadata, in its order
 * @param toTaxCodes    tax codes (VAT numbers or personal codes) the engine resolves to PEC addresses, as written
 * @param checkRecipients whether the row asks the engine to check that its recipients' domains are certified
 * @param readProblems  what could not be read, each {@code field: what is wrong}
 */
public record JobDraft(int line, Optional<String> jobId, Optional<String> campaignId, Optional<String> mailbox,
                       List<String> to, Optional<String> subject, Optional<String> body,
                       List<AttachmentSource> attachments, Optional<String> notBefore, Optional<String> expiresAt,
                       Map<String, String> metadata, List<String> toTaxCodes, Optional<Boolean> checkRecipients,
                       List<String> readProblems) {

    public JobDraft {
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
        Objects.requireNonNull(checkRecipients, "checkRecipients");
        readProblems = List.copyOf(readProblems);
    }
}
