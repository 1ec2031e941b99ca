package io.pecflow.adapter.massiva;

import java.util.List;
import java.util.Objects;

/**
 * What one {@code POST /send} asks the provider to send. The mailbox credentials travel apart
 * ({@link MailboxCredentials}), so a request can be logged or kept without its secrets; its
 * {@link #toString()} leaves the body out all the same.
 *
 * @param sender      the sending PEC address (the mailbox's own)
 * @param recipients  one or more recipient addresses; one recipient a send keeps receipts unambiguous
 * @param subject     the subject; the provider appends the sending's code to it
 * @param body        the body, HTML allowed
 * @param attachments the attachments, possibly none
 */
public record SendRequest(String sender, List<String> recipients, String subject, String body,
                          List<Attachment> attachments) {

    public SendRequest {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a send needs at least one recipient");
        }
    }

    /** A send to one recipient without attachments. */
    public static SendRequest of(String sender, String recipient, String subject, String body) {
        return new SendRequest(sender, List.of(recipient), subject, body, List.of());
    }

    @Override
    public String toString() {
        return "SendRequest[sender=" + sender + ", recipients=" + recipients.size()
                + ", subjectChars=" + subject.length() + ", bodyChars=" + body.length()
                + ", attachments=" + attachments.size() + "]";
    }
}
