package io.pecflow.adapter.pec;

/**
 * A user to add to a mailbox ({@code POST /pec/{id}/multiutenza}); every field is required.
 * Immutable.
 *
 * @param firstName     {@code nome}
 * @param lastName      {@code cognome}
 * @param description   {@code descrizione}
 * @param passwordEmail {@code email_gestione_password}: where the user's password mail goes
 */
public record NewMailboxUser(String firstName, String lastName, String description, String passwordEmail) {

    public NewMailboxUser {
        Fields.requireText(firstName, "firstName");
        Fields.requireText(lastName, "lastName");
        Fields.requireText(description, "description");
        Fields.requireText(passwordEmail, "passwordEmail");
    }
}
