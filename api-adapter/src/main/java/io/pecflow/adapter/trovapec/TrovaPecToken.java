package io.pecflow.adapter.trovapec;

import java.util.Objects;

/**
 * The booking code TrovaPEC gives for a search ({@code OK|<token>}), to ask for its answer with.
 * Immutable.
 *
 * @param value the token as the service wrote it: not blank, without spaces or {@code |}
 */
public record TrovaPecToken(String value) {

    public TrovaPecToken {
        Objects.requireNonNull(value, "token");
        if (!isToken(value)) {
            throw new IllegalArgumentException("a TrovaPEC token is one word without spaces or '|'");
        }
    }

    public static TrovaPecToken of(String value) {
        return new TrovaPecToken(value);
    }

    /** @return whether a text could be a token */
    static boolean isToken(String text) {
        return !text.isEmpty() && text.chars().noneMatch(c -> c <= ' ' || c == '|' || c == 0x7f);
    }

    @Override
    public String toString() {
        return value;
    }
}
