package io.pecflow.engine.ledger;

import io.pecflow.engine.ratelimit.QuotaUsage;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger of one dispatch partition, in memory: every job accepted there (for duplicates and
 * for what a crash left half-done) and each mailbox's quota use. Rebuilt from the state topic
 * when the partition is assigned. Owned by the dispatch thread; not thread-safe.
 */
public final class PartitionLedger {

    private final Map<String, LedgerEntry> jobs = new HashMap<>();
    private final Map<String, QuotaUsage> quotas = new HashMap<>();

    /** Applies a record, from the restore or from the dispatch itself. */
    public void apply(StateRecord record) {
        switch (record) {
            case StateRecord.JobAccepted job ->
                    jobs.putIfAbsent(job.jobId(), new LedgerEntry(job.jobId(), job.mailbox(), job.offset(), job.parts()));
            case StateRecord.SendUpdate send -> {
                LedgerEntry entry = jobs.computeIfAbsent(send.jobId(),
                        id -> new LedgerEntry(id, send.mailbox(), send.offset(), send.parts()));
                if (entry.offset() == send.offset() && send.part() < entry.parts()) {
                    entry.update(send.part(), send.state(), send.attempt());
                }
            }
            case StateRecord.QuotaUsed quota -> quotas.put(quota.mailbox(), quota.usage());
        }
    }

    public Optional<LedgerEntry> job(String jobId) {
        return Optional.ofNullable(jobs.get(jobId));
    }

    public Optional<QuotaUsage> quota(String mailbox) {
        return Optional.ofNullable(quotas.get(mailbox));
    }

    public int size() {
        return jobs.size();
    }
}
