package io.pecflow.sandbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Validates a {@code POST /send} body the way the provider answers {@code 400 Post parameter is not valid}:
 * sender missing, blank or not the mailbox's own address; recipient missing, empty or malformed; subject or
 * body missing; attachments not an array, or one without a name or with invalid base64.
 */
final class SendRequestParser {

    /** The outcome of parsing. */
    sealed interface Parsed {
        /** @param request the valid request */
        record Valid(SendRequest request) implements Parsed {
        }

        /** @param reason what is wrong, for a diagnostic header */
        record Rejected(String reason) implements Parsed {
        }
    }

    // a pragmatic address check: local@domain.tld, no spaces, no consecutive dots in the domain
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private static final byte SEPARATOR = 0;

    private SendRequestParser() {
    }

    private static final class Bad extends RuntimeException {
        Bad(String reason) {
            super(reason, null, false, false);
        }
    }

    static Parsed parse(JsonNode json, String mailboxAddress) {
        try {
            return new Parsed.Valid(read(json, mailboxAddress));
        } catch (Bad bad) {
            return new Parsed.Rejected(bad.getMessage());
        }
    }

    private static SendRequest read(JsonNode json, String mailboxAddress) {
        String sender = text(json, "sender").trim();
        if (sender.isEmpty() || !sender.equalsIgnoreCase(mailboxAddress)) {
            throw new Bad("sender is blank or not the mailbox's own address");
        }
        List<String> recipients = recipients(json.get("recipient"));
        String subject = text(json, "subject");
        String body = text(json, "body");
        MessageDigest sha = sha256();
        recipients.stream().map(r -> r.toLowerCase(Locale.ROOT)).sorted()
                .forEach(r -> sha.update((r + "\n").getBytes(StandardCharsets.UTF_8)));
        sha.update(SEPARATOR);
        byte[] subjectBytes = subject.getBytes(StandardCharsets.UTF_8);
        byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
        sha.update(subjectBytes);
        sha.update(SEPARATOR);
        sha.update(bodyBytes);
        sha.update(SEPARATOR);
        long bytes = subjectBytes.length + bodyBytes.length + attachments(json.get("attachments"), sha);
        return new SendRequest(recipients, subject, body, (bytes + 1023) / 1024, SendRequest.Digest.of(sha.digest()));
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || !node.isString()) {
            throw new Bad(field + " is missing or not a string");
        }
        return node.stringValue();
    }

    private static List<String> recipients(JsonNode node) {
        List<String> result = new ArrayList<>();
        if (node != null && node.isString()) {
            result.add(address(node.stringValue()));
        } else if (node != null && node.isArray()) {
            for (JsonNode element : node) {
                if (!element.isString()) {
                    throw new Bad("recipient list holds a non-string");
                }
                result.add(address(element.stringValue()));
            }
        }
        if (result.isEmpty()) {
            throw new Bad("recipient is missing or empty");
        }
        return result;
    }

    private static String address(String raw) {
        String address = raw.trim();
        if (!ADDRESS.matcher(address).matches()) {
            throw new Bad("malformed address: " + raw);
        }
        return address;
    }

    /** @return the decoded size of all attachments, after hashing them */
    private static long attachments(JsonNode node, MessageDigest sha) {
        if (node == null || node.isNull()) {
            return 0;
        }
        if (!node.isArray()) {
            throw new Bad("attachments is not an array");
        }
        long total = 0;
        for (JsonNode attachment : node) {
            JsonNode name = attachment.get("name");
            JsonNode file = attachment.get("file");
            if (name == null || !name.isString() || name.stringValue().isBlank()) {
                throw new Bad("an attachment has no name");
            }
            if (file == null || !file.isString()) {
                throw new Bad("attachment " + name.stringValue() + " has no file");
            }
            byte[] content = decodeFile(file.stringValue(), name.stringValue());
            sha.update(name.stringValue().getBytes(StandardCharsets.UTF_8));
            sha.update(SEPARATOR);
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(content.length).array());
            sha.update(content);
            total += content.length;
        }
        return total;
    }

    /** Raw base64, or a data URI {@code data:<type>;base64,<b64>} as in the provider's example. */
    static byte[] decodeFile(String file, String name) {
        String b64 = file;
        if (file.regionMatches(true, 0, "data:", 0, 5)) {
            int comma = file.indexOf(',');
            if (comma < 0 || !file.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
                throw new Bad("attachment " + name + " is a data URI without ;base64,");
            }
            b64 = file.substring(comma + 1);
        }
        if (b64.indexOf('\n') >= 0 || b64.indexOf('\r') >= 0 || b64.indexOf(' ') >= 0) {
            b64 = b64.replaceAll("\\s+", "");
        }
        try {
            return Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw new Bad("attachment " + name + " is not valid base64");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
