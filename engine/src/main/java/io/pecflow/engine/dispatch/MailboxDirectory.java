package io.pecflow.engine.dispatch;

import io.pecflow.adapter.massiva.MailboxCredentials;
import io.pecflow.engine.ratelimit.MailboxLimits;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The mailboxes this engine sends from, by lower-case address. Immutable. */
public final class MailboxDirectory {

    /** One configured mailbox. */
    public record Mailbox(String address, MailboxCredentials credentials, MailboxLimits limits) {
        public Mailbox {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(credentials, "credentials");
            Objects.requireNonNull(limits, "limits");
        }
    }

    private final Map<String, Mailbox> byAddress;

    public MailboxDirectory(Map<String, Mailbox> byAddress) {
        this.byAddress = Map.copyOf(byAddress);
    }

    public Optional<Mailbox> find(String address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    public java.util.Set<String> addresses() {
        return byAddress.keySet();
    }
}
