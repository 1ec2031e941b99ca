package io.pecflow.engine.ratelimit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What a mailbox has used of its quotas, as kept durably so that a restarted or new owner does
 * not grant a fresh quota.
 *
 * @param day       the calendar day (Europe/Rome) {@code usedDay} counts
 * @param usedDay   recipients sent (or possibly sent) that day
 * @param month     the calendar month {@code usedMonth} counts
 * @param usedMonth recipients sent (or possibly sent) that month
 */
public record QuotaUsage(LocalDate day, long usedDay, YearMonth month, long usedMonth) {

    public QuotaUsage {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(month, "month");
    }

    /** Nothing used yet on the given day. */
    public static QuotaUsage none(LocalDate day) {
        return new QuotaUsage(day, 0, YearMonth.from(day), 0);
    }
}
