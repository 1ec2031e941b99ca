package io.pecflow.cli.campaign;

import io.pecflow.adapter.trovapec.TaxCode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one campaign row against the contract ({@code docs/contract.md}) the way the engine
 * will, apart from what only the engine knows (which mailboxes it sends from, and the time the
 * job arrives), and collects every problem, each {@code field: what is wrong}. A good row
 * becomes a {@link ValidJob} with its jobId. Thread-safe.
 */
public final class JobValidator {

    private final ContractLimits limits;
    private final CampaignDefaults defaults;
    private final AttachmentRules attachmentRules;
    private final Instant now;

    /** @param now the time {@code expiresAt} must be after */
    public JobValidator(ContractLimits limits, CampaignDefaults defaults, Instant now) {
        this.limits = limits;
        this.defaults = defaults;
        this.attachmentRules = new AttachmentRules(limits, defaults.baseDir());
        this.now = now;
    }

    public RowCheck check(JobDraft draft) {
        List<String> problems = new ArrayList<>(draft.readProblems());
        draft.jobId().filter(id -> !limits.jobId().matcher(id).matches()).ifPresent(id -> problems.add("jobId: "
                + quote(id) + " must be 1-128 of A-Z a-z 0-9 . _ : - (or leave it out to have one derived)"));
        String campaignId = campaignId(draft.campaignId().orElse(defaults.campaignId()), problems);
        String mailbox = draft.mailbox().or(defaults::mailbox).map(raw -> address("mailbox", raw, problems))
                .orElseGet(() -> required("mailbox", " (in the row, or --mailbox)", problems));
        List<String> taxCodes = taxCodes(draft.toTaxCodes(), problems);
        List<String> to = recipients(draft.to(), !draft.toTaxCodes().isEmpty(), problems);
        if (to.size() + taxCodes.size() > limits.maxRecipients()) {
            problems.add("to: " + (to.size() + taxCodes.size()) + " recipients and tax codes exceed the limit of "
                    + limits.maxRecipients());
        }
        String subject = draft.subject().map(text -> subject(text, problems))
                .orElseGet(() -> required("subject", "", problems));
        String body = draft.body().orElseGet(() -> required("body", "", problems));
        List<ResolvedAttachment> attachments = attachmentRules.resolve(draft.attachments(), problems);
        checkBody(body, draft.attachments().size(), problems);
        Optional<Instant> notBefore = instant("notBefore", draft.notBefore(), problems);
        Optional<Instant> expiresAt = instant("expiresAt", draft.expiresAt(), problems);
        checkWindow(notBefore, expiresAt, problems);
        checkMetadata(draft.metadata(), problems);
        long size = utf8(subject) + utf8(body) + attachments.stream().mapToLong(ResolvedAttachment::bytes).sum();
        checkSize(size, to.size() + taxCodes.size(), problems);
        if (!problems.isEmpty()) {
            return new RowCheck.Invalid(new BadRow(draft.line(), problems));
        }
        ValidJob job = new ValidJob(draft.line(), draft.jobId().orElse(""), draft.jobId().isEmpty(), campaignId,
                mailbox, to, subject, body, attachments, draft.notBefore().map(String::strip),
                draft.expiresAt().map(String::strip), draft.metadata(), taxCodes, draft.checkRecipients().orElse(false));
        return new RowCheck.Valid(job.derivedId() ? job.withJobId(JobIds.derive(job), true) : job);
    }

    private String campaignId(String id, List<String> problems) {
        if (id.isBlank()) {
            problems.add("campaignId: must not be empty");
        } else if (chars(id) > limits.maxCampaignIdChars()) {
            problems.add("campaignId: " + chars(id) + " characters exceed the limit of " + limits.maxCampaignIdChars());
        } else if (id.chars().anyMatch(Character::isISOControl)) {
            problems.add("campaignId: " + quote(id) + " contains a control character");
        }
        return id;
    }

    private String address(String field, String raw, List<String> problems) {
        String address = raw.strip().toLowerCase(Locale.ROOT);
        if (address.length() > limits.maxAddressChars() || !limits.address().matcher(address).matches()) {
            String hint = address.contains(",") || address.contains(";") ? " (separate recipients with ;)" : "";
            problems.add(field + ": " + quote(raw.strip()) + " is not an e-mail address" + hint);
        }
        return address;
    }

