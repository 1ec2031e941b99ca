package io.pecflow.engine.resolve;

import io.pecflow.engine.job.SendJob;
import java.time.Duration;
import java.util.Objects;

/**
 * How the resolve stage works: which jobs it takes, how long answers are kept, what it does while
 * a provider is down. Immutable; invalid values fail here, naming the field.
 *
 * @param requireCertified      check the recipients' domains of every job, not only of those asking
 * @param domainCacheTtl        how long a domain's verdict is kept (in memory)
 * @param whenUnavailable       what a job does while the PEC API cannot check a domain
 * @param retryEvery            how often a domain check the PEC API could not answer is asked again
 * @param pollEvery             how often a booked TrovaPEC search is asked for its answer; also the
 *                              wait before a TrovaPEC call that failed is made again
 * @param answerCacheTtl        how long a tax code's answer (address or none) is kept
 * @param taxCodesConfigured    whether a TrovaPEC key is configured: without one, a job with tax
 *                              codes is rejected
 * @param domainChecksConfigured whether a PEC API token is configured: without one, a job asking
 *                              for the check is rejected
 */
public record ResolveSettings(boolean requireCertified, Duration domainCacheTtl, WhenUnavailable whenUnavailable,
                              Duration retryEvery, Duration pollEvery, Duration answerCacheTtl,
                              boolean taxCodesConfigured, boolean domainChecksConfigured) {

    /** What a job waiting for a domain check does while the PEC API is down. */
    public enum WhenUnavailable {
        /** The job waits; the check is asked again every {@code retryEvery}. */
        WAIT,
        /** The job goes on as if the domain were certified (a warning is logged). */
        SEND
    }

    public ResolveSettings {
        positive("domainCacheTtl", domainCacheTtl);
        Objects.requireNonNull(whenUnavailable, "whenUnavailable");
        positive("retryEvery", retryEvery);
        positive("pollEvery", pollEvery);
        positive("answerCacheTtl", answerCacheTtl);
        if (requireCertified && !domainChecksConfigured) {
            throw new IllegalArgumentException("requireCertified needs the PEC API's token to check domains with");
        }
    }

    /** @return the documented defaults, with both providers configured */
    public static ResolveSettings defaults() {
        return new ResolveSettings(false, Duration.ofHours(24), WhenUnavailable.WAIT, Duration.ofSeconds(30),
                Duration.ofSeconds(30), Duration.ofDays(30), true, true);
    }

    /** @return whether the job goes through the resolve stage rather than straight to the dispatch */
    public boolean needsResolving(SendJob job) {
        return !job.toTaxCodes().isEmpty() || checks(job);
    }

    /** @return whether the domains of the job's addresses are checked */
    public boolean checks(SendJob job) {
        return requireCertified || job.checkRecipients();
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
