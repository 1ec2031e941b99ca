package io.pecflow.adapter.massiva;

import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A file attached to a PEC. On the wire it becomes {@code {"name": ..., "file": ...}} where
 * {@code file} is the content in base64, written as a {@code data:} URI when the content type is
 * known (as in the provider's own example) and as plain base64 otherwise.
 *
 * @param name        the file name the recipient sees
 * @param contentType the MIME type, or empty when unknown
 * @param base64      the content, base64-encoded (standard alphabet)
 */
public record Attachment(String name, String contentType, String base64) {

    public Attachment {
        Objects.requireNonNull(name, "attachment name");
        Objects.requireNonNull(contentType, "attachment content type (use \"\" when unknown)");
        Objects.requireNonNull(base64, "attachment content");
        if (name.isBlank()) {
            throw new IllegalArgumentException("attachment name must not be blank");
        }
    }

    /** An attachment from raw bytes. */
    public static Attachment ofBytes(String name, String contentType, byte[] content) {
        return new Attachment(name, contentType, Base64.getEncoder().encodeToString(content));
    }

    /** @return the content type when one was given */
    public Optional<String> knownContentType() {
        return contentType.isBlank() ? Optional.empty() : Optional.of(contentType);
    }

    /** @return the value of the wire's {@code file} field */
    public String wireFile() {
        return knownContentType().map(type -> "data:" + type + ";base64," + base64).orElse(base64);
    }

    @Override
    public String toString() {
        return "Attachment[name=" + name + ", contentType=" + contentType + ", base64Chars=" + base64.length() + "]";
    }
}
