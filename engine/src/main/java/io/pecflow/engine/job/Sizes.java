package io.pecflow.engine.job;

import java.util.Locale;

/** Byte counts as reasons show them (1 MB = 1,048,576 bytes). */
final class Sizes {

    private static final long KB = 1024;

    private Sizes() {
    }

    /** @return e.g. "512 bytes", "3.5 KB", "12 MB", "12.5 MB" */
    static String human(long bytes) {
        if (bytes < KB) {
            return bytes + " bytes";
        }
        if (bytes < JobLimits.MB) {
            return oneDecimal(bytes / (double) KB) + " KB";
        }
        return oneDecimal(bytes / (double) JobLimits.MB) + " MB";
    }

    /**
     * @return the size and the limit it passes, both in bytes when rounding would show them equal
     *         (so a reason never says "30 MB exceeds the limit of 30 MB")
     */
    static Shown shown(long size, long limit) {
        String shownSize = human(size);
        String shownLimit = human(limit);
        if (shownSize.equals(shownLimit)) {
            return new Shown(size + " bytes", limit + " bytes");
        }
        return new Shown(shownSize, shownLimit);
    }

    /** A size and its limit as a reason shows them. */
    record Shown(String size, String limit) {
    }

    /** @return the UTF-8 length of the text, without encoding it */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
