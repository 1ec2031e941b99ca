package io.pecflow.adapter.massiva;

import io.pecflow.adapter.Secret;
import java.util.Objects;

/**
 * The sending mailbox's own login, sent with every PEC Massiva call: as the {@code username} and
 * {@code password} body fields of {@code POST /send} and as the {@code x-username} and
 * {@code x-password} headers of every other call. The password is a {@link Secret}, so
 * {@link #toString()} never shows it.
 *
 * @param username the mailbox login, usually its PEC address
 * @param password the mailbox password
 */
public record MailboxCredentials(String username, Secret password) {

    public MailboxCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
    }

    public static MailboxCredentials of(String username, String password) {
        return new MailboxCredentials(username, Secret.of(password));
    }
}
