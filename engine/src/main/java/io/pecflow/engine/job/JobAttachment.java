package io.pecflow.engine.job;

import java.util.Objects;

/**
 * A file attached to a job.
 *
 * @param name        the file name
 * @param contentType the MIME type, "" when upstream gave none
 * @param base64      the content, standard base64 (already checked to decode)
 * @param size        the decoded size in bytes
 */
public record JobAttachment(String name, String contentType, String base64, long size) {

    public JobAttachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(base64, "base64");
    }

    @Override
    public String toString() {
        return "JobAttachment[name=" + name + ", contentType=" + contentType + ", size=" + size + "]";
    }
}
