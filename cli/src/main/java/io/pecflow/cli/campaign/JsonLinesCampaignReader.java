package io.pecflow.cli.campaign;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON Lines campaign: one send job a line, as the contract writes it, except that
 * {@code jobId}, {@code campaignId} and {@code mailbox} may be left out (derived, or from the
 * options) and that an attachment may also be a file path (a string) or {@code {"path": ..}}.
 * Blank lines are skipped. Stateless.
 */
final class JsonLinesCampaignReader {

    private static final List<String> FIELDS = List.of("jobId", "campaignId", "mailbox", "to", "toTaxCodes",
            "checkRecipients", "subject", "body", "attachments", "notBefore", "expiresAt", "metadata");
    private static final List<String> ATTACHMENT_FIELDS = List.of("name", "contentType", "base64", "path");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonLinesCampaignReader() {
    }

    static CampaignFile read(String text) {
        List<JobDraft> drafts = new ArrayList<>();
        String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\r?\n|\r", -1) : text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                drafts.add(draft(i + 1, lines[i]));
            }
        }
        return new CampaignFile(drafts, List.of());
    }

    private static JobDraft draft(int line, String text) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException notJson) {
            return failed(line, "line: not valid JSON (" + firstLine(notJson.getOriginalMessage()) + ")");
        }
        if (root == null || !root.isObject()) {
            return failed(line, "line: is not a JSON object");
        }
        root.propertyNames().stream().filter(name -> !FIELDS.contains(name))
                .forEach(name -> problems.add(name + ": unknown field (the fields are " + String.join(", ", FIELDS) + ")"));
        Fields fields = new Fields(root, problems);
        return new JobDraft(line, fields.string("jobId"), fields.string("campaignId"), fields.string("mailbox"),
                fields.strings("to"), fields.string("subject"), fields.string("body"), attachments(root, problems),
                fields.string("notBefore"), fields.string("expiresAt"), fields.metadata(), fields.strings("toTaxCodes"),
                fields.flag("checkRecipients"), problems);
    }

    private static List<AttachmentSource> attachments(JsonNode root, List<String> problems) {
        JsonNode node = root.get("attachments");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add("attachments: must be an array");
            return List.of();
        }
        List<AttachmentSource> attachments = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            attachment("attachments[" + i + "]", node.get(i), problems).ifPresent(attachments::add);
        }
        return attachments;
    }

    private static Optional<AttachmentSource> attachment(String field, JsonNode item, List<String> problems) {
        if (item.isString()) {
            return path(field, item.stringValue(), problems);
        }
        if (!item.isObject()) {
            problems.add(field + ": must be a file path or an object {name, contentType, base64}");
            return Optional.empty();
        }
        item.propertyNames().stream().filter(name -> !ATTACHMENT_FIELDS.contains(name))
                .forEach(name -> problems.add(field + "." + name + ": unknown field"));
        Fields fields = new Fields(item, problems, field + ".");
        Optional<String> path = fields.string("path");
        if (path.isPresent()) {
            return path(field, path.get(), problems);
        }
        Optional<String> name = fields.string("name");
        Optional<String> base64 = fields.string("base64");
        if (name.isEmpty() || base64.isEmpty()) {
            problems.add(field + ": needs a name and base64 content, or a path");
            return Optional.empty();
        }
        return Optional.of(new AttachmentSource.Inline(name.get(), fields.string("contentType"), base64.get()));
    }

    private static Optional<AttachmentSource> path(String field, String path, List<String> problems) {
        try {
            return Optional.of(new AttachmentSource.FromFile(Path.of(path.strip())));
        } catch (InvalidPathException notAPath) {
            problems.add(field + ": '" + path + "' is not a file path");
            return Optional.empty();
        }
    }

    private static JobDraft failed(int line, String problem) {
        return new JobDraft(line, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Map.of(), List.of(), Optional.empty(),
                List.of(problem));
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** Reads the fields of one object, noting each of the wrong type. */
    private record Fields(JsonNode node, List<String> problems, String prefix) {

        Fields(JsonNode node, List<String> problems) {
            this(node, problems, "");
        }

        Optional<String> string(String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isString()) {
                problems.add(prefix + name + ": must be a string");
                return Optional.empty();
            }
            return Optional.of(value.stringValue());
        }

        /** A string or an array of strings ({@code to}, {@code toTaxCodes}). */
        List<String> strings(String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (value.isString()) {
                return List.of(value.stringValue());
            }
            List<String> values = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(item -> {
                    if (item.isString()) {
                        values.add(item.stringValue());
                    } else {
                        problems.add(name + ": every item must be a string");
                    }
                });
            } else {
                problems.add(name + ": must be a string or an array of strings");
            }
            return values;
        }

        Optional<Boolean> flag(String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isBoolean()) {
                problems.add(prefix + name + ": must be true or false");
                return Optional.empty();
            }
            return Optional.of(value.booleanValue());
        }

        Map<String, String> metadata() {
            JsonNode value = node.get("metadata");
            Map<String, String> metadata = new LinkedHashMap<>();
            if (value == null || value.isNull()) {
                return metadata;
            }
            if (!value.isObject()) {
                problems.add("metadata: must be an object of strings");
                return metadata;
            }
            value.properties().forEach(entry -> {
                if (entry.getValue().isString()) {
                    metadata.put(entry.getKey(), entry.getValue().stringValue());
                } else {
                    problems.add("metadata." + entry.getKey() + ": must be a string");
                }
            });
            return metadata;
        }
    }
}
