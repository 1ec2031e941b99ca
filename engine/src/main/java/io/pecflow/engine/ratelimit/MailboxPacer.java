package io.pecflow.engine.ratelimit;

import io.github.bucket4j.Bucket;
import io.pecflow.engine.clock.BucketTimeMeter;
import io.pecflow.engine.clock.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Paces one mailbox: at most one {@code POST /send} per {@link MailboxLimits#minInterval()} and at
 * most its recipients per calendar day or month.
 *
 * <p>The rate is a Bucket4j bucket that refills greedily over the interval; a call needs it full.
 * The bucket is emptied when a call <em>ends</em> (as of the moment its answer came), not when it
 * starts, and a call starts only when the bucket is full again: so consecutive calls reach the
 * provider at least an interval apart however long each one took on the wire. The bucket counts
 * in millionths of a call so that the time between the answer and its handling is not lost. A new
 * pacer starts empty, so a mailbox that just moved from another instance waits one interval first.
 *
 * <p>The quotas are calendar counters in Europe/Rome, not Bucket4j bandwidths: a calendar day is
 * 23 to 25 hours and a month 28 to 31 days, which a fixed refill period cannot follow; and they
 * must be restored exactly from durable state ({@link #usage()}). Quota is counted when a send
 * starts and given back only when the send surely did not happen.
 *
 * <p>Not thread-safe: one dispatch thread owns it.
 */
public final class MailboxPacer {

    /** Bucket tokens per call: fine enough to give back the time between an answer and its handling. */
    private static final long SCALE = 1_000_000;

    private final String mailbox;
    private final MailboxLimits limits;
    private final EngineClock clock;
    private final ZoneId zone;
    private final Bucket rate;
    private QuotaUsage usage;

    public MailboxPacer(String mailbox, MailboxLimits limits, EngineClock clock, ZoneId zone, QuotaUsage restored) {
        this.mailbox = Objects.requireNonNull(mailbox, "mailbox");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.usage = Objects.requireNonNull(restored, "restored");
        this.rate = limits.minInterval().isZero() ? null : Bucket.builder()
                .addLimit(limit -> limit.capacity(SCALE).refillGreedy(SCALE, limits.minInterval()).initialTokens(0))
                .withCustomTimePrecision(new BucketTimeMeter(clock))
                .build();
    }

    /** Same as {@link #tryAcquire(int, Duration)} without looking ahead. */
    public Permit tryAcquire(int recipients) {
        return tryAcquire(recipients, Duration.ZERO);
    }

    /**
     * Asks to start a send to {@code recipients} recipients now, or within {@code lookAhead}. When
     * granted, the quota is counted at once and {@link Permit.Granted#startIn()} says when the call
     * may start; the caller must call {@link #finished(boolean, int, long)} when the call ends.
     */
    public Permit tryAcquire(int recipients, Duration lookAhead) {
        Instant now = clock.now();
        rollOver(now);
        if (limits.recipientsPerDay() > 0) {
            if (recipients > limits.recipientsPerDay()) {
                return new Permit.NeverFits(recipients + " recipients exceed the mailbox's daily quota of "
                        + limits.recipientsPerDay());
            }
            if (usage.usedDay() + recipients > limits.recipientsPerDay()) {
                return new Permit.WaitForQuota(nextDay(now), "daily quota of " + limits.recipientsPerDay()
                        + " recipients used up for " + usage.day());
            }
        }
        if (limits.recipientsPerMonth() > 0) {
            if (recipients > limits.recipientsPerMonth()) {
                return new Permit.NeverFits(recipients + " recipients exceed the mailbox's monthly quota of "
                        + limits.recipientsPerMonth());
            }
            if (usage.usedMonth() + recipients > limits.recipientsPerMonth()) {
                return new Permit.WaitForQuota(nextMonth(now), "monthly quota of " + limits.recipientsPerMonth()
                        + " recipients used up for " + usage.month());
            }
        }
        long waitNanos = 0;
        if (rate != null) {
            waitNanos = rate.estimateAbilityToConsume(SCALE).getNanosToWaitForRefill();
            if (waitNanos > lookAhead.toNanos()) {
                return new Permit.WaitForRate(Duration.ofNanos(waitNanos));
            }
        }
        usage = new QuotaUsage(usage.day(), usage.usedDay() + recipients, usage.month(), usage.usedMonth() + recipients);
        return new Permit.Granted(Duration.ofNanos(Math.max(0, waitNanos)));
    }

    /**
     * Ends a granted send: the interval to the next send starts at {@code answeredAtNanos}.
     *
     * @param surelyNotSent   true when the provider surely did not send (the quota is given back)
     * @param answeredAtNanos the monotonic time the call ended, at or before now
     */
    public void finished(boolean surelyNotSent, int recipients, long answeredAtNanos) {
        if (rate != null) {
            long sinceAnswer = Math.max(0, clock.nanoTime() - answeredAtNanos);
            long alreadyRefilled = Math.min(SCALE, (long) ((double) sinceAnswer / limits.minInterval().toNanos() * SCALE));
            rate.consumeIgnoringRateLimits(Math.max(1, SCALE - alreadyRefilled));
        }
        if (surelyNotSent) {
            usage = new QuotaUsage(usage.day(), Math.max(0, usage.usedDay() - recipients), usage.month(),
                    Math.max(0, usage.usedMonth() - recipients));
        }
    }

    /** The provider says the quota is spent (our count was behind, e.g. another sender shares the box). */
    public Instant exhausted(boolean monthly) {
        Instant now = clock.now();
        rollOver(now);
        if (monthly) {
            usage = new QuotaUsage(usage.day(), usage.usedDay(), usage.month(),
                    Math.max(usage.usedMonth(), limits.recipientsPerMonth() > 0 ? limits.recipientsPerMonth() : Long.MAX_VALUE / 2));
            return nextMonth(now);
        }
        usage = new QuotaUsage(usage.day(),
                Math.max(usage.usedDay(), limits.recipientsPerDay() > 0 ? limits.recipientsPerDay() : Long.MAX_VALUE / 2),
                usage.month(), usage.usedMonth());
        return nextDay(now);
    }

    /** @return what is used, for durable storage */
    public QuotaUsage usage() {
        rollOver(clock.now());
        return usage;
    }

    /** @return recipients still allowed today and this month, whichever is less (Long.MAX_VALUE if unlimited) */
    public long remaining() {
        QuotaUsage current = usage();
        long day = limits.recipientsPerDay() > 0 ? limits.recipientsPerDay() - current.usedDay() : Long.MAX_VALUE;
        long month = limits.recipientsPerMonth() > 0 ? limits.recipientsPerMonth() - current.usedMonth() : Long.MAX_VALUE;
        return Math.max(0, Math.min(day, month));
    }

    public String mailbox() {
        return mailbox;
    }

    public MailboxLimits limits() {
        return limits;
    }

    private void rollOver(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        if (today.isAfter(usage.day())) {
            YearMonth month = YearMonth.from(today);
            usage = new QuotaUsage(today, 0, month, month.isAfter(usage.month()) ? 0 : usage.usedMonth());
        }
    }

    private Instant nextDay(Instant now) {
        return now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    private Instant nextMonth(Instant now) {
        return YearMonth.from(now.atZone(zone)).plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }
}
