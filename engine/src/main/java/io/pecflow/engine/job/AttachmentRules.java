package io.pecflow.engine.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Reads {@code attachments}: each a {@code {name, contentType, base64}} object, checked and sized. */
final class AttachmentRules {

    static final List<String> FIELDS = List.of("name", "contentType", "base64");
    static final int MAX_NAME_CHARS = 255;
    /** RFC 6838 {@code type/subtype}, no parameters (the provider puts it in a data: URI). */
    private static final Pattern MIME_TYPE = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}");

    private AttachmentRules() {
    }

    /**
     * @param valid      the good attachments
     * @param given      how many the job lists (good or not)
     * @param totalBytes the decoded size of the good ones
     */
    record Attachments(List<JobAttachment> valid, int given, long totalBytes) {
    }

    static Attachments read(JsonNode node, JobLimits limits, Problems problems) {
        if (Problems.absent(node)) {
            return new Attachments(List.of(), 0, 0);
        }
        if (!node.isArray()) {
            problems.add("attachments", "must be an array of {name, contentType, base64} objects (got "
                    + Problems.typeOf(node) + ")");
            return new Attachments(List.of(), 0, 0);
        }
        List<JobAttachment> valid = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < node.size(); i++) {
            Optional<JobAttachment> attachment = one("attachments[" + i + "]", node.get(i), limits, problems);
            if (attachment.isPresent()) {
                valid.add(attachment.get());
                total += attachment.get().size();
            }
        }
        return new Attachments(valid, node.size(), total);
    }

    private static Optional<JobAttachment> one(String field, JsonNode item, JobLimits limits, Problems problems) {
        if (!item.isObject()) {
            problems.add(field, "must be an object with name, contentType and base64 (got "
                    + Problems.typeOf(item) + ")");
            return Optional.empty();
        }
        UnknownFields.check(item, FIELDS, field + ".", problems);
        Optional<String> name = name(field + ".name", item.get("name"), problems);
        Optional<String> contentType = contentType(field + ".contentType", item.get("contentType"), problems);
        Optional<String> base64 = base64(field + ".base64", item.get("base64"), problems);
        if (name.isEmpty() || contentType.isEmpty() || base64.isEmpty()) {
            return Optional.empty();
        }
        long size = Base64Content.decodedSize(base64.get());
        if (size > limits.maxAttachmentBytes()) {
            Sizes.Shown shown = Sizes.shown(size, limits.maxAttachmentBytes());
            problems.add(field, shown.size() + " exceeds the limit of " + shown.limit() + " per attachment");
            return Optional.empty();
        }
        return Optional.of(new JobAttachment(name.get(), contentType.get(), base64.get(), size));
    }

    private static Optional<String> name(String field, JsonNode node, Problems problems) {
        Optional<String> name = requiredString(field, node, problems);
        if (name.isEmpty()) {
            return name;
        }
        String value = name.get();
        if (value.isBlank()) {
            problems.add(field, "must not be empty");
        } else if (Problems.chars(value) > MAX_NAME_CHARS) {
            problems.add(field, Problems.chars(value) + " characters exceed the limit of " + MAX_NAME_CHARS);
        } else if (Problems.firstControl(value) >= 0) {
            problems.add(field, Problems.quote(value) + " contains a control character");
        } else if (value.contains("/") || value.contains("\\")) {
            problems.add(field, Problems.quote(value) + " contains a path separator (give the file name only)");
        } else {
            return name;
        }
        return Optional.empty();
    }

    private static Optional<String> contentType(String field, JsonNode node, Problems problems) {
        if (Problems.absent(node)) {
            return Optional.of("");
        }
        if (!node.isString()) {
            problems.add(field, "must be a string (got " + Problems.typeOf(node) + ")");
            return Optional.empty();
        }
        String value = node.stringValue().strip();
        if (value.isEmpty() || MIME_TYPE.matcher(value).matches()) {
            return Optional.of(value.toLowerCase(Locale.ROOT));
        }
        problems.add(field, Problems.quote(value) + " is not a MIME type like application/pdf (no parameters)");
        return Optional.empty();
    }

    private static Optional<String> base64(String field, JsonNode node, Problems problems) {
        Optional<String> text = requiredString(field, node, problems);
        if (text.isEmpty()) {
            return text;
        }
        String compact = Base64Content.compact(text.get());
        if (compact.isEmpty()) {
            problems.add(field, "is empty (an attachment needs content)");
            return Optional.empty();
        }
        Optional<String> problem = Base64Content.problem(compact);
        problem.ifPresent(why -> problems.add(field, "not valid base64: " + why));
        return problem.isPresent() ? Optional.empty() : Optional.of(compact);
    }

    private static Optional<String> requiredString(String field, JsonNode node, Problems problems) {
        if (Problems.absent(node)) {
            problems.add(field, "is required");
            return Optional.empty();
        }
        if (!node.isString()) {
            problems.add(field, "must be a string (got " + Problems.typeOf(node) + ")");
            return Optional.empty();
        }
        return Optional.of(node.stringValue());
    }
}
