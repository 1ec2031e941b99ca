package io.pecflow.adapter.trovapec;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What became of asking for the account's balance ({@code POST key=..&saldo}). Handle it with an
 * exhaustive {@code switch}; the client throws for none of these. Outcomes are immutable values.
 */
public sealed interface BalanceOutcome permits BalanceOutcome.Balance, Refused, Malformed, HttpFailure, Unreachable {

    /**
     * The balance. The document says only "the amount of the balance"; the client reads a bare
     * number with an optional decimal part after {@code .} or {@code ,}, in the account's
     * currency (euro, presumably), and anything else as {@link Malformed}.
     */
    record Balance(BigDecimal amount) implements BalanceOutcome {
        public Balance {
            Objects.requireNonNull(amount, "amount");
        }
    }
}
