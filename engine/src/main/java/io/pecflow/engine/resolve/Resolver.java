package io.pecflow.engine.resolve;

import io.pecflow.engine.clock.EngineClock;
import io.pecflow.engine.event.EventIds;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.job.SendJob;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resolve stage's decisions, free of Kafka and HTTP: for each job of the resolve topic, every
 * tax code is resolved (the cache first, else a TrovaPEC search shared by every job that waits for
 * the code) and, when asked, every address's domain checked (the cache first, else one PEC API
 * check per domain). Many jobs are in progress at once and none holds up another. When a job has
 * every answer, its RESOLVED, NOT_RESOLVED and REJECTED events and the job itself (to the
 * addresses left, for the dispatch) go to the outbox together, and its offset is finished: the
 * Kafka edge commits them in one transaction. The edge drives it from one thread: read jobs, take
 * answers, take the due calls, commit, start the calls. Not thread-safe.
 */
public final class Resolver {

    private static final Logger LOG = LoggerFactory.getLogger(Resolver.class);

    private record JobKey(int partition, long offset) {
    }

    private final ResolveSettings settings;
    private final EngineClock clock;
    private final ResolveOutbox outbox;
    private final ResolveListener listener;
    private final TaxCodeLookups lookups;
    private final DomainChecks domains;
    private final ResolvePartitions partitions = new ResolvePartitions();
    private final Map<JobKey, PendingJob> jobs = new HashMap<>();
    private final Map<String, Set<JobKey>> waitingOnCode = new HashMap<>();
    private final Map<String, Set<JobKey>> waitingOnDomain = new HashMap<>();
    private long heldBytes;

    public Resolver(ResolveSettings settings, EngineClock clock, ResolveOutbox outbox, ResolveListener listener) {
        this.settings = settings;
        this.clock = clock;
        this.outbox = outbox;
        this.listener = listener;
        this.lookups = new TaxCodeLookups(settings, clock, outbox);
        this.domains = new DomainChecks(settings, clock);
    }

    /** This stage now owns the resolve partition; the state topic must be read up to date first. */
    public void assigned(int partition) {
        partitions.assigned(partition);
    }

    /** The partition went to another owner: its jobs are dropped here (they are read again there). */
    public void released(int partition) {
        for (PendingJob job : List.copyOf(jobs.values())) {
            if (job.partition == partition) {
                forget(job);
            }
        }
        partitions.released(partition);
        listener.resolving(jobs.size());
    }

    /**
     * A job read from the resolve topic.
     *
     * @param bytes the record's size, for the memory this stage holds
     */
    public void accept(int partition, long offset, SendJob job, long bytes) {
        if (!partitions.owns(partition) || partitions.skips(partition, offset)) {
            return;
        }
        partitions.opened(partition, offset);
        PendingJob pending = new PendingJob(partition, offset, job, bytes, settings.checks(job));
        Optional<String> missing = missingCredentials(job);
        if (missing.isPresent()) {
            LOG.warn("Rejected job {}: {}", job.jobId(), missing.get());
            publish(JobEvent.of(EventIds.of(job.jobId(), EventType.REJECTED.name()), job.ref(), EventType.REJECTED,
                    clock.now()).withReason(missing.get()));
            finished(pending);
            return;
        }
        pending.codesLeft().forEach(code -> lookups.fresh(code).ifPresent(answer -> pending.answered(code,
                answer.address())));
        pending.domainsLeft().forEach(domain -> domains.fresh(domain).ifPresent(verdict -> pending.judged(domain,
                verdict)));
        if (pending.complete()) {
            finish(pending);
            return;
        }
        JobKey key = new JobKey(partition, offset);
        jobs.put(key, pending);
        heldBytes += bytes;
        pending.codesLeft().forEach(code -> {
            waitFor(waitingOnCode, code, key);
            lookups.want(code);
        });
        pending.domainsLeft().forEach(domain -> {
            waitFor(waitingOnDomain, domain, key);
            domains.want(domain);
        });
        listener.resolving(jobs.size());
    }

    /** A record of the resolve topic that is not a job (corrupt): logged and passed over. */
    public void unreadable(int partition, long offset, String reason) {
        if (partitions.owns(partition) && !partitions.skips(partition, offset)) {
            LOG.error("Skipping unreadable resolve record {}@{}: {}", partition, offset, reason);
            partitions.passed(partition, offset);
        }
    }

    /** A record of the resolve-state topic, this instance's own or another's. */
    public void restored(ResolveRecord record) {
        switch (record) {
            case ResolveRecord.JobDone done -> partitions.done(done.partition(), done.offset());
            case ResolveRecord.DoneForgotten forgotten -> partitions.forgotten(forgotten.partition(), forgotten.offset());
            default -> lookups.apply(record).ifPresent(this::codeAnswered);
        }
    }

