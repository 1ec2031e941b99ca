package io.pecflow.adapter.pec;

import java.util.Objects;

/** The one rule both ids follow: they go into a URL path as one segment. */
final class PecIds {

    private PecIds() {
    }

    static void check(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank() || value.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '?' || c == '#' || c == '%')) {
            throw new IllegalArgumentException("not a usable " + what + ": '" + value + "'");
        }
    }
}
