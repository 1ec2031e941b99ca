package io.pecflow.engine.dispatch;

import io.pecflow.adapter.massiva.MailboxCredentials;
import io.pecflow.adapter.massiva.SendRequest;
import io.pecflow.engine.job.JobRef;
import java.util.List;
import java.util.Objects;

/**
 * One {@code POST /send} to make, already recorded as attempted in the ledger.
 *
 * @param partition  the dispatch partition it belongs to
 * @param send       the packed (offset, part) of the send
 * @param attempt    which attempt this is, from 1
 * @param ref        the job, for events
 * @param recipients who it goes to
 * @param request    what to send
 * @param mailbox    the credentials to send it with
 * @param startAtNanos the engine's monotonic time before which the call must not start (pacing)
 */
public record SendTask(int partition, long send, int attempt, JobRef ref, List<String> recipients, SendRequest request,
                       MailboxCredentials mailbox, long startAtNanos) {

    public SendTask {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(mailbox, "mailbox");
        recipients = List.copyOf(recipients);
    }

    public long offset() {
        return MailboxLane.offsetOf(send);
    }

    public int part() {
        return MailboxLane.partOf(send);
    }

    @Override
    public String toString() {
        return "SendTask[jobId=" + ref.jobId() + ", part=" + part() + ", attempt=" + attempt + "]";
    }
}
