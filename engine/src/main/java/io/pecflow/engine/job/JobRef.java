package io.pecflow.engine.job;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What every event about a job repeats of it. For a rejected job some parts may be missing or
 * be the raw (invalid) values upstream sent.
 */
public record JobRef(String jobId, Optional<String> campaignId, Optional<String> mailbox, Map<String, String> metadata) {

    public JobRef {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(mailbox, "mailbox");
        metadata = Map.copyOf(metadata);
    }
}
