package io.pecflow.adapter.pec;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One extra user of a mailbox ({@code multiutenza} item). Immutable.
 *
 * @param userId        {@code userid}, the login (e.g. {@code MA177993})
 * @param accountId     {@code id_utenza}
 * @param firstName     {@code nome}
 * @param lastName      {@code cognome}
 * @param description   {@code descrizione}
 * @param passwordEmail {@code email_gestione_password}: where the user's password mail goes
 * @param activated     {@code timestamp.attivazione}
 */
public record MailboxUser(String userId, String accountId, String firstName, String lastName, String description,
                          String passwordEmail, Optional<Instant> activated) {

    public MailboxUser {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(passwordEmail, "passwordEmail");
        Objects.requireNonNull(activated, "activated");
    }
}
