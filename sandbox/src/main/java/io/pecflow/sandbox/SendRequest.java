package io.pecflow.sandbox;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * A valid {@code POST /send} body.
 *
 * @param recipients the recipients as sent
 * @param subject    the subject
 * @param body       the body (HTML allowed)
 * @param messageKib subject, body and decoded attachments, rounded up to KiB
 * @param digest     a compact hash of recipients, subject, body and attachments, to spot duplicates
 */
record SendRequest(List<String> recipients, String subject, String body, long messageKib, Digest digest) {

    SendRequest {
        recipients = List.copyOf(recipients);
    }

    /**
     * The first 128 bits of a SHA-256 of the canonical form of a send: plenty to tell sends apart, and
     * small enough to keep one per accepted send.
     *
     * @param high first 64 bits
     * @param low  next 64 bits
     */
    record Digest(long high, long low) {
        static Digest of(byte[] sha256) {
            ByteBuffer buffer = ByteBuffer.wrap(sha256);
            return new Digest(buffer.getLong(), buffer.getLong());
        }
    }
}
