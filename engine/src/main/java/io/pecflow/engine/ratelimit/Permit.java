package io.pecflow.engine.ratelimit;

import java.time.Duration;
import java.time.Instant;

/** The answer of {@link MailboxPacer#tryAcquire(int)}. */
public sealed interface Permit {

    /**
     * Send at {@code startIn} from now (zero or a short wait, so the attempt can be made durable
     * before the moment comes); the quota is already counted.
     */
    record Granted(Duration startIn) implements Permit {
    }

    /** Too soon after the last call; ask again after {@code delay}. */
    record WaitForRate(Duration delay) implements Permit {
    }

    /** The quota of this period is spent; it comes back at {@code until}. */
    record WaitForQuota(Instant until, String reason) implements Permit {
    }

    /** More recipients than the quota could ever grant at once. */
    record NeverFits(String reason) implements Permit {
    }
}
