package io.pecflow.cli.campaign;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two shapes of a campaign file. */
public enum CampaignFormat {
    /** A header row, then one job a row. */
    CSV,
    /** One JSON job a line ({@code .jsonl} or {@code .ndjson}). */
    JSONL;

    /** @return the format a file's extension names: {@code .csv}, {@code .jsonl} or {@code .ndjson} */
    public static Optional<CampaignFormat> ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") ? Optional.of(JSONL) : Optional.empty();
    }
}
