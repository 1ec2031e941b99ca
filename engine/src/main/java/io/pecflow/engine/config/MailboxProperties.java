package io.pecflow.engine.config;

import io.pecflow.engine.ratelimit.MailboxLimits;
import java.time.Duration;
import java.util.Locale;

/**
 * One sending mailbox ({@code pecflow.mailboxes[i]}).
 *
 * @param address   the PEC address it sends from
 * @param username  its login; defaults to the address
 * @param password  its password (secret)
 * @param passwordFile a file holding the password instead (a mounted Kubernetes secret); list entries
 *                  are bound from one configuration source as a whole, so this keeps the secret out
 *                  of the list's source
 * @param plan      {@code STANDARD} (3,500 recipients a day) or {@code FLAT} (30,000 a month)
 * @param perSecond calls a second, overriding the plan's 1
 * @param perDay    recipients a day, overriding the plan's
 * @param perMonth  recipients a month, overriding the plan's
 */
public record MailboxProperties(String address, String username, String password, String passwordFile, String plan,
                                Integer perSecond, Long perDay, Long perMonth) {

    public MailboxProperties {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("pecflow.mailboxes[].address is required");
        }
        address = address.strip().toLowerCase(Locale.ROOT);
        username = username == null || username.isBlank() ? address : username.strip();
        password = password == null ? "" : password;
        passwordFile = passwordFile == null ? "" : passwordFile.strip();
        plan = plan == null || plan.isBlank() ? "STANDARD" : plan.strip().toUpperCase(Locale.ROOT);
        if (!plan.equals("STANDARD") && !plan.equals("FLAT")) {
            throw new IllegalArgumentException("pecflow.mailboxes[" + address + "].plan must be STANDARD or FLAT, not " + plan);
        }
        if (perSecond != null && perSecond < 0 || perDay != null && perDay < 0 || perMonth != null && perMonth < 0) {
            throw new IllegalArgumentException("pecflow.mailboxes[" + address + "]: per-second, per-day and per-month must not be negative");
        }
    }

    /** @return the limits of the plan with any explicit override; per-second 0 turns pacing off */
    public MailboxLimits limits() {
        MailboxLimits base = plan.equals("FLAT") ? MailboxLimits.flat() : MailboxLimits.standard();
        Duration interval = perSecond == null ? base.minInterval()
                : perSecond == 0 ? Duration.ZERO : Duration.ofNanos(1_000_000_000L / perSecond);
        return new MailboxLimits(interval, perDay == null ? base.recipientsPerDay() : perDay,
                perMonth == null ? base.recipientsPerMonth() : perMonth);
    }

    /** @return the password, from {@code password} or else read from {@code password-file} */
    public String resolvePassword() {
        if (!password.isEmpty() || passwordFile.isEmpty()) {
            return password;
        }
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(passwordFile)).strip();
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException("pecflow.mailboxes[" + address + "].password-file " + passwordFile
                    + " cannot be read: " + unreadable.getClass().getSimpleName());
        }
    }

    @Override
    public String toString() {
        return "Mailbox[address=" + address + ", username=" + username + ", password="
                + (password.isEmpty() ? "<none>" : "***") + ", plan=" + plan + "]";
    }
}
