package io.pecflow.adapter.massiva;

import java.util.Objects;

/**
 * One inbox message from {@code GET /inbox/{id}}: its header fields read as a {@link Receipt}
 * whose {@link Receipt#text()} is the body, already decoded from the x-www-form-urlencoded form
 * the provider sends it in.
 *
 * @param id      the inbox id asked for
 * @param receipt the message, read and classified
 */
public record InboxMessage(long id, Receipt receipt) {

    public InboxMessage {
        Objects.requireNonNull(receipt, "receipt");
    }

    /** @return the decoded body */
    public String body() {
        return receipt.text();
    }
}
