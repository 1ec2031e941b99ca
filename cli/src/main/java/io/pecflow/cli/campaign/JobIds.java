package io.pecflow.cli.campaign;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Derives the jobId of a row that has none: the campaign (made safe for a jobId) and a
 * name-based UUID of the campaign and the row's whole content, e.g.
 * {@code march-invoices:3f0c2b1e-...}. The same row of the same campaign always gets the same
 * jobId, so publishing a file again sends nothing twice: the engine answers the copies with
 * {@code DUPLICATE}. Rows with the same content get the same jobId too. Stateless.
 */
public final class JobIds {

    private static final int MAX_PREFIX = 64;
    private static final String NAMESPACE = "pecflow-cli/job:";

    private JobIds() {
    }

    /** @return the jobId of this job's content (its own jobId is ignored) */
    public static String derive(ValidJob job) {
        UUID uuid = UUID.nameUUIDFromBytes((NAMESPACE + JobJson.canonical(job)).getBytes(StandardCharsets.UTF_8));
        String prefix = prefix(job.campaignId());
        return prefix.isEmpty() ? uuid.toString() : prefix + ":" + uuid;
    }

    /** @return the campaign with every run of characters a jobId cannot hold turned into one '-' */
    static String prefix(String campaignId) {
        String safe = campaignId.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        return safe.length() <= MAX_PREFIX ? safe : safe.substring(0, MAX_PREFIX);
    }
}