    private List<String> recipients(List<String> raw, boolean taxCodesGiven, List<String> problems) {
        if (raw.isEmpty()) {
            if (!taxCodesGiven) {
                problems.add("to: is required: one recipient address or more, separated by ; (or toTaxCodes)");
            }
            return List.of();
        }
        List<String> to = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String address = address("to[" + i + "]", raw.get(i), problems);
            Integer first = seen.putIfAbsent(address, i);
            if (first != null) {
                problems.add("to[" + i + "]: " + quote(address) + " is already in to[" + first + "]");
            } else {
                to.add(address);
            }
        }
        return to;
    }

    /** Tax codes as TrovaPEC takes them; a code is never quoted back (it identifies a person). */
    private static List<String> taxCodes(List<String> raw, List<String> problems) {
        List<String> codes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String code = raw.get(i).strip().toUpperCase(Locale.ROOT);
            try {
                TaxCode.of(code);
            } catch (IllegalArgumentException invalid) {
                problems.add("toTaxCodes[" + i + "]: is neither an 11-digit VAT number nor a 16-character tax code");
                continue;
            }
            Integer first = seen.putIfAbsent(code, i);
            if (first != null) {
                problems.add("toTaxCodes[" + i + "]: repeats toTaxCodes[" + first + "]");
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private String subject(String text, List<String> problems) {
        if (text.isBlank()) {
            problems.add("subject: must not be empty");
        } else if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            problems.add("subject: contains a line break (CR/LF are not allowed in a PEC subject)");
        } else if (text.chars().anyMatch(Character::isISOControl)) {
            problems.add("subject: contains a control character");
        }
        if (chars(text) > limits.maxSubjectChars()) {
            problems.add("subject: " + chars(text) + " characters exceed the limit of " + limits.maxSubjectChars());
        }
        return text;
    }

    private void checkBody(String body, int attachments, List<String> problems) {
        if (utf8(body) > limits.maxBodyBytes()) {
            problems.add("body: " + Sizes.human(utf8(body)) + " exceeds the limit of " + Sizes.human(limits.maxBodyBytes()));
        }
        if (body.isEmpty() && attachments == 0) {
            problems.add("body: is empty and there are no attachments (a PEC needs a body or an attachment)");
        }
    }

    private static Optional<Instant> instant(String field, Optional<String> text, List<String> problems) {
        try {
            return text.map(value -> OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException notAnInstant) {
            problems.add(field + ": " + quote(text.orElseThrow()) + " is not an ISO-8601 instant with a zone"
                    + " (e.g. 2026-11-23T09:00:00Z or 2026-11-23T10:00:00+01:00)");
            return Optional.empty();
        }
    }

    private void checkWindow(Optional<Instant> notBefore, Optional<Instant> expiresAt, List<String> problems) {
        expiresAt.filter(expiry -> !expiry.isAfter(now))
                .ifPresent(expiry -> problems.add("expiresAt: " + expiry + " is already past"));
        if (notBefore.isPresent() && expiresAt.isPresent() && !expiresAt.get().isAfter(notBefore.get())) {
            problems.add("expiresAt: " + expiresAt.get() + " is not after notBefore " + notBefore.get());
        }
    }

    private void checkMetadata(Map<String, String> metadata, List<String> problems) {
        if (metadata.size() > limits.maxMetadataEntries()) {
            problems.add("metadata: " + metadata.size() + " entries exceed the limit of " + limits.maxMetadataEntries());
        }
        metadata.forEach((key, value) -> {
            if (key.isBlank()) {
                problems.add("metadata: has an empty key");
            } else if (chars(key) > limits.maxMetadataKeyChars()) {
                problems.add("metadata." + key + ": the key is longer than " + limits.maxMetadataKeyChars() + " characters");
            } else if (chars(value) > limits.maxMetadataValueChars()) {
                problems.add("metadata." + key + ": " + chars(value) + " characters exceed the limit of "
                        + limits.maxMetadataValueChars());
            }
        });
    }

    private void checkSize(long size, int recipients, List<String> problems) {
        if (size > limits.maxTotalBytes()) {
            problems.add("size: " + Sizes.human(size) + " (subject, body and attachments) exceeds the limit of "
                    + Sizes.human(limits.maxTotalBytes()));
        } else if (recipients > 0 && size * recipients > limits.maxSizeTimesRecipients()) {
            problems.add("size: " + Sizes.human(size) + " x " + recipients + " recipients exceeds the "
                    + Sizes.human(limits.maxSizeTimesRecipients()) + " PEC limit");
        }
    }

    private static String required(String field, String where, List<String> problems) {
        problems.add(field + ": is required" + where);
        return "";
    }

    private static int chars(String text) {
        return text.codePointCount(0, text.length());
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Quotes a value, shortened to 60 characters, as problems show them. */
    private static String quote(String value) {
        return "'" + (value.length() > 60 ? value.substring(0, 57) + "..." : value) + "'";
    }
}