    /** A call came back. */
    public void answered(ResolveAnswer answer) {
        listener.resolveCall(answer.call(), answer.failed());
        switch (answer) {
            case ResolveAnswer.DomainChecked checked -> domains.answered(checked.domain(), checked.outcome())
                    .ifPresent(verdict -> domainJudged(checked.domain(), verdict));
            case ResolveAnswer.Requested requested -> lookups.answered(requested).ifPresent(this::codeAnswered);
            case ResolveAnswer.Polled polled -> lookups.answered(polled).ifPresent(this::codeAnswered);
            case ResolveAnswer.Deleted deleted -> lookups.answered(deleted).ifPresent(this::codeAnswered);
        }
    }

    /** @return the calls to start once this step is committed */
    public List<ResolveCall> due() {
        List<ResolveCall> calls = new ArrayList<>(lookups.due());
        calls.addAll(domains.due());
        return calls;
    }

    /** @return when a call is next due, for the edge's poll timeout */
    public Optional<Instant> nextDue() {
        return Stream.of(lookups.nextDue(), domains.nextDue()).flatMap(Optional::stream).min(Instant::compareTo);
    }

    /**
     * @return per owned partition that read anything, the offset below which every job is finished;
     *         the done records these points pass are tombstoned in the outbox, to commit with them
     */
    public Map<Integer, Long> commitPoints() {
        return partitions.commitPoints((partition, offset) -> outbox.state(new ResolveRecord.DoneForgotten(partition,
                offset)));
    }

    /** @return how many jobs wait for an answer */
    public int jobsInProgress() {
        return jobs.size();
    }

    /** @return the bytes of the jobs waiting, for back-pressure */
    public long heldBytes() {
        return heldBytes;
    }

    private Optional<String> missingCredentials(SendJob job) {
        if (!job.toTaxCodes().isEmpty() && !settings.taxCodesConfigured()) {
            return Optional.of("toTaxCodes: this engine has no TrovaPEC key (pecflow.trovapec.key), so it cannot"
                    + " resolve tax codes");
        }
        if (settings.checks(job) && !job.to().isEmpty() && !settings.domainChecksConfigured()) {
            return Optional.of("checkRecipients: this engine has no PEC API token (pecflow.pec-api.token), so it"
                    + " cannot check the recipients' domains");
        }
        return Optional.empty();
    }

    private static void waitFor(Map<String, Set<JobKey>> waiting, String what, JobKey key) {
        waiting.computeIfAbsent(what, ignored -> new HashSet<>()).add(key);
    }

    private void codeAnswered(String code) {
        Set<JobKey> waiting = waitingOnCode.remove(code);
        Optional<ResolveRecord.Answer> answer = lookups.fresh(code);
        if (waiting == null || answer.isEmpty()) {
            if (waiting != null) {
                waitingOnCode.put(code, waiting);
            }
            return;
        }
        lookups.unwant(code);
        for (JobKey key : waiting) {
            PendingJob job = jobs.get(key);
            if (job != null) {
                job.answered(code, answer.get().address());
                finishIfComplete(job);
            }
        }
    }

    private void domainJudged(String domain, DomainChecks.Verdict verdict) {
        Set<JobKey> waiting = waitingOnDomain.remove(domain);
        if (waiting == null) {
            return;
        }
        domains.unwant(domain);
        for (JobKey key : waiting) {
            PendingJob job = jobs.get(key);
            if (job != null) {
                job.judged(domain, verdict);
                finishIfComplete(job);
            }
        }
    }

    private void finishIfComplete(PendingJob job) {
        if (job.complete()) {
            jobs.remove(new JobKey(job.partition, job.offset));
            heldBytes -= job.bytes;
            finish(job);
            listener.resolving(jobs.size());
        }
    }

    private void finish(PendingJob job) {
        PendingJob.Finished done = job.finish(clock.now());
        done.events().forEach(this::publish);
        done.forward().ifPresent(outbox::forward);
        LOG.info("Resolved job {}: {}", job.job.jobId(), done.forward().map(forwarded -> forwarded.to().size()
                + " recipient(s) to send to").orElse("no recipient left, rejected"));
        finished(job);
    }

    private void finished(PendingJob job) {
        if (partitions.finished(job.partition, job.offset)) {
            outbox.state(new ResolveRecord.JobDone(job.partition, job.offset, job.job.jobId()));
        }
    }

    private void publish(JobEvent event) {
        outbox.event(event);
        listener.resolveEvent(event.type(), event.mailbox().orElse(""));
    }

    /** Drops a job without an outcome (its partition went elsewhere). */
    private void forget(PendingJob job) {
        JobKey key = new JobKey(job.partition, job.offset);
        jobs.remove(key);
        heldBytes -= job.bytes;
        forgetWaiting(waitingOnCode, key, lookups::unwant);
        forgetWaiting(waitingOnDomain, key, domains::unwant);
    }

    private static void forgetWaiting(Map<String, Set<JobKey>> waiting, JobKey key,
                                      java.util.function.Consumer<String> unwant) {
        for (String what : List.copyOf(waiting.keySet())) {
            Set<JobKey> keys = waiting.get(what);
            if (keys.remove(key) && keys.isEmpty()) {
                waiting.remove(what);
                unwant.accept(what);
            }
        }
    }
}
