package io.pecflow.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Euro amounts: kept as whole cents, written with two decimals and a dot ({@code 182.03}). */
final class Money {

    private Money() {
    }

    /**
     * @param euros a non-negative amount with at most two decimals
     * @param name  what it is, for the message
     * @return the amount in cents
     * @throws IllegalArgumentException if negative or finer than a cent
     */
    static long cents(BigDecimal euros, String name) {
        Objects.requireNonNull(euros, name);
        if (euros.signum() < 0 || euros.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(name + " must be a non-negative amount in euros with at most two decimals, was "
                    + euros.toPlainString());
        }
        return euros.movePointRight(2).longValueExact();
    }

    /** Parses a command-line amount such as {@code 100} or {@code 99.50}. */
    static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount in euros: '" + text + "'");
        }
    }

    static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    static String text(long cents) {
        return euros(cents).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
