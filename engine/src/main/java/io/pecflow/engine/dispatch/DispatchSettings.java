package io.pecflow.engine.dispatch;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The dispatcher's own settings.
 *
 * @param splitRecipients  one send per recipient (default) rather than one send per job
 * @param resendAmbiguous  whether a send left without answer is sent again (default: no, it is AMBIGUOUS)
 * @param zone             the calendar of quotas
 * @param payloadCacheBytes job bodies kept in memory
 * @param suspendedProbe   how often a suspended mailbox is tried again
 * @param pacingLookAhead  how early a send whose turn is near is recorded, so that its call can start
 *                         on the dot; a crash in that window leaves it AMBIGUOUS although unsent
 * @param maxInFlightUnpaced calls at once for a mailbox whose pacing is off ({@code per-second=0});
 *                         a paced mailbox always has at most one
 */
public record DispatchSettings(boolean splitRecipients, boolean resendAmbiguous, ZoneId zone, long payloadCacheBytes,
                               Duration suspendedProbe, Duration pacingLookAhead, int maxInFlightUnpaced) {

    public DispatchSettings {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(pacingLookAhead, "pacingLookAhead");
        Objects.requireNonNull(suspendedProbe, "suspendedProbe");
    }
}
