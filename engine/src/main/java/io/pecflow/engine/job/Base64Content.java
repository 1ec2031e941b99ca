package io.pecflow.engine.job;

import java.util.Optional;

/**
 * Checks standard base64 (RFC 4648: {@code A-Z a-z 0-9 + /}, {@code =} padding to a multiple of 4)
 * without decoding it, so a 30 MB attachment costs no 30 MB buffer. Line breaks and spaces, as MIME
 * encoders write them, are allowed and dropped. Stateless.
 */
final class Base64Content {

    private Base64Content() {
    }

    /** @return the text without the whitespace line-wrapping encoders put in */
    static String compact(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSkippable(text.charAt(i))) {
                return text.replaceAll("[\\r\\n\\t ]", "");
            }
        }
        return text;
    }

    /**
     * @param compact base64 without whitespace (see {@link #compact(String)})
     * @return what makes it not valid base64, or empty
     */
    static Optional<String> problem(String compact) {
        int padding = padding(compact);
        int end = compact.length() - padding;
        for (int i = 0; i < end; i++) {
            char c = compact.charAt(i);
            if (!isAlphabet(c)) {
                return Optional.of(c == '='
                        ? "'=' at position " + i + " before the end"
                        : describe(c) + " at position " + i + " is not in the base64 alphabet (A-Z a-z 0-9 + /)");
            }
        }
        if (padding > 2) {
            return Optional.of("more than two '=' at the end");
        }
        if (compact.length() % 4 != 0) {
            return Optional.of(compact.length() + " characters is not a multiple of 4 (is the '=' padding missing?)");
        }
        return Optional.empty();
    }

    /** @return the decoded size of valid, compact base64 */
    static long decodedSize(String compact) {
        return compact.length() / 4L * 3L - padding(compact);
    }

    private static int padding(String compact) {
        int count = 0;
        for (int i = compact.length() - 1; i >= 0 && compact.charAt(i) == '='; i--) {
            count++;
        }
        return count;
    }

    private static boolean isAlphabet(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }

    private static boolean isSkippable(char c) {
        return c == '\r' || c == '\n' || c == '\t' || c == ' ';
    }

    private static String describe(char c) {
        return Character.isISOControl(c) || c > 0x7E ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }
}
