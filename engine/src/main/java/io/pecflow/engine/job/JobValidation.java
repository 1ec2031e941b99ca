package io.pecflow.engine.job;

import io.pecflow.engine.job.AttachmentRules.Attachments;
import io.pecflow.engine.job.MetadataRules.Metadata;
import io.pecflow.engine.job.RecipientRules.Recipients;
import io.pecflow.engine.job.TaxCodeRules.TaxCodes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks one job object field by field, collecting every problem, and turns it into a
 * {@link JobReading.Valid} or a {@link JobReading.Rejected}. One instance per read.
 */
final class JobValidation {

    static final List<String> FIELDS = List.of("jobId", "campaignId", "mailbox", "to", "subject", "body",
            "attachments", "notBefore", "expiresAt", "metadata", "toTaxCodes", "checkRecipients");
    static final int MAX_JOB_ID_CHARS = 128;
    static final int MAX_CAMPAIGN_ID_CHARS = 128;
    private static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9._:-]+");

    private final JobLimits limits;
    private final Set<String> knownMailboxes;
    private final Instant now;
    private final JsonNode root;
    private final Problems problems = new Problems();

    JobValidation(JobLimits limits, Set<String> knownMailboxes, Instant now, JsonNode root) {
        this.limits = limits;
        this.knownMailboxes = knownMailboxes;
        this.now = now;
        this.root = root;
    }

    JobReading validate(String jobId, Optional<String> repeatedField) {
        repeatedField.ifPresent(name -> problems.add(Problems.printable(name),
                "the field appears more than once in the record"));
        UnknownFields.check(root, FIELDS, "", problems);
        checkJobId(jobId);
        Optional<String> campaignId = campaignId();
        Optional<String> mailbox = mailbox();
        boolean taxCodesGiven = !Problems.absent(root.get("toTaxCodes"));
        Recipients to = RecipientRules.read(root.get("to"), limits, problems, taxCodesGiven);
        TaxCodes taxCodes = TaxCodeRules.read(root.get("toTaxCodes"), limits, problems);
        checkRecipientCount(to.given(), taxCodes.given());
        boolean checkRecipients = checkRecipients();
        Optional<String> subject = subject();
        Optional<String> body = requiredString("body");
        Attachments attachments = AttachmentRules.read(root.get("attachments"), limits, problems);
        body.ifPresent(text -> checkBody(text, attachments));
        Optional<Instant> notBefore = instant("notBefore");
        Optional<Instant> expiresAt = instant("expiresAt");
        checkWindow(notBefore, expiresAt);
        Metadata metadata = MetadataRules.read(root.get("metadata"), limits, problems);
        checkSize(Sizes.utf8Length(subject.orElse("")) + Sizes.utf8Length(body.orElse(""))
                + attachments.totalBytes(), to.given() + taxCodes.given());
        if (problems.isEmpty()) {
            return new JobReading.Valid(new SendJob(jobId, campaignId, mailbox.orElseThrow(), to.valid(),
                    subject.orElseThrow(), body.orElseThrow(), attachments.valid(), notBefore, expiresAt,
                    metadata.valid(), taxCodes.valid(), checkRecipients));
        }
        return new JobReading.Rejected(new JobRef(jobId, campaignId, mailbox, metadata.echo(limits)),
                problems.joined());
    }

    private void checkJobId(String jobId) {
        if (jobId.length() > MAX_JOB_ID_CHARS) {
            problems.add("jobId", jobId.length() + " characters exceed the limit of " + MAX_JOB_ID_CHARS);
        } else if (!JOB_ID.matcher(jobId).matches()) {
            problems.add("jobId", Problems.quote(jobId) + " may only contain A-Z a-z 0-9 . _ : -");
        }
    }

    private Optional<String> campaignId() {
        return optionalString("campaignId").filter(this::campaignIdIsGood);
    }

    private boolean campaignIdIsGood(String id) {
        if (id.isBlank()) {
            problems.add("campaignId", "must not be empty (leave it out when there is no campaign)");
        } else if (Problems.chars(id) > MAX_CAMPAIGN_ID_CHARS) {
            problems.add("campaignId", Problems.chars(id) + " characters exceed the limit of " + MAX_CAMPAIGN_ID_CHARS);
        } else if (Problems.firstControl(id) >= 0) {
            problems.add("campaignId", Problems.quote(id) + " contains a control character");
        } else {
            return true;
        }
        return false;
    }

    /** @return the mailbox when it is an address (known or not: a REJECTED event echoes it) */
    private Optional<String> mailbox() {
        Optional<String> raw = requiredString("mailbox");
        if (raw.isEmpty()) {
            return raw;
        }
        String mailbox = EmailAddresses.normalise(raw.get());
        Optional<String> problem = EmailAddresses.problem(mailbox);
        if (problem.isPresent()) {
            problems.add("mailbox", Problems.quote(raw.get().strip()) + " is not an e-mail address ("
                    + problem.get() + ")");
            return Optional.empty();
        }
        if (!knownMailboxes.contains(mailbox)) {
            problems.add("mailbox", Problems.quote(mailbox) + " is not one of the mailboxes this engine sends from");
        }
        return Optional.of(mailbox);
    }

    /** Each list alone is checked by its own rules; this is the limit over both. */
    private void checkRecipientCount(int addresses, int taxCodes) {
        int limit = limits.maxRecipients();
        if (addresses > 0 && taxCodes > 0 && addresses <= limit && taxCodes <= limit && addresses + taxCodes > limit) {
            problems.add("toTaxCodes", addresses + " addresses in to and " + taxCodes + " tax codes make "
                    + (addresses + taxCodes) + " recipients, above the limit of " + limit);
        }
    }

    private boolean checkRecipients() {
        JsonNode node = root.get("checkRecipients");
        if (Problems.absent(node)) {
            return false;
        }
        if (!node.isBoolean()) {
            problems.add("checkRecipients", "must be true or false (got " + Problems.typeOf(node) + ")");
            return false;
        }
        return node.booleanValue();
    }

    private Optional<String> subject() {
        Optional<String> subject = requiredString("subject");
        subject.ifPresent(text -> {
            int control = Problems.firstControl(text);
            if (text.isBlank()) {
                problems.add("subject", "must not be empty");
            } else if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
                problems.add("subject", "contains a line break (CR/LF are not allowed in a PEC subject)");
            } else if (control >= 0) {
                problems.add("subject", String.format("contains a control character (U+%04X at position %d)",
                        (int) text.charAt(control), control));
            }
            if (Problems.chars(text) > limits.maxSubjectChars()) {
                problems.add("subject", Problems.chars(text) + " characters exceed the limit of "
                        + limits.maxSubjectChars());
            }
        });
        return subject;
    }

    private void checkBody(String body, Attachments attachments) {
        long bytes = Sizes.utf8Length(body);
        if (bytes > limits.maxBodyBytes()) {
            Sizes.Shown shown = Sizes.shown(bytes, limits.maxBodyBytes());
            problems.add("body", shown.size() + " exceeds the limit of " + shown.limit());
        }
        if (body.isEmpty() && attachments.given() == 0) {
            problems.add("body", "is empty and there are no attachments (a PEC needs a body or an attachment)");
        }
    }

    private Optional<Instant> instant(String field) {
        Optional<String> text = optionalString(field);
        try {
            return text.map(value -> OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException notAnInstant) {
            problems.add(field, Problems.quote(text.orElseThrow()) + " is not an ISO-8601 instant with a zone"
                    + " (e.g. 2026-11-23T09:00:00Z or 2026-11-23T10:00:00+01:00)");
            return Optional.empty();
        }
    }

    private void checkWindow(Optional<Instant> notBefore, Optional<Instant> expiresAt) {
        if (expiresAt.isEmpty()) {
            return;
        }
        Instant expiry = expiresAt.get();
        if (!expiry.isAfter(now)) {
            problems.add("expiresAt", expiry + " is already past (now is " + now + ")");
        }
        if (notBefore.isPresent() && !expiry.isAfter(notBefore.get())) {
            problems.add("expiresAt", expiry + " is not after notBefore " + notBefore.get());
        }
    }

    private void checkSize(long messageBytes, int recipients) {
        if (messageBytes > limits.maxTotalBytes()) {
            Sizes.Shown shown = Sizes.shown(messageBytes, limits.maxTotalBytes());
            problems.add("size", shown.size() + " (subject, body and attachments) exceeds the limit of "
                    + shown.limit());
        } else if (recipients > 0 && messageBytes * recipients > limits.maxSizeTimesRecipientsBytes()) {
            problems.add("size", Sizes.human(messageBytes) + " x " + recipients
                    + (recipients == 1 ? " recipient" : " recipients") + " = " + Sizes.human(messageBytes * recipients)
                    + " exceeds the " + Sizes.human(limits.maxSizeTimesRecipientsBytes()) + " PEC limit");
        }
    }

    private Optional<String> requiredString(String field) {
        JsonNode node = root.get(field);
        if (Problems.absent(node)) {
            problems.add(field, "is required");
            return Optional.empty();
        }
        return string(field, node);
    }

    private Optional<String> optionalString(String field) {
        JsonNode node = root.get(field);
        return Problems.absent(node) ? Optional.empty() : string(field, node);
    }

    private Optional<String> string(String field, JsonNode node) {
        if (!node.isString()) {
            problems.add(field, "must be a string (got " + Problems.typeOf(node) + ")");
            return Optional.empty();
        }
        return Optional.of(node.stringValue());
    }
}
