package io.pecflow.cli.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link ValidJob} as the send job JSON of the contract ({@code send-job.schema.json}),
 * fields in the contract's order, optional ones left out, attachments read and base64-encoded
 * only now. Also writes the canonical form a derived jobId is made from. Thread-safe.
 */
public final class JobJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JobJson() {
    }

    /** @return the job as one UTF-8 JSON record */
    public static byte[] write(ValidJob job) {
        ObjectNode root = JSON.createObjectNode();
        root.put("jobId", job.jobId());
        fill(root, job, job.metadata());
        if (!job.attachments().isEmpty()) {
            ArrayNode attachments = root.putArray("attachments");
            job.attachments().forEach(attachment -> {
                ObjectNode node = attachments.addObject().put("name", attachment.name());
                attachment.contentType().ifPresent(type -> node.put("contentType", type));
                node.put("base64", base64(attachment));
            });
        }
        return JSON.writeValueAsBytes(reorder(root));
    }

    /**
     * @return what identifies the job apart from its jobId: every field, metadata sorted by key,
     *         attachments by name, type and content hash
     */
    static String canonical(ValidJob job) {
        ObjectNode root = JSON.createObjectNode();
        fill(root, job, new TreeMap<>(job.metadata()));
        ArrayNode attachments = root.putArray("attachments");
        job.attachments().forEach(attachment -> attachments.addObject().put("name", attachment.name())
                .put("contentType", attachment.contentType().orElse("")).put("sha256", attachment.sha256()));
        return JSON.writeValueAsString(root);
    }

    private static void fill(ObjectNode root, ValidJob job, Map<String, String> metadata) {
        root.put("campaignId", job.campaignId());
        root.put("mailbox", job.mailbox());
        if (!job.to().isEmpty()) {
            ArrayNode to = root.putArray("to");
            job.to().forEach(to::add);
        }
        if (!job.toTaxCodes().isEmpty()) {
            ArrayNode taxCodes = root.putArray("toTaxCodes");
            job.toTaxCodes().forEach(taxCodes::add);
        }
        if (job.checkRecipients()) {
            root.put("checkRecipients", true);
        }
        root.put("subject", job.subject());
        root.put("body", job.body());
        job.notBefore().ifPresent(value -> root.put("notBefore", value));
        job.expiresAt().ifPresent(value -> root.put("expiresAt", value));
        if (!metadata.isEmpty()) {
            ObjectNode node = root.putObject("metadata");
            metadata.forEach(node::put);
        }
    }

    /** Puts attachments after body, where the contract lists them. */
    private static ObjectNode reorder(ObjectNode root) {
        ObjectNode ordered = JSON.createObjectNode();
        for (String field : new String[] {"jobId", "campaignId", "mailbox", "to", "toTaxCodes", "checkRecipients",
                "subject", "body", "attachments", "notBefore", "expiresAt", "metadata"}) {
            if (root.has(field)) {
                ordered.set(field, root.get(field));
            }
        }
        return ordered;
    }

    private static String base64(ResolvedAttachment attachment) {
        return switch (attachment.source()) {
            case AttachmentSource.Inline inline -> inline.base64();
            case AttachmentSource.FromFile file -> {
                try {
                    yield Base64.getEncoder().encodeToString(Files.readAllBytes(file.path()));
                } catch (IOException unreadable) {
                    throw new UncheckedIOException("cannot read the attachment " + file.path(), unreadable);
                }
            }
        };
    }
}
