package io.pecflow.engine.dispatch;

import io.pecflow.engine.event.EventType;
import io.pecflow.engine.job.SendJob;
import io.pecflow.engine.ledger.LedgerEntry;
import io.pecflow.engine.ledger.SendState;
import java.time.Instant;
import java.util.Optional;

/** Carries out one {@link Decision} about one finished send. Short-lived; dispatch thread only. */
final class OutcomeHandler {

    private final Dispatcher dispatcher;
    private final PartitionWork work;
    private final MailboxLane lane;
    private final SendJob job;
    private final LedgerEntry entry;
    private final SendTask task;

    OutcomeHandler(Dispatcher dispatcher, PartitionWork work, MailboxLane lane, SendJob job, LedgerEntry entry,
                   SendTask task) {
        this.dispatcher = dispatcher;
        this.work = work;
        this.lane = lane;
        this.job = job;
        this.entry = entry;
        this.task = task;
    }

    void handle(Decision decision) {
        switch (decision) {
            case Decision.Submitted submitted -> dispatcher.finish(work, entry, job, task.send(), SendState.SUBMITTED,
                    task.attempt(), Optional.of(submitted.messageCode()), null);
            case Decision.Fail fail -> dispatcher.finish(work, entry, job, task.send(), SendState.FAILED,
                    task.attempt(), Optional.empty(), fail.reason());
            case Decision.Ambiguous ambiguous -> dispatcher.finish(work, entry, job, task.send(), SendState.AMBIGUOUS,
                    task.attempt(), Optional.empty(), ambiguous.reason());
            case Decision.Retry retry -> {
                Instant at = dispatcher.clock().now().plus(retry.delay());
                requeue();
                lane.enqueueAt(task.send(), at);
                dispatcher.events().perSend(job, task.part(), dispatcher.splitRecipients(), EventType.RETRYING,
                        task.attempt()).reason(retry.reason()).until(at).emit();
            }
            case Decision.Suspend suspend -> {
                requeue();
                lane.putBack(task.send());
                dispatcher.suspended(lane, suspend.reason());
            }
            case Decision.QuotaSpent spent -> {
                Instant until = lane.pacer().exhausted(spent.monthly());
                dispatcher.quotaChanged(work, lane);
                requeue();
                lane.putBack(task.send());
                dispatcher.block(work, lane, until, spent.reason());
            }
        }
    }

    private void requeue() {
        dispatcher.record(work, entry, task.part(), SendState.QUEUED, task.attempt(), Optional.empty());
    }
}
