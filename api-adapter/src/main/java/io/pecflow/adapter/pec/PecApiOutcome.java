package io.pecflow.adapter.pec;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What became of one PEC API call. Every answer the provider can give, and every way the call
 * can fail, is one of these values; the client throws for none of them. Handle it with an
 * exhaustive {@code switch}, over all the records or over {@link Ok} and {@link Failed}.
 *
 * <p>The provider's envelope {@code {"data", "success", "message", "error"}} carries an
 * {@code error} number of its own (e.g. 262 for "Insufficient Credit in Wallet"), unrelated to
 * the HTTP status; every failure keeps it as {@link Failed#errorCode()} when given, with the
 * provider's {@code message}. Outcomes are immutable values.
 *
 * @param <T> what a successful call gives
 */
public sealed interface PecApiOutcome<T> {

    /** 200: the answer. */
    record Ok<T>(T value) implements PecApiOutcome<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Every outcome but {@link Ok}: the provider's message (the token masked) and its error number. */
    sealed interface Failed<T> extends PecApiOutcome<T> {
        /** @return the provider's {@code message}, or what went wrong; never the token */
        String message();

        /** @return the envelope's {@code error} number, when the provider gave one */
        OptionalInt errorCode();
    }

    /** 400: the request is wrong (e.g. {@code Wrong id}). */
    record BadRequest<T>(String message, OptionalInt errorCode) implements Failed<T> {
    }

    /** 401 or 403: the token was refused, or lacks the scope of the call. */
    record Unauthorized<T>(String message, OptionalInt errorCode) implements Failed<T> {
    }

    /** 402: not enough credit in the account's wallet ({@code Insufficient Credit in Wallet: 182.03}). */
    record PaymentRequired<T>(String message, OptionalInt errorCode) implements Failed<T> {
    }

    /** 404: no such mailbox, domain or request. */
    record NotFound<T>(String message, OptionalInt errorCode) implements Failed<T> {
    }

    /** 406: a value was refused (invalid address, wrong file format, downgrade, already done). */
    record NotAcceptable<T>(String message, OptionalInt errorCode) implements Failed<T> {
    }

    /** 428: a field is missing, or the mailbox is not in the state the call needs. */
    record PreconditionRequired<T>(String message, OptionalInt errorCode) implements Failed<T> {
    }

    /** 503, or 429 (not documented): the service asks to be called again later. */
    record Unavailable<T>(String message, OptionalInt errorCode) implements Failed<T> {
    }

    /**
     * Any other status (5xx above all), or an answer that could not be read: not JSON, an envelope
     * saying {@code "success": false} under a 2xx status, a missing id, a date not in dd/MM/yyyy.
     */
    record ServerError<T>(int status, String message, OptionalInt errorCode) implements Failed<T> {
    }

    /**
     * No answer at all (connection refused, timeout, connection lost).
     *
     * @param message       what went wrong
     * @param mayHaveArrived true once the request may have reached the provider whole: a call
     *                       that charges the wallet ({@code renew}, {@code changeSpace}, ...) must
     *                       then be checked ({@link PecApiClient#mailbox}) before it is repeated
     */
    record Unreachable<T>(String message, boolean mayHaveArrived) implements Failed<T> {
        @Override
        public OptionalInt errorCode() {
            return OptionalInt.empty();
        }
    }

    /** @return the value of an {@link Ok} outcome */
    default Optional<T> okValue() {
        return this instanceof Ok<T> ok ? Optional.of(ok.value()) : Optional.empty();
    }
}
