package io.pecflow.engine.dispatch;

import io.pecflow.engine.job.SendJob;

/**
 * Job bodies kept in memory across all assigned partitions, within a byte budget; a body that
 * does not fit is read back from the dispatch topic when its turn comes. Dispatch thread only.
 */
final class BodyCache {

    private final long budgetBytes;
    private final PayloadSource source;
    private long usedBytes;

    BodyCache(long budgetBytes, PayloadSource source) {
        this.budgetBytes = budgetBytes;
        this.source = source;
    }

    /** Keeps a body if the budget allows. */
    void keep(PartitionWork work, long offset, SendJob job) {
        long size = sizeOf(job);
        if (usedBytes + size <= budgetBytes && work.bodies.putIfAbsent(offset, job) == null) {
            usedBytes += size;
        }
    }

    /** @return the body, from memory or read back */
    SendJob get(PartitionWork work, long offset) {
        SendJob cached = work.bodies.get(offset);
        return cached != null ? cached : source.read(work.partition, offset);
    }

    /** The job at {@code offset} is settled: its body is not needed any more. */
    void drop(PartitionWork work, long offset) {
        SendJob removed = work.bodies.remove(offset);
        if (removed != null) {
            usedBytes -= sizeOf(removed);
        }
    }

    /** A partition went away with all its bodies. */
    void dropAll(PartitionWork work) {
        work.bodies.values().forEach(job -> usedBytes -= sizeOf(job));
        work.bodies.clear();
    }

    private static long sizeOf(SendJob job) {
        long size = 256L + job.subject().length() + job.body().length();
        for (var attachment : job.attachments()) {
            size += attachment.base64().length() + attachment.name().length();
        }
        return size;
    }
}
