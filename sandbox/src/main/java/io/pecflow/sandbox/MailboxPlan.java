package io.pecflow.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A mailbox's sending quota: at most {@code limit} recipients of accepted sends per calendar
 * {@code period} in Europe/Rome, measured on the sandbox clock.
 *
 * @param period the calendar window the quota resets with
 * @param limit  recipients allowed per window, greater than zero
 */
public record MailboxPlan(QuotaPeriod period, long limit) {

    /** The provider's standard plan: 3,500 recipients a calendar day. */
    public static final MailboxPlan STANDARD = new MailboxPlan(QuotaPeriod.DAY, 3_500);

    /** The provider's FLAT plan: 30,000 recipients a calendar month. */
    public static final MailboxPlan FLAT = new MailboxPlan(QuotaPeriod.MONTH, 30_000);

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /** The calendar window of a quota. */
    public enum QuotaPeriod {
        /** A calendar day in Europe/Rome. */
        DAY,
        /** A calendar month in Europe/Rome. */
        MONTH
    }

    /** Validates the fields. */
    public MailboxPlan {
        Objects.requireNonNull(period, "period");
        if (limit <= 0) {
            throw new IllegalArgumentException("a plan's limit must be positive, was " + limit);
        }
    }

    /**
     * @param recipients recipients allowed per calendar day
     * @return a daily plan
     */
    public static MailboxPlan perDay(long recipients) {
        return new MailboxPlan(QuotaPeriod.DAY, recipients);
    }

    /**
     * @param recipients recipients allowed per calendar month
     * @return a monthly plan
     */
    public static MailboxPlan perMonth(long recipients) {
        return new MailboxPlan(QuotaPeriod.MONTH, recipients);
    }

    /**
     * Parses the command-line form: {@code STANDARD}, {@code FLAT}, {@code DAY=<n>} or {@code MONTH=<n>}
     * (case-insensitive).
     *
     * @param text the plan as written on the command line
     * @return the plan
     * @throws IllegalArgumentException if the text is none of these
     */
    public static MailboxPlan parse(String text) {
        String upper = text.trim().toUpperCase(Locale.ROOT);
        switch (upper) {
            case "STANDARD": return STANDARD;
            case "FLAT": return FLAT;
            default: break;
        }
        int eq = upper.indexOf('=');
        String kind = eq < 0 ? upper : upper.substring(0, eq);
        if (eq > 0 && (kind.equals("DAY") || kind.equals("MONTH"))) {
            try {
                long n = Long.parseLong(upper.substring(eq + 1));
                if (n > 0) {
                    return kind.equals("DAY") ? perDay(n) : perMonth(n);
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        throw new IllegalArgumentException(
                "unknown plan '" + text + "': use STANDARD, FLAT, DAY=<n> or MONTH=<n> with n > 0");
    }

    /** @return the command-line form of this plan, e.g. {@code STANDARD} or {@code DAY=10} */
    public String label() {
        if (equals(STANDARD)) {
            return "STANDARD";
        }
        if (equals(FLAT)) {
            return "FLAT";
        }
        return period.name() + "=" + limit;
    }

    /** The message of the 429 answer when this quota is exhausted. */
    String exhaustedMessage() {
        return period == QuotaPeriod.DAY ? "Daily quota exceeded" : "Monthly quota exceeded";
    }

    /** A number that changes exactly when a new calendar window (day or month in Rome) begins. */
    long windowOf(Instant at) {
        LocalDate date = LocalDate.ofInstant(at, ROME);
        return period == QuotaPeriod.DAY ? date.toEpochDay() : date.getYear() * 12L + date.getMonthValue() - 1;
    }
}
