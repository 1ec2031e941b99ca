package io.pecflow.sandbox;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code 500ms}, {@code 1s}, {@code 5m}, {@code 12h}, {@code 2d} and ISO-8601 {@code PT1S}. */
final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

    private Durations() {
    }

    static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("p") || t.startsWith("-p")) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw bad(text);
            }
        }
        Matcher m = SHORT.matcher(t);
        if (!m.matches()) {
            throw bad(text);
        }
        double amount = Double.parseDouble(m.group(1));
        double millis = switch (m.group(2)) {
            case "ms" -> amount;
            case "s" -> amount * 1_000;
            case "m" -> amount * 60_000;
            case "h" -> amount * 3_600_000;
            default -> amount * 86_400_000;
        };
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    /** Seconds as a number, e.g. {@code 30} or {@code 1.5}. */
    static Duration seconds(String text) {
        try {
            double s = Double.parseDouble(text.trim());
            if (s < 0 || Double.isNaN(s) || Double.isInfinite(s)) {
                throw new NumberFormatException();
            }
            return Duration.ofNanos(Math.round(s * 1e9));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of seconds: '" + text + "'");
        }
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException(
                "not a duration: '" + text + "' (use e.g. 500ms, 1s, 5m, 12h, 2d or ISO PT1S)");
    }
}
