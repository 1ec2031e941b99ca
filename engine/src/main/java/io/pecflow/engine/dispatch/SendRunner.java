package io.pecflow.engine.dispatch;

import io.pecflow.adapter.massiva.CallOutcome;
import io.pecflow.adapter.massiva.PecMassivaClient;
import io.pecflow.adapter.massiva.SendOutcome;
import io.pecflow.engine.calls.CallQueue;
import io.pecflow.engine.clock.EngineClock;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Makes the provider calls the dispatcher decided on, each on its own virtual thread, and hands
 * the outcomes back through a queue; {@code onOutcome} wakes the dispatch thread. Thread-safe.
 */
public final class SendRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SendRunner.class);

    /** A probe of a suspended mailbox and whether it works. */
    public record ProbeResult(Dispatcher.MailboxProbe probe, boolean works) {
    }

    private final PecMassivaClient client;
    private final EngineClock clock;
    private final CallQueue<Completion> sends;
    private final CallQueue<ProbeResult> probes;

    /** @param drainTimeout how long {@link #close()} waits for calls still on the wire */
    public SendRunner(PecMassivaClient client, EngineClock clock, Runnable onOutcome, java.time.Duration drainTimeout) {
        this.client = client;
        this.clock = clock;
        this.sends = new CallQueue<>("pecflow-send-", onOutcome, drainTimeout);
        this.probes = new CallQueue<>("pecflow-probe-", onOutcome);
    }

    public void start(SendTask task) {
        sends.start(() -> {
            MDC.put("jobId", task.ref().jobId());
            MDC.put("mailbox", task.request().sender());
            try {
                waitUntil(task.startAtNanos());
                SendOutcome outcome = send(task);
                return new Completion(task, outcome, clock.nanoTime());
            } finally {
                MDC.clear();
            }
        }, bug -> new Completion(task, ambiguous(task, bug), clock.nanoTime()));
    }

    /** Pacing asked for this start time; parking a virtual thread costs nothing. */
    private void waitUntil(long startAtNanos) {
        for (long wait = startAtNanos - clock.nanoTime(); wait > 0; wait = startAtNanos - clock.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }

    private SendOutcome send(SendTask task) {
        try {
            return client.send(task.request(), task.mailbox());
        } catch (RuntimeException bug) {
            return ambiguous(task, bug);
        }
    }

    /** The request may have left before the failure: never treat it as not sent. */
    private static SendOutcome ambiguous(SendTask task, RuntimeException bug) {
        LOG.error("Unexpected failure while sending {}", task, bug);
        return new SendOutcome.Ambiguous("unexpected engine failure during the send: " + bug.getClass().getSimpleName());
    }

    public void probe(Dispatcher.MailboxProbe probe) {
        probes.start(() -> {
            CallOutcome<?> answer = client.quota(probe.credentials());
            boolean works = answer instanceof CallOutcome.Ok<?> || answer instanceof CallOutcome.NotFound<?>
                    || answer instanceof CallOutcome.Rejected<?>;
            return new ProbeResult(probe, works);
        }, bug -> new ProbeResult(probe, false));
    }

    public Completion nextCompletion() {
        return sends.next();
    }

    public ProbeResult nextProbeResult() {
        return probes.next();
    }

    public int inFlight() {
        return sends.inFlight();
    }

    /**
     * Waits for the calls still on the wire (their outcomes are dropped: the ledger keeps them as
     * attempted, so they come back AMBIGUOUS), so that a restarted dispatch never calls a mailbox
     * while an earlier call of it may still be on its way.
     */
    @Override
    public void close() {
        sends.close();
        probes.close();
    }
}
