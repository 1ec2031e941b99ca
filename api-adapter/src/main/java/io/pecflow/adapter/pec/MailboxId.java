package io.pecflow.adapter.pec;

/**
 * The PEC API's id of a mailbox ({@code id} of {@code /pec}, e.g. {@code 6040e4613a716838dc4eee0e}),
 * a type of its own so it cannot be mixed up with a {@link CommunicationId}. Immutable.
 *
 * @param value the id as the provider wrote it: one word, no {@code / ? #}
 */
public record MailboxId(String value) {

    public MailboxId {
        PecIds.check(value, "mailbox id");
    }

    public static MailboxId of(String value) {
        return new MailboxId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
