package io.pecflow.engine.receipt;

import io.pecflow.engine.event.SettledCounts;
import io.pecflow.engine.job.JobRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Everything tracked of one job after its sends ended in the dispatch: a {@link TrackedMessage}
 * per recipient of each send that ended, until every recipient is final, {@code SETTLED} is out
 * and the receipts are cleaned up. Kept durably (one compacted state record a job) so tracking
 * resumes after a restart or a rebalance exactly where it stood. Immutable.
 *
 * @param ref      what the job's events repeat of it
 * @param parts    how many sends the job has in the dispatch
 * @param subject  the job's subject, kept only while a send is AMBIGUOUS (to search its acceptance), else ""
 * @param messages one a recipient of each send that ended, in the order they came
 * @param settled  {@code SETTLED} was published
 */
public record JobReceipts(JobRef ref, int parts, String subject, List<TrackedMessage> messages, boolean settled) {

    public JobReceipts {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(subject, "subject");
        messages = List.copyOf(messages);
        if (parts < 1) {
            throw new IllegalArgumentException("a job has at least one send, not " + parts);
        }
    }

    public static JobReceipts of(JobRef ref, int parts) {
        return new JobReceipts(ref, parts, "", List.of(), false);
    }

    public String jobId() {
        return ref.jobId();
    }

    /** @return whether the dispatch already told how this send ended */
    public boolean knows(int part) {
        return messages.stream().anyMatch(message -> message.part() == part);
    }

    /** @return a copy with these recipients of a send that just ended */
    public JobReceipts with(List<TrackedMessage> ended, String subjectIfAmbiguous) {
        List<TrackedMessage> all = new ArrayList<>(messages);
        all.addAll(ended);
        boolean searching = all.stream().anyMatch(message -> message.status() == DeliveryStatus.AMBIGUOUS);
        return new JobReceipts(ref, parts, searching ? subjectIfAmbiguous.isEmpty() ? subject : subjectIfAmbiguous : "",
                all, settled);
    }

    /** @return a copy where {@code change} was applied to the messages it selects */
    public JobReceipts changed(java.util.function.Predicate<TrackedMessage> which, UnaryOperator<TrackedMessage> change) {
        List<TrackedMessage> all = messages.stream().map(message -> which.test(message) ? change.apply(message) : message)
                .toList();
        boolean searching = all.stream().anyMatch(message -> message.status() == DeliveryStatus.AMBIGUOUS);
        return new JobReceipts(ref, parts, searching ? subject : "", all, settled);
    }

    public JobReceipts markedSettled() {
        return new JobReceipts(ref, parts, subject, messages, true);
    }

    /** @return true when every send of the job ended and every recipient is final */
    public boolean isComplete() {
        for (int part = 0; part < parts; part++) {
            if (!knows(part)) {
                return false;
            }
        }
        return messages.stream().allMatch(message -> message.status().isFinal());
    }

    /** @return true once settled and every sending's receipts are cleaned up (or cleaning is off) */
    public boolean isDone(boolean cleanup) {
        return settled && (!cleanup || messages.stream().allMatch(message -> !message.hasCode() || message.cleaned()));
    }

    public SettledCounts counts() {
        int delivered = 0;
        int notDelivered = 0;
        int noReceipt = 0;
        int notSent = 0;
        int ambiguous = 0;
        for (TrackedMessage message : messages) {
            switch (message.status()) {
                case DELIVERED -> delivered++;
                case NOT_DELIVERED -> notDelivered++;
                case NO_RECEIPT -> noReceipt++;
                case NOT_SENT -> notSent++;
                case UNRESOLVED, AMBIGUOUS -> ambiguous++;
                case SUBMITTED, ACCEPTED, WARNED -> throw new IllegalStateException("job " + jobId() + " is not settled");
            }
        }
        return new SettledCounts(delivered, notDelivered, noReceipt, notSent, ambiguous);
    }
}
