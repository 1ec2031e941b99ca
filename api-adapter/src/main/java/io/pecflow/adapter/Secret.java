package io.pecflow.adapter;

import java.util.Objects;

/**
 * A secret value (a mailbox password, an API token) that never shows itself by accident.
 *
 * <p>{@link #toString()} always answers {@code "***"}, so a secret can sit in a record or a log
 * argument without leaking; only {@link #reveal()} gives the value, and only the code that puts
 * it on the wire should call it. Immutable and thread-safe.
 */
public final class Secret {

    private static final String MASK = "***";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * @param value the secret; must not be null or empty
     * @return the secret, wrapped
     */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "secret value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a secret must not be empty");
        }
        return new Secret(value);
    }

    /** @return the secret itself: for the wire only, never for logs or messages */
    public String reveal() {
        return value;
    }

    /**
     * Replaces every occurrence of this secret in a text (an error body, an exception message)
     * with a mask, for texts that came from elsewhere and might echo it.
     */
    public String scrubFrom(String text) {
        return text == null ? "" : text.replace(value, MASK);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return MASK;
    }
}
