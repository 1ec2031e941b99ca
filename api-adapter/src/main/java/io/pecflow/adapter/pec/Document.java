package io.pecflow.adapter.pec;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A file exchanged with the PEC API: a form it gives (PDF) or a document it takes (a signed PDF,
 * an identity document, a p7m for the Business Register), travelling as base64 in JSON. Holds
 * its own copy of the bytes: immutable and thread-safe. {@link #toString()} gives the size only.
 */
public final class Document {

    private final byte[] content;

    private Document(byte[] content) {
        if (content.length == 0) {
            throw new IllegalArgumentException("a document must not be empty");
        }
        this.content = content;
    }

    /** A document from its bytes (copied). */
    public static Document of(byte[] content) {
        return new Document(Objects.requireNonNull(content, "content").clone());
    }

    /** A document from base64 text (standard alphabet), as the provider's examples give it. */
    public static Document ofBase64(String base64) {
        Objects.requireNonNull(base64, "base64");
        return new Document(Base64.getDecoder().decode(base64));
    }

    /** @return a copy of the bytes */
    public byte[] bytes() {
        return content.clone();
    }

    /** @return the bytes in base64 (standard alphabet, padded), as the provider takes them */
    public String base64() {
        return Base64.getEncoder().encodeToString(content);
    }

    /** @return the size in bytes */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Document document && Arrays.equals(document.content, content);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Document[" + content.length + " bytes]";
    }
}
