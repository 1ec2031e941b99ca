package io.pecflow.adapter.massiva;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Reads the dates the provider writes. Two forms are seen: RFC 2822 as in the OpenAPI examples
 * ({@code Wed, 26 Aug 2020 10:00:35 +0200}, sometimes with a trailing {@code (CEST)} comment) and
 * {@code yyyy-MM-dd HH:mm:ss} without a zone, taken as Italian time (Europe/Rome), where the
 * provider lives. ISO-8601 with an offset is accepted too.
 */
public final class ProviderDates {

    /** The provider's time zone, for dates written without one. */
    public static final ZoneId PROVIDER_ZONE = ZoneId.of("Europe/Rome");

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private ProviderDates() {
    }

    /**
     * @param raw a date as the provider wrote it (may be null)
     * @return the instant, or empty when the text is in no known form
     */
    public static Optional<Instant> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip().replaceFirst("\\s*\\([^)]*\\)$", "").replaceAll("\\s+", " ");
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeException notRfc2822) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(text, LOCAL).atZone(PROVIDER_ZONE).toInstant());
        } catch (DateTimeException notLocal) {
            // try the next form
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException notIso) {
            return Optional.empty();
        }
    }
}
