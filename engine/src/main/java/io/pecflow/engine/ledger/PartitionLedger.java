package io.pecflow.engine.ledger;

import io.pecflow.engine.ratelimit.QuotaUsage;
import io.pecflow.engine.receipt.JobReceipts;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger of one dispatch partition, in memory: every job accepted there (for duplicates and
 * for what a crash left half-done) and each mailbox's quota use. Rebuilt from the state topic
 * when the partition is assigned. Owned by the dispatch thread; not thread-safe.
 */
public final class PartitionLedger {

    /** Jobs with a send not yet final, in full. */
    private final Map<String, LedgerEntry> jobs = new HashMap<>();
    /** Settled jobs: only the offset they were accepted at is kept, to tell duplicates and replays. */
    private final Map<String, Long> settled = new HashMap<>();
    private final Map<String, QuotaUsage> quotas = new HashMap<>();
    /** Jobs whose receipts are tracked, as last recorded. */
    private final Map<String, JobReceipts> tracking = new LinkedHashMap<>();

    /** Applies a record, from the restore or from the dispatch itself. */
    public void apply(StateRecord record) {
        switch (record) {
            case StateRecord.JobAccepted job -> {
                if (!settled.containsKey(job.jobId())) {
                    jobs.putIfAbsent(job.jobId(), new LedgerEntry(job.jobId(), job.mailbox(), job.offset(), job.parts()));
                }
            }
            case StateRecord.SendUpdate send -> {
                if (settled.containsKey(send.jobId())) {
                    return;
                }
                LedgerEntry entry = jobs.computeIfAbsent(send.jobId(),
                        id -> new LedgerEntry(id, send.mailbox(), send.offset(), send.parts()));
                if (entry.offset() == send.offset() && send.part() < entry.parts()) {
                    entry.update(send.part(), send.state(), send.attempt(), send.attemptAt());
                    settleIfDone(entry);
                }
            }
            case StateRecord.QuotaUsed quota -> quotas.put(quota.mailbox(), quota.usage());
            case StateRecord.Tracking track -> tracking.put(track.receipts().jobId(), track.receipts());
            case StateRecord.TrackingDone done -> tracking.remove(done.jobId());
        }
    }

    /** @return the job while any of its sends is open */
    public Optional<LedgerEntry> job(String jobId) {
        return Optional.ofNullable(jobs.get(jobId));
    }

    /** @return the offset a job was accepted at, whether it is open or settled */
    public Optional<Long> acceptedAt(String jobId) {
        LedgerEntry open = jobs.get(jobId);
        return open != null ? Optional.of(open.offset()) : Optional.ofNullable(settled.get(jobId));
    }

    /** Keeps only what duplicates need of a job whose sends are all final. */
    public void settleIfDone(LedgerEntry entry) {
        if (entry.isSettled()) {
            jobs.remove(entry.jobId());
            settled.put(entry.jobId(), entry.offset());
        }
    }

    /** @return the jobs whose receipts were being tracked when the state was restored; the ledger forgets them */
    public Collection<JobReceipts> takeTracking() {
        Collection<JobReceipts> taken = java.util.List.copyOf(tracking.values());
        tracking.clear();
        return taken;
    }

    public Optional<QuotaUsage> quota(String mailbox) {
        return Optional.ofNullable(quotas.get(mailbox));
    }

    /** @return jobs known, open and settled */
    public int size() {
        return jobs.size() + settled.size();
    }
}
