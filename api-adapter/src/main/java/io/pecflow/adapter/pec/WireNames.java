package io.pecflow.adapter.pec;

import java.util.List;
import java.util.function.Function;

/** Finds the enum constant a provider's word stands for, ignoring case and surrounding spaces. */
final class WireNames {

    private WireNames() {
    }

    static <E> E find(E[] values, Function<E, List<String>> names, String word, E fallback) {
        String wanted = word == null ? "" : word.strip();
        for (E value : values) {
            if (names.apply(value).stream().anyMatch(name -> name.equalsIgnoreCase(wanted))) {
                return value;
            }
        }
        return fallback;
    }
}
