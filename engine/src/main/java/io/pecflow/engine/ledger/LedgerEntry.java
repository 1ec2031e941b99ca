package io.pecflow.engine.ledger;

import java.util.Arrays;
import java.util.Objects;

/**
 * The ledger's knowledge of one job: the dispatch-topic offset it was accepted at (a second record
 * with the same jobId at another offset is a duplicate) and the state and attempt count of each
 * of its sends. Mutable, owned by the one dispatch thread of its partition.
 */
public final class LedgerEntry {

    private final String jobId;
    private final String mailbox;
    private final long offset;
    private final SendState[] states;
    private final int[] attempts;
    private final long[] attemptedAt;

    public LedgerEntry(String jobId, String mailbox, long offset, int parts) {
        this.jobId = Objects.requireNonNull(jobId, "jobId");
        this.mailbox = Objects.requireNonNull(mailbox, "mailbox");
        if (parts < 1) {
            throw new IllegalArgumentException("a job has at least one send, not " + parts);
        }
        this.offset = offset;
        this.states = new SendState[parts];
        this.attempts = new int[parts];
        this.attemptedAt = new long[parts];
        Arrays.fill(states, SendState.QUEUED);
    }

    public String jobId() {
        return jobId;
    }

    public String mailbox() {
        return mailbox;
    }

    public long offset() {
        return offset;
    }

    public int parts() {
        return states.length;
    }

    public SendState state(int part) {
        return states[part];
    }

    public int attempts(int part) {
        return attempts[part];
    }

    /** @return when the part's last attempt started, when known */
    public java.util.Optional<java.time.Instant> attemptedAt(int part) {
        return attemptedAt[part] == 0 ? java.util.Optional.empty()
                : java.util.Optional.of(java.time.Instant.ofEpochMilli(attemptedAt[part]));
    }

    /** Records a part's new state; states never move back from terminal. */
    public void update(int part, SendState state, int attempt) {
        update(part, state, attempt, java.util.Optional.empty());
    }

    /** Records a part's new state and, for an attempt, when it started. */
    public void update(int part, SendState state, int attempt, java.util.Optional<java.time.Instant> at) {
        if (states[part].isTerminal() && state != states[part]) {
            return;
        }
        states[part] = state;
        attempts[part] = Math.max(attempts[part], attempt);
        at.ifPresent(instant -> attemptedAt[part] = instant.toEpochMilli());
    }

    /** @return true when every send of the job is final */
    public boolean isSettled() {
        for (SendState state : states) {
            if (!state.isTerminal()) {
                return false;
            }
        }
        return true;
    }
}
