package io.pecflow.engine.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything under {@code pecflow.*}. Secrets (the tokens, the TrovaPEC key, mailbox passwords) may
 * come from environment variables ({@code PECFLOW_PROVIDER_TOKEN}, {@code PECFLOW_PEC_API_TOKEN},
 * {@code PECFLOW_TROVAPEC_KEY}, {@code PECFLOW_MAILBOXES_0_PASSWORD}) or
 * from files ({@code spring.config.import=optional:configtree:/run/secrets/pecflow/}); no
 * {@code toString()} here shows them.
 *
 * @param instanceId a name for this instance, stable across its restarts (the pod name); it makes
 *                   the Kafka transactional ids, so a restarted instance fences its former self
 */
@ConfigurationProperties(prefix = "pecflow")
public record PecFlowProperties(
        String instanceId,
        @DefaultValue Provider provider,
        List<MailboxProperties> mailboxes,
        @DefaultValue Topics topics,
        @DefaultValue Jobs jobs,
        @DefaultValue Dispatch dispatch,
        @DefaultValue Receipts receipts,
        @DefaultValue PecApi pecApi,
        @DefaultValue Trovapec trovapec,
        @DefaultValue Recipients recipients,
        @DefaultValue Metrics metrics) {

    public PecFlowProperties {
        if (instanceId == null || instanceId.isBlank()) {
            String host = System.getenv("HOSTNAME");
            instanceId = host == null || host.isBlank() ? "pecflow-local" : host;
        }
        mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
    }

    /**
     * @param baseUrl               the PEC Massiva API root
     * @param token                 the Bearer token (secret)
     * @param connectTimeout        connection timeout
     * @param requestTimeout        answer timeout; a send without answer by then is AMBIGUOUS
     * @param maxConcurrentRequests calls on the wire at once
     * @param recipientAsString     write a single recipient as a string rather than a list
     */
    public record Provider(
            @DefaultValue("https://ws.pecmassiva.com") URI baseUrl,
            @DefaultValue("") String token,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("30s") Duration requestTimeout,
            @DefaultValue("256") int maxConcurrentRequests,
            @DefaultValue("false") boolean recipientAsString) {

        @Override
        public String toString() {
            return "Provider[baseUrl=" + baseUrl + ", token=" + (token.isEmpty() ? "<none>" : "***")
                    + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
                    + ", maxConcurrentRequests=" + maxConcurrentRequests + "]";
        }
    }

    /**
     * The PEC API, for the certified-domain check of recipients.
     *
     * @param baseUrl the API root
     * @param token   the Bearer token of the Openapi account (secret); without it a job asking for
     *                the check is rejected, and {@code recipients.require-certified} cannot be on
     */
    public record PecApi(
            @DefaultValue("https://pec.openapi.it") URI baseUrl,
            @DefaultValue("") String token) {

        @Override
        public String toString() {
            return "PecApi[baseUrl=" + baseUrl + ", token=" + (token.isEmpty() ? "<none>" : "***") + "]";
        }
    }

    /**
     * TrovaPEC, for the PEC addresses of tax codes.
     *
     * @param baseUrl   the web service's address; a URL without a path gets {@code /index_ws.php}
     * @param key       the user key (secret); without it a job with tax codes is rejected
     * @param pollEvery how often a booked search is asked for its answer (and a failed call made again)
     * @param cacheTtl  how long an answer (an address or none) is kept and used for later jobs
     */
    public record Trovapec(
            @DefaultValue("https://www.trovapec.it/index_ws.php") URI baseUrl,
            @DefaultValue("") String key,
            @DefaultValue("30s") Duration pollEvery,
            @DefaultValue("30d") Duration cacheTtl) {

        /** @return the service's address, {@code /index_ws.php} added to a bare host */
        public URI endpoint() {
            String path = baseUrl.getPath();
            return path == null || path.isEmpty() || path.equals("/")
                    ? URI.create(baseUrl.toString().replaceAll("/$", "") + "/index_ws.php") : baseUrl;
        }

        @Override
        public String toString() {
            return "Trovapec[baseUrl=" + baseUrl + ", key=" + (key.isEmpty() ? "<none>" : "***") + ", pollEvery="
                    + pollEvery + ", cacheTtl=" + cacheTtl + "]";
        }
    }

    /**
     * The certified-domain check of recipients.
     *
     * @param requireCertified check every job's recipients, not only those of jobs with
     *                         {@code checkRecipients: true}
     * @param cacheTtl         how long a domain's verdict is kept (in memory)
     * @param whenUnavailable  {@code wait} (the job waits while the PEC API is down) or {@code send}
     *                         (it goes on unchecked, with a warning)
     * @param retryEvery       how often a check the PEC API could not answer is asked again
     */
    public record Recipients(
            @DefaultValue("false") boolean requireCertified,
            @DefaultValue("24h") Duration cacheTtl,
            @DefaultValue("wait") String whenUnavailable,
            @DefaultValue("30s") Duration retryEvery) {
    }

    /**
     * Topic names and the shape of the internal topics.
     *
     * @param jobs              input: send jobs from upstream
     * @param events            output: job events (key = jobId)
     * @param deadLetter        unparseable input records, untouched, with the reason in headers
     * @param dispatch          internal: accepted jobs keyed by mailbox
     * @param dispatchState     internal, compacted: the ledger and quota use, partitioned like dispatch
     * @param resolve           internal: jobs waiting for tax codes or recipient checks, keyed by jobId
     * @param resolveState      internal, compacted: pending TrovaPEC searches, answers, finished resolve jobs
     * @param partitions        partitions of the internal topics (and of jobs/events when created here)
     * @param replicationFactor replication of created topics (-1 = the broker's default)
     * @param create            create missing topics at start-up
     * @param dispatchRetention retention of the dispatch topic: longer than any backlog may wait
     * @param groupPrefix       consumer groups are {@code <prefix>-intake}, {@code <prefix>-dispatch} and
     *                          {@code <prefix>-resolve}
     */
    public record Topics(
            @DefaultValue("pecflow.jobs") String jobs,
            @DefaultValue("pecflow.events") String events,
            @DefaultValue("pecflow.jobs.dlt") String deadLetter,
            @DefaultValue("pecflow.dispatch") String dispatch,
            @DefaultValue("pecflow.dispatch-state") String dispatchState,
            @DefaultValue("pecflow.resolve") String resolve,
            @DefaultValue("pecflow.resolve-state") String resolveState,
            @DefaultValue("12") int partitions,
            @DefaultValue("-1") short replicationFactor,
            @DefaultValue("true") boolean create,
            @DefaultValue("90d") Duration dispatchRetention,
            @DefaultValue("pecflow") String groupPrefix) {

        public Topics {
            Objects.requireNonNull(jobs, "pecflow.topics.jobs");
            if (partitions < 1) {
                throw new IllegalArgumentException("pecflow.topics.partitions must be at least 1, not " + partitions);
            }
        }
    }

    /** Validation limits of incoming jobs; see docs/contract.md. */
    public record Jobs(@DefaultValue Limits limits) {
    }

    /** @see io.pecflow.engine.job.JobLimits */
    public record Limits(
            @DefaultValue("500") int maxSubjectChars,
            @DefaultValue("10MB") DataSize maxBodyBytes,
            @DefaultValue("30MB") DataSize maxAttachmentBytes,
            @DefaultValue("30MB") DataSize maxTotalBytes,
            @DefaultValue("30MB") DataSize maxSizeTimesRecipientsBytes,
            @DefaultValue("500") int maxRecipients,
            @DefaultValue("32") int maxMetadataEntries,
            @DefaultValue("64") int maxMetadataKeyChars,
            @DefaultValue("1024") int maxMetadataValueChars) {
    }

    /**
     * @param splitRecipients    send a job to n recipients as n single-recipient sends (receipts stay unambiguous)
     * @param ambiguousPolicy    {@code park} (default: leave AMBIGUOUS for a person) or {@code resend}
     * @param retry              back-off of retryable failures
     * @param zone               the calendar of the quotas
     * @param payloadCache       job bodies kept in memory per instance; beyond it only offsets are kept
     *                           and bodies are read again from Kafka when their turn comes
     * @param maxPending         sends waiting per instance before consumption pauses
     * @param suspendedProbe     how often a suspended mailbox is tried again
     * @param shutdownGrace      how long a graceful stop waits for sends in flight
     * @param pollTimeout        the longest the dispatch thread waits in one poll
     * @param pacingLookAhead    a send whose turn comes within this is recorded now and started on
     *                           the dot (a crash in that window leaves it AMBIGUOUS although unsent)
     * @param maxInFlightUnpaced calls at once for a mailbox whose pacing is off (per-second=0); a
     *                           paced mailbox always has one at most
     */
    public record Dispatch(
            @DefaultValue("true") boolean splitRecipients,
            @DefaultValue("park") String ambiguousPolicy,
            @DefaultValue Retry retry,
            @DefaultValue("Europe/Rome") String zone,
            @DefaultValue("64MB") DataSize payloadCache,
            @DefaultValue("2000000") int maxPending,
            @DefaultValue("60s") Duration suspendedProbe,
            @DefaultValue("25s") Duration shutdownGrace,
            @DefaultValue("100ms") Duration pollTimeout,
            @DefaultValue("50ms") Duration pacingLookAhead,
            @DefaultValue("8") int maxInFlightUnpaced) {
    }

    /**
     * How receipts are followed; see {@link io.pecflow.engine.receipt.ReceiptSettings}.
     *
     * @param enabled               follow every submitted message to its final receipt
     * @param pollSteps             delays after the send at which a sending's receipts are asked for
     * @param margin                how long after 24 hours a final receipt is still waited for (then NO_RECEIPT)
     * @param callsPerSecond        the poller's provider calls a second, per mailbox (apart from the sends)
     * @param maxInFlight           the poller's calls at once, per mailbox
     * @param inboxScanFrom         from how many messages awaiting receipts a mailbox's inbox is scanned instead
     * @param inboxScanEvery        how often the inbox is scanned then
     * @param inboxMaxPages         pages a scan reads at most
     * @param cleanup               delete a message's receipts from the mailbox once it is final
     * @param storageWarnShare      share of the mailbox storage above which MAILBOX_STORAGE_HIGH is published
     * @param storageCheckEvery     how often the storage is read while messages are tracked
     * @param ambiguousSearchEvery  how often the acceptance of an AMBIGUOUS send is searched for
     * @param ambiguousSearchWindow for how long after the attempt (then it stays AMBIGUOUS for a person)
     * @param ambiguousSlack        how far from the attempt an acceptance may be dated and still fit it
     */
    public record Receipts(
            @DefaultValue("true") boolean enabled,
            @DefaultValue({"5s", "20s", "1m", "3m", "10m", "30m", "1h", "3h", "6h", "9h", "PT12H5M", "15h", "18h", "21h",
                    "PT24H5M"}) List<Duration> pollSteps,
            @DefaultValue("1h") Duration margin,
            @DefaultValue("5") double callsPerSecond,
            @DefaultValue("4") int maxInFlight,
            @DefaultValue("10") int inboxScanFrom,
            @DefaultValue("5s") Duration inboxScanEvery,
            @DefaultValue("40") int inboxMaxPages,
            @DefaultValue("true") boolean cleanup,
            @DefaultValue("0.8") double storageWarnShare,
            @DefaultValue("10m") Duration storageCheckEvery,
            @DefaultValue("1m") Duration ambiguousSearchEvery,
            @DefaultValue("30m") Duration ambiguousSearchWindow,
            @DefaultValue("2m") Duration ambiguousSlack) {

        /** @return the domain settings; invalid combinations fail here, naming the property */
        public io.pecflow.engine.receipt.ReceiptSettings toSettings() {
            try {
                return new io.pecflow.engine.receipt.ReceiptSettings(enabled,
                        new io.pecflow.engine.receipt.PollSchedule(pollSteps, margin), callsPerSecond, maxInFlight,
                        inboxScanFrom, inboxScanEvery, inboxMaxPages, cleanup, storageWarnShare, storageCheckEvery,
                        ambiguousSearchEvery, ambiguousSearchWindow, ambiguousSlack);
            } catch (IllegalArgumentException invalid) {
                throw new IllegalStateException("pecflow.receipts: " + invalid.getMessage(), invalid);
            }
        }
    }

    /** @param mailboxTags tag per-mailbox meters with the mailbox (turn off for thousands of mailboxes) */
    public record Metrics(@DefaultValue("true") boolean mailboxTags) {
    }

    /** @see io.pecflow.engine.dispatch.RetryPolicy */
    public record Retry(
            @DefaultValue("6") int maxAttempts,
            @DefaultValue("2s") Duration initialDelay,
            @DefaultValue("5m") Duration maxDelay,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("0.5") double jitter) {
    }
}
