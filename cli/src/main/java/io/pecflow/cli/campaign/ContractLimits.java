package io.pecflow.cli.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules a send job must follow, read from the contract's own JSON Schema
 * ({@code docs/schemas/send-job.schema.json}, copied into the jar at build time) so that the CLI
 * checks what the engine checks and cannot drift from it. The byte limits, which the schema
 * states only in words, are the engine's defaults ({@code pecflow.jobs.limits.*}). Immutable.
 *
 * @param jobId                  the pattern of a jobId
 * @param address                the pattern of an e-mail address (after trimming and lower-casing)
 * @param maxAddressChars        an address's length
 * @param maxCampaignIdChars     a campaignId's length
 * @param maxSubjectChars        a subject's length
 * @param maxRecipients          recipients per job
 * @param maxMetadataEntries     metadata entries
 * @param maxMetadataKeyChars    a metadata key's length
 * @param maxMetadataValueChars  a metadata value's length
 * @param maxAttachmentNameChars an attachment name's length
 * @param contentType            the pattern of an attachment's MIME type
 * @param maxBodyBytes           the body, UTF-8
 * @param maxAttachmentBytes     each attachment, decoded
 * @param maxTotalBytes          subject, body and attachments
 * @param maxSizeTimesRecipients that total times the number of recipients (PEC's rule)
 */
public record ContractLimits(Pattern jobId, Pattern address, int maxAddressChars, int maxCampaignIdChars,
                             int maxSubjectChars, int maxRecipients, int maxMetadataEntries, int maxMetadataKeyChars,
                             int maxMetadataValueChars, int maxAttachmentNameChars, Pattern contentType,
                             long maxBodyBytes, long maxAttachmentBytes, long maxTotalBytes,
                             long maxSizeTimesRecipients) {

    private static final String SCHEMA = "/io/pecflow/cli/schemas/send-job.schema.json";
    private static final long MB = 1_048_576;
    private static final ContractLimits DEFAULTS = read();

    public ContractLimits {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(contentType, "contentType");
    }

    /** @return the contract's default limits */
    public static ContractLimits defaults() {
        return DEFAULTS;
    }

    private static ContractLimits read() {
        try (InputStream in = ContractLimits.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the jar");
            }
            JsonNode schema = JsonMapper.builder().build().readTree(in);
            JsonNode fields = schema.path("properties");
            JsonNode address = schema.path("$defs").path("address");
            JsonNode attachment = schema.path("$defs").path("attachment").path("properties");
            JsonNode metadata = fields.path("metadata");
            return new ContractLimits(pattern(fields.path("jobId")), pattern(address), number(address, "maxLength"),
                    number(fields.path("campaignId"), "maxLength"), number(fields.path("subject"), "maxLength"),
                    number(fields.path("to").path("oneOf").path(1), "maxItems"), number(metadata, "maxProperties"),
                    number(metadata.path("propertyNames"), "maxLength"),
                    number(metadata.path("additionalProperties"), "maxLength"),
                    number(attachment.path("name"), "maxLength"), pattern(attachment.path("contentType")),
                    10 * MB, 30 * MB, 30 * MB, 30 * MB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Pattern pattern(JsonNode node) {
        return Pattern.compile(text(node, "pattern"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isString()) {
            throw new IllegalStateException("the job schema has no " + field + " where the CLI expects one");
        }
        return value.stringValue();
    }

    private static int number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isInt()) {
            throw new IllegalStateException("the job schema has no " + field + " where the CLI expects one");
        }
        return value.intValue();
    }
}
