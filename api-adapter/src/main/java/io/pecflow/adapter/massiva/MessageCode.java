package io.pecflow.adapter.massiva;

import java.util.Objects;

/**
 * The code PEC Massiva returns for a sending ({@code message_id} of {@code POST /send}), for
 * example {@code 2020082610003492}. The provider appends it to the subject of what it sends, so
 * every receipt of the sending carries it.
 *
 * @param value the code as the provider wrote it
 */
public record MessageCode(String value) {

    public MessageCode {
        Objects.requireNonNull(value, "message code");
        if (value.isBlank() || value.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '?' || c == '#')) {
            throw new IllegalArgumentException("not a usable message code: '" + value + "'");
        }
    }

    public static MessageCode of(String value) {
        return new MessageCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
