package io.pecflow.adapter.pec;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The moments of a mailbox's life ({@code timestamp}: Unix seconds on the wire); each is empty
 * until it has happened. Immutable.
 *
 * @param registered   {@code registrazione}
 * @param lastModified {@code ultima_modifica}
 * @param activated    {@code evasione}: when the box became active
 * @param expires      {@code scadenza}
 * @param revoked      {@code revoca}
 */
public record MailboxTimestamps(Optional<Instant> registered, Optional<Instant> lastModified,
                                Optional<Instant> activated, Optional<Instant> expires, Optional<Instant> revoked) {

    public MailboxTimestamps {
        Objects.requireNonNull(registered, "registered");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(activated, "activated");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(revoked, "revoked");
    }

    /** @return no moment known */
    public static MailboxTimestamps none() {
        return new MailboxTimestamps(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
