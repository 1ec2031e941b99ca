package io.pecflow.engine.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.pecflow.engine.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MailboxPacerTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-28T10:00:00Z"));

    private MailboxPacer pacer(MailboxLimits limits) {
        return new MailboxPacer("a@pecmassiva.com", limits, clock, ROME, QuotaUsage.none(LocalDate.of(2026, 3, 28)));
    }

    @Test
    void shouldWaitOneIntervalBeforeTheFirstSendOfANewOwner() {
        MailboxPacer pacer = pacer(MailboxLimits.standard());

        assertThat(pacer.tryAcquire(1)).isInstanceOf(Permit.WaitForRate.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(pacer.tryAcquire(1)).isInstanceOf(Permit.Granted.class);
    }

    @Test
    void shouldCountTheIntervalFromTheEndOfTheLastCall() {
        MailboxPacer pacer = pacer(MailboxLimits.standard());
        clock.advance(Duration.ofSeconds(1));
        assertThat(pacer.tryAcquire(1)).isInstanceOf(Permit.Granted.class);
        clock.advance(Duration.ofMillis(300)); // the call took 300 ms
        pacer.finished(false, 1, clock.nanoTime());

        clock.advance(Duration.ofMillis(999));
        assertThat(pacer.tryAcquire(1)).isInstanceOfSatisfying(Permit.WaitForRate.class,
                wait -> assertThat(wait.delay()).isEqualTo(Duration.ofMillis(1)));
        clock.advance(Duration.ofMillis(1));
        assertThat(pacer.tryAcquire(1)).isInstanceOf(Permit.Granted.class);
    }

    @Test
    void shouldCountTheIntervalFromWhenTheAnswerCameNotFromWhenItWasHandled() {
        MailboxPacer pacer = pacer(MailboxLimits.standard());
        clock.advance(Duration.ofSeconds(1));
        pacer.tryAcquire(1);
        long answeredAt = clock.nanoTime();
        clock.advance(Duration.ofMillis(40)); // the dispatch thread handles the answer 40 ms later
        pacer.finished(false, 1, answeredAt);

        clock.advance(Duration.ofMillis(959));
        assertThat(pacer.tryAcquire(1)).isInstanceOf(Permit.WaitForRate.class);
        clock.advance(Duration.ofMillis(1));
        assertThat(pacer.tryAcquire(1)).isInstanceOf(Permit.Granted.class);
    }

    @Test
    void shouldGrantASendDueWithinTheLookAheadWithItsStartTime() {
        MailboxPacer pacer = pacer(MailboxLimits.standard());
        clock.advance(Duration.ofMillis(970));

        assertThat(pacer.tryAcquire(1, Duration.ofMillis(20))).isInstanceOf(Permit.WaitForRate.class);
        assertThat(pacer.tryAcquire(1, Duration.ofMillis(50))).isInstanceOfSatisfying(Permit.Granted.class,
                granted -> assertThat(granted.startIn()).isEqualTo(Duration.ofMillis(30)));
    }

    @Test
    void shouldRefuseWhenTheDailyQuotaIsUsedAndGrantAgainAtRomanMidnight() {
        MailboxPacer pacer = pacer(new MailboxLimits(Duration.ZERO, 3, 0));
        assertThat(pacer.tryAcquire(2)).isInstanceOf(Permit.Granted.class);
        assertThat(pacer.tryAcquire(1)).isInstanceOf(Permit.Granted.class);

        assertThat(pacer.tryAcquire(1)).isInstanceOfSatisfying(Permit.WaitForQuota.class,
                wait -> assertThat(wait.until()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z")));
        clock.advance(Duration.ofHours(13));
        assertThat(pacer.tryAcquire(1)).isInstanceOf(Permit.Granted.class);
        assertThat(pacer.usage().day()).isEqualTo(LocalDate.of(2026, 3, 29));
    }

    @Test
    void shouldFollowTheCalendarAcrossTheDaylightSavingChange() {
        MailboxPacer pacer = pacer(new MailboxLimits(Duration.ZERO, 1, 0));
        clock.advance(Duration.ofHours(13)); // 2026-03-29 00:00 Rome, a 23-hour day
        assertThat(pacer.tryAcquire(1)).isInstanceOf(Permit.Granted.class);

        assertThat(pacer.tryAcquire(1)).isInstanceOfSatisfying(Permit.WaitForQuota.class,
                wait -> assertThat(wait.until()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z")));
    }

    @Test
    void shouldCountTheMonthForTheFlatPlan() {
        MailboxPacer pacer = pacer(new MailboxLimits(Duration.ZERO, 0, 2));
        assertThat(pacer.tryAcquire(2)).isInstanceOf(Permit.Granted.class);
        clock.advance(Duration.ofDays(1));

        assertThat(pacer.tryAcquire(1)).isInstanceOfSatisfying(Permit.WaitForQuota.class,
                wait -> assertThat(wait.until()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z")));
        clock.advance(Duration.ofDays(3));
        assertThat(pacer.tryAcquire(1)).isInstanceOf(Permit.Granted.class);
        assertThat(pacer.usage().month()).isEqualTo(YearMonth.of(2026, 4));
    }

    @Test
    void shouldGiveTheQuotaBackOnlyWhenTheSendSurelyDidNotHappen() {
        MailboxPacer pacer = pacer(new MailboxLimits(Duration.ZERO, 2, 0));
        pacer.tryAcquire(1);
        pacer.finished(true, 1, clock.nanoTime());
        pacer.tryAcquire(1);
        pacer.finished(false, 1, clock.nanoTime());

        assertThat(pacer.usage().usedDay()).isEqualTo(1);
        assertThat(pacer.remaining()).isEqualTo(1);
    }

    @Test
    void shouldRestoreTheQuotaUsedBeforeARestart() {
        MailboxPacer restored = new MailboxPacer("a@pecmassiva.com", new MailboxLimits(Duration.ZERO, 3_500, 0), clock,
                ROME, new QuotaUsage(LocalDate.of(2026, 3, 28), 3_500, YearMonth.of(2026, 3), 3_500));

        assertThat(restored.tryAcquire(1)).isInstanceOf(Permit.WaitForQuota.class);
    }

    @Test
    void shouldRefuseForGoodASendLargerThanTheWholeQuota() {
        assertThat(pacer(new MailboxLimits(Duration.ZERO, 3, 0)).tryAcquire(4)).isInstanceOf(Permit.NeverFits.class);
    }

    @Test
    void shouldTakeTheProvidersWordThatTheQuotaIsSpent() {
        MailboxPacer pacer = pacer(new MailboxLimits(Duration.ZERO, 3_500, 0));

        assertThat(pacer.exhausted(false)).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(pacer.tryAcquire(1)).isInstanceOf(Permit.WaitForQuota.class);
    }
}
