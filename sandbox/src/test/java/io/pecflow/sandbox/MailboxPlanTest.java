package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailboxPlanTest {

    @Test
    void shouldHaveTheProviderPlans() {
        assertThat(MailboxPlan.STANDARD).isEqualTo(MailboxPlan.perDay(3_500));
        assertThat(MailboxPlan.FLAT).isEqualTo(MailboxPlan.perMonth(30_000));
        assertThat(MailboxPlan.STANDARD.label()).isEqualTo("STANDARD");
        assertThat(MailboxPlan.perMonth(7).label()).isEqualTo("MONTH=7");
    }

    @Test
    void shouldParseTheCommandLineForms() {
        assertThat(MailboxPlan.parse("standard")).isEqualTo(MailboxPlan.STANDARD);
        assertThat(MailboxPlan.parse("FLAT")).isEqualTo(MailboxPlan.FLAT);
        assertThat(MailboxPlan.parse("DAY=10")).isEqualTo(MailboxPlan.perDay(10));
        assertThat(MailboxPlan.parse("month=3")).isEqualTo(MailboxPlan.perMonth(3));
        assertThatThrownBy(() -> MailboxPlan.parse("WEEK=3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MailboxPlan.perDay(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldStartANewDayAtMidnightInRomeNotUtc() {
        MailboxPlan daily = MailboxPlan.perDay(1);
        Instant lateEvening = Instant.parse("2020-08-26T21:59:59Z"); // 23:59:59 in Rome
        Instant afterMidnight = Instant.parse("2020-08-26T22:00:00Z"); // 00:00 in Rome, still the 26th in UTC

        assertThat(daily.windowOf(afterMidnight)).isEqualTo(daily.windowOf(lateEvening) + 1);
    }

    @Test
    void shouldStartANewMonthOnTheFirstInRome() {
        MailboxPlan monthly = MailboxPlan.perMonth(1);

        assertThat(monthly.windowOf(Instant.parse("2020-08-01T00:00:00Z")))
                .isEqualTo(monthly.windowOf(Instant.parse("2020-08-31T21:59:59Z")))
                .isNotEqualTo(monthly.windowOf(Instant.parse("2020-08-31T22:00:00Z")));
    }
}
