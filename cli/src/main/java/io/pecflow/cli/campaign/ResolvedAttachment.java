package io.pecflow.cli.campaign;

import java.util.Objects;
import java.util.Optional;

/**
 * An attachment that passed its checks: its content is read (a file) or decoded (inline base64)
 * only when the job is published. Immutable.
 *
 * @param name        the file name the recipient sees
 * @param contentType the MIME type, when given or known from the file's extension
 * @param source      a file (its path resolved) or the inline base64 (white space removed)
 * @param bytes       the decoded size
 * @param sha256      the content's SHA-256, hex; stands for the content in a derived jobId
 */
public record ResolvedAttachment(String name, Optional<String> contentType, AttachmentSource source, long bytes,
                                 String sha256) {

    public ResolvedAttachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
    }
}
