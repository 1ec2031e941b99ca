package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Quotas by calendar day and month in Europe/Rome on the sandbox clock, and {@code --no-limits}. */
class LimitsIT {

    // 23:59:00 in Rome on 26 August 2020 (UTC+2)
    static final Instant BEFORE_MIDNIGHT = Instant.parse("2020-08-26T21:59:00Z");
    static final String DAILY = "daily@pecmassiva.com";
    static final String MONTHLY = "monthly@flat.example.it";

    SandboxClock clock = SandboxClock.manual(BEFORE_MIDNIGHT);
    PecMassivaSandbox sandbox;
    SandboxHttp http;

    void start(boolean enforceLimits) {
        sandbox = PecMassivaSandbox.start(SandboxOptions.builder().token("t").clock(clock).enforceLimits(enforceLimits)
                .mailbox(DAILY, "pw", MailboxPlan.perDay(3))
                .mailbox(MONTHLY, "pw", MailboxPlan.perMonth(2))
                .build());
        http = new SandboxHttp(sandbox.baseUrl(), "t");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private SandboxHttp.Response send(String mailbox, String... recipients) {
        SandboxHttp.Response r = http.send(ProviderExamples.send(mailbox, "pw", "quota test", recipients));
        clock.advance(Duration.ofSeconds(1));
        return r;
    }

    @Test
    void shouldRefuseAWholeSendThatWouldExceedTheDailyQuotaUntilMidnightInRome() {
        start(true);
        assertThat(send(DAILY, "a@example.it", "b@example.it").status()).isEqualTo(201);

        SandboxHttp.Response tooMany = send(DAILY, "c@example.it", "d@example.it");

        assertThat(tooMany.status()).isEqualTo(429);
        assertThat(tooMany.message()).isEqualTo("Daily quota exceeded");
        assertThat(tooMany.json().get("success").asBoolean()).isFalse();
        assertThat(send(DAILY, "c@example.it").status()).isEqualTo(201);
        assertThat(send(DAILY, "e@example.it").status()).isEqualTo(429);
        assertThat(sandbox.stats().mailbox(DAILY).quotaRejections()).isEqualTo(2);
        assertThat(sandbox.stats().mailbox(DAILY).recipients()).isEqualTo(3);

        clock.advance(Duration.ofSeconds(60)); // past 00:00 in Rome

        assertThat(send(DAILY, "e@example.it", "f@example.it", "g@example.it").status()).isEqualTo(201);
    }

    @Test
    void shouldCountTheFlatQuotaByCalendarMonth() {
        start(true);
        assertThat(send(MONTHLY, "a@example.it", "b@example.it").status()).isEqualTo(201);
        clock.advance(Duration.ofDays(1)); // 27 August: a new day, the same month

        SandboxHttp.Response refused = send(MONTHLY, "c@example.it");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.message()).isEqualTo("Monthly quota exceeded");

        clock.advance(Duration.ofDays(5)); // 1 September in Rome
        assertThat(send(MONTHLY, "c@example.it").status()).isEqualTo(201);
    }

    @Test
    void shouldCountViolationsWithoutRefusingWhenLimitsAreOff() {
        start(false);
        http.send(ProviderExamples.send(DAILY, "pw", "uno", "a@example.it", "b@example.it"));
        SandboxHttp.Response tooFast = http.send(ProviderExamples.send(DAILY, "pw", "due", "c@example.it", "d@example.it"));

        assertThat(tooFast.status()).isEqualTo(201);
        SandboxStats.Counters counters = sandbox.stats().mailbox(DAILY);
        assertThat(counters.rateViolations()).isEqualTo(1);
        assertThat(counters.quotaRejections()).isEqualTo(1);
        assertThat(counters.acceptedSends()).isEqualTo(2);
    }
}
