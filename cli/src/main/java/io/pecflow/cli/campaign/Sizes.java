package io.pecflow.cli.campaign;

import java.util.Locale;

/** Sizes for people: {@code 12.5 MB}, with MB = 1,048,576 bytes as the contract counts them. */
final class Sizes {

    private Sizes() {
    }

    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1_048_576) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
