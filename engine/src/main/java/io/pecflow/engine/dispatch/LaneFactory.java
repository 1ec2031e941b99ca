package io.pecflow.engine.dispatch;

import io.pecflow.adapter.massiva.MailboxCredentials;
import io.pecflow.engine.clock.EngineClock;
import io.pecflow.engine.ratelimit.MailboxLimits;
import io.pecflow.engine.ratelimit.MailboxPacer;
import io.pecflow.engine.ratelimit.QuotaUsage;
import java.util.Optional;

/** Makes a mailbox's lane when its first job arrives, with its pacer restored from the ledger's quota use. */
final class LaneFactory {

    private final MailboxDirectory mailboxes;
    private final DispatchSettings settings;
    private final EngineClock clock;

    LaneFactory(MailboxDirectory mailboxes, DispatchSettings settings, EngineClock clock) {
        this.mailboxes = mailboxes;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return the lane; an unconfigured mailbox's lane has placeholder credentials and is to be suspended */
    MailboxLane create(PartitionWork work, String address) {
        Optional<MailboxDirectory.Mailbox> configured = mailboxes.find(address);
        QuotaUsage usage = work.ledger.quota(address)
                .orElseGet(() -> QuotaUsage.none(clock.now().atZone(settings.zone()).toLocalDate()));
        MailboxLimits limits = configured.map(MailboxDirectory.Mailbox::limits).orElse(MailboxLimits.standard());
        return new MailboxLane(address, work.partition, new MailboxPacer(address, limits, clock, settings.zone(), usage),
                configured.map(MailboxDirectory.Mailbox::credentials)
                        .orElse(MailboxCredentials.of(address, "not-configured")),
                limits.minInterval().isZero() ? settings.maxInFlightUnpaced() : 1, configured.isPresent());
    }

}
