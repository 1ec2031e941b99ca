package io.pecflow.engine.event;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Stable event ids: a name-based UUID (RFC 4122 version 3) of the parts that identify a fact, for
 * example {@code EventIds.of(jobId, "SUBMITTED", recipient)}. The same parts always give the same id,
 * so an event published again after a crash carries the id it had, and consumers can drop repeats.
 * Each part is length-prefixed, so {@code ("a:b", "c")} and {@code ("a", "b:c")} differ. Thread-safe.
 */
public final class EventIds {

    private static final String NAMESPACE = "pecflow-event";

    private EventIds() {
    }

    /**
     * @param parts what identifies the fact (at least one; none null)
     * @return the id, a UUID in its usual 36-character form
     */
    public static String of(String... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("an event id needs at least one part");
        }
        StringBuilder name = new StringBuilder(NAMESPACE);
        for (String part : parts) {
            Objects.requireNonNull(part, "event id part");
            name.append('|').append(part.length()).append(':').append(part);
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }
}
