package io.pecflow.adapter.pec;

import java.util.Objects;

/** Checks of request fields. */
final class Fields {

    private Fields() {
    }

    /** A required field: not null, not blank. */
    static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is required and must not be blank");
        }
    }

    /** An optional field: not null ({@code ""} when absent). */
    static void requirePresent(String value, String name) {
        Objects.requireNonNull(value, name + " (use \"\" when there is none)");
    }
}
