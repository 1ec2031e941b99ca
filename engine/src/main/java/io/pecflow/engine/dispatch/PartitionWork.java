package io.pecflow.engine.dispatch;

import io.pecflow.engine.job.SendJob;
import io.pecflow.engine.ledger.PartitionLedger;
import io.pecflow.engine.offset.OffsetTracker;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the dispatcher holds for one assigned dispatch partition: its ledger, which offsets
 * are still open, the job bodies kept in memory, and its mailboxes' lanes (a mailbox lives in one
 * partition, since jobs are keyed by mailbox). Owned by the dispatch thread.
 */
final class PartitionWork {

    final int partition;
    final PartitionLedger ledger;
    final OffsetTracker offsets;
    final Map<Long, SendJob> bodies = new HashMap<>();
    final Map<String, MailboxLane> lanes = new LinkedHashMap<>();
    long lastCommittable = -1;

    PartitionWork(int partition, PartitionLedger ledger) {
        this.partition = partition;
        this.ledger = ledger;
        this.offsets = new OffsetTracker();
    }
}
