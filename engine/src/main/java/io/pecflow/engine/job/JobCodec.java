package io.pecflow.engine.job;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link SendJob} as JSON for the engine's internal topics, in the input contract's field names
 * (so a written job is also a valid {@code pecflow.jobs} record). The round trip is exact. Reading
 * trusts the limits (the job was checked when it came in) but not the bytes: anything that is not
 * such a job fails with an {@link IllegalArgumentException} saying what is wrong. Thread-safe.
 */
public final class JobCodec {

    private static final List<String> ATTACHMENT_FIELDS = AttachmentRules.FIELDS;

    private final JsonMapper json = JobReader.mapper(true);

    /**
     * @return the job as UTF-8 JSON; empty optionals, attachments, metadata, tax codes and an
     *         empty {@code to} are left out, and {@code checkRecipients} unless true
     */
    public byte[] write(SendJob job) {
        ObjectNode root = json.createObjectNode();
        root.put("jobId", job.jobId());
        job.campaignId().ifPresent(value -> root.put("campaignId", value));
        root.put("mailbox", job.mailbox());
        if (!job.to().isEmpty()) {
            ArrayNode to = root.putArray("to");
            job.to().forEach(to::add);
        }
        if (!job.toTaxCodes().isEmpty()) {
            ArrayNode codes = root.putArray("toTaxCodes");
            job.toTaxCodes().forEach(codes::add);
        }
        if (job.checkRecipients()) {
            root.put("checkRecipients", true);
        }
        root.put("subject", job.subject());
        root.put("body", job.body());
        if (!job.attachments().isEmpty()) {
            ArrayNode attachments = root.putArray("attachments");
            for (JobAttachment attachment : job.attachments()) {
                ObjectNode item = attachments.addObject().put("name", attachment.name());
                if (!attachment.contentType().isEmpty()) {
                    item.put("contentType", attachment.contentType());
                }
                item.put("base64", attachment.base64());
            }
        }
        job.notBefore().ifPresent(value -> root.put("notBefore", value.toString()));
        job.expiresAt().ifPresent(value -> root.put("expiresAt", value.toString()));
        if (!job.metadata().isEmpty()) {
            ObjectNode metadata = root.putObject("metadata");
            new TreeMap<>(job.metadata()).forEach(metadata::put);
        }
        return json.writeValueAsBytes(root);
    }

    /**
     * @param value a job as {@link #write(SendJob)} wrote it
     * @return the job
     * @throws IllegalArgumentException when the bytes are not such a job
     */
    public SendJob read(byte[] value) {
        JsonNode root = tree(value);
        unknown(root, JobValidation.FIELDS, "");
        try {
            return new SendJob(text(root, "jobId"), optionalText(root, "campaignId"), text(root, "mailbox"),
                    strings(root, "to"), text(root, "subject"), text(root, "body"), attachments(root),
                    instant(root, "notBefore"), instant(root, "expiresAt"), metadata(root), strings(root, "toTaxCodes"),
                    checkRecipients(root));
        } catch (IllegalArgumentException invalid) {
            throw invalid.getMessage().startsWith("corrupt job record") ? invalid : corrupt(invalid.getMessage());
        }
    }

    private JsonNode tree(byte[] value) {
        if (value == null || value.length == 0) {
            throw corrupt("the record is empty");
        }
        try {
            JsonNode root = json.readTree(value);
            if (root == null || !root.isObject()) {
                throw corrupt("not a JSON object");
            }
            return root;
        } catch (JacksonException notJson) {
            throw new IllegalArgumentException("corrupt job record: not JSON (" + notJson.getOriginalMessage() + ")",
                    notJson);
        }
    }

    /** {@code to} or {@code toTaxCodes}: left out (empty) or a non-empty array of strings. */
    private static List<String> strings(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray() || node.isEmpty()) {
            throw corrupt(field + " must be a non-empty array");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isString()) {
                throw corrupt(field + " holds " + item.getNodeType() + ", not a string");
            }
            values.add(item.stringValue());
        }
        return values;
    }

    private static boolean checkRecipients(JsonNode root) {
        JsonNode node = root.get("checkRecipients");
        if (node == null) {
            return false;
        }
        if (!node.isBoolean()) {
            throw corrupt("checkRecipients must be a boolean, got " + node.getNodeType());
        }
        return node.booleanValue();
    }

    private static List<JobAttachment> attachments(JsonNode root) {
        JsonNode node = root.get("attachments");
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw corrupt("attachments must be an array");
        }
        List<JobAttachment> attachments = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isObject()) {
                throw corrupt("an attachment must be an object");
            }
            unknown(item, ATTACHMENT_FIELDS, "attachments[].");
            String base64 = text(item, "base64");
            if (base64.length() % 4 != 0) {
                throw corrupt("attachment '" + text(item, "name") + "' has base64 of a length not a multiple of 4");
            }
            attachments.add(new JobAttachment(text(item, "name"), optionalText(item, "contentType").orElse(""),
                    base64, Base64Content.decodedSize(base64)));
        }
        return attachments;
    }

    private static Map<String, String> metadata(JsonNode root) {
        JsonNode node = root.get("metadata");
        if (node == null) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw corrupt("metadata must be an object");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!entry.getValue().isString()) {
                throw corrupt("metadata." + entry.getKey() + " must be a string");
            }
            metadata.put(entry.getKey(), entry.getValue().stringValue());
        }
        return metadata;
    }

    private static Optional<Instant> instant(JsonNode root, String field) {
        return optionalText(root, field).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notAnInstant) {
                throw new IllegalArgumentException("corrupt job record: " + field + " '" + text
                        + "' is not an instant", notAnInstant);
            }
        });
    }

    private static String text(JsonNode node, String field) {
        return optionalText(node, field).orElseThrow(() -> corrupt(field + " is missing"));
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isString()) {
            throw corrupt(field + " must be a string, got " + value.getNodeType());
        }
        return Optional.of(value.stringValue());
    }

    private static void unknown(JsonNode node, List<String> known, String prefix) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw corrupt("unknown field " + prefix + name + " (written by a newer engine?)");
            }
        }
    }

    private static IllegalArgumentException corrupt(String what) {
        return new IllegalArgumentException("corrupt job record: " + what);
    }
}
