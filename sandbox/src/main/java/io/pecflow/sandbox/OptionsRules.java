package io.pecflow.sandbox;

import java.util.HashSet;
import java.util.Set;

/** The rules every {@link SandboxOptions} keeps; each message names the field, or the fields in conflict. */
final class OptionsRules {

    private OptionsRules() {
    }

    static SandboxOptions checked(SandboxOptions o) {
        check(o.port() >= 0 && o.port() <= 65_535, "port must be between 0 and 65535, was " + o.port());
        check(!o.bindAddress().isBlank(), "bindAddress must not be blank");
        check(!o.token().isBlank(), "token must not be blank");
        check(o.timeScale() > 0 && !Double.isInfinite(o.timeScale()),
                "timeScale must be a positive number, was " + o.timeScale());
        check(!o.acceptDelay().isNegative(), "acceptDelay must not be negative");
        check(!o.deliveryDelay().isNegative(), "deliveryDelay must not be negative");
        check(o.deliveryDelay().compareTo(o.acceptDelay()) >= 0, "deliveryDelay (" + o.deliveryDelay()
                + ") must not be shorter than acceptDelay (" + o.acceptDelay() + ")");
        check(o.inboxLimitKib() > 0, "inboxLimitKib must be positive, was " + o.inboxLimitKib());
        check(!o.minInterval().isNegative(), "minInterval must not be negative");
        check(o.errorRate() >= 0 && o.errorRate() <= 1, "errorRate must be between 0 and 1, was " + o.errorRate());
        check(o.lostResponseRate() >= 0 && o.lostResponseRate() <= 1,
                "lostResponseRate must be between 0 and 1, was " + o.lostResponseRate());
        check(!o.latency().isNegative(), "latency must not be negative");
        check(!o.outageAt().isNegative() && !o.outageFor().isNegative(), "outageAt and outageFor must not be negative");
        Set<String> seen = new HashSet<>();
        for (SandboxMailbox m : o.mailboxes()) {
            check(seen.add(m.key()), "mailbox " + m.address() + " is given twice");
        }
        return o;
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
