package io.pecflow.sandbox;

import java.util.Locale;
import java.util.Objects;

/**
 * A mailbox the sandbox knows: its address (which is also its username), password and plan.
 *
 * @param address  the mailbox address, also the {@code username} / {@code x-username} credential
 * @param password the mailbox password (never shown by the sandbox)
 * @param plan     the sending quota
 */
public record SandboxMailbox(String address, String password, MailboxPlan plan) {

    /** Validates the fields. */
    public SandboxMailbox {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(plan, "plan");
        address = address.trim();
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || at == address.length() - 1) {
            throw new IllegalArgumentException("not a mailbox address: '" + address + "'");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the password of " + address + " is empty");
        }
    }

    /**
     * Parses {@code ADDRESS:PASSWORD[:PLAN]}. The password may itself contain colons; a last part that
     * reads as a plan ({@code STANDARD}, {@code FLAT}, {@code DAY=n}, {@code MONTH=n}) is taken as the plan,
     * which defaults to {@code STANDARD}.
     *
     * @param spec the option value
     * @return the mailbox
     * @throws IllegalArgumentException if the value is malformed
     */
    public static SandboxMailbox parse(String spec) {
        int first = spec.indexOf(':');
        if (first <= 0 || first == spec.length() - 1) {
            throw new IllegalArgumentException("expected ADDRESS:PASSWORD[:PLAN], got '" + spec + "'");
        }
        String address = spec.substring(0, first);
        String rest = spec.substring(first + 1);
        int last = rest.lastIndexOf(':');
        if (last > 0 && looksLikePlan(rest.substring(last + 1))) {
            return new SandboxMailbox(address, rest.substring(0, last), MailboxPlan.parse(rest.substring(last + 1)));
        }
        return new SandboxMailbox(address, rest, MailboxPlan.STANDARD);
    }

    private static boolean looksLikePlan(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        return upper.equals("STANDARD") || upper.equals("FLAT") || upper.startsWith("DAY=") || upper.startsWith("MONTH=");
    }

    /** The registry key: addresses are compared case-insensitively. */
    String key() {
        return key(address);
    }

    static String key(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "SandboxMailbox[" + address + ", " + plan.label() + "]";
    }
}
