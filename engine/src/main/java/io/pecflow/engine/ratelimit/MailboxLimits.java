package io.pecflow.engine.ratelimit;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast and how much one mailbox may send.
 *
 * @param minInterval        the least time between the end of one {@code POST /send} and the start of
 *                           the next (1 s: the provider takes at most one call a second)
 * @param recipientsPerDay   recipients per calendar day (Europe/Rome); 0 = no daily limit
 * @param recipientsPerMonth recipients per calendar month (Europe/Rome); 0 = no monthly limit
 */
public record MailboxLimits(Duration minInterval, long recipientsPerDay, long recipientsPerMonth) {

    /** The STANDARD plan: 3,500 recipients a day. */
    public static MailboxLimits standard() {
        return new MailboxLimits(Duration.ofSeconds(1), 3_500, 0);
    }

    /** The FLAT plan: 30,000 recipients a month. */
    public static MailboxLimits flat() {
        return new MailboxLimits(Duration.ofSeconds(1), 0, 30_000);
    }

    public MailboxLimits {
        Objects.requireNonNull(minInterval, "minInterval");
        if (minInterval.isNegative()) {
            throw new IllegalArgumentException("minInterval must not be negative, not " + minInterval);
        }
        if (recipientsPerDay < 0 || recipientsPerMonth < 0) {
            throw new IllegalArgumentException("recipientsPerDay and recipientsPerMonth must be 0 (none) or positive");
        }
    }
}
