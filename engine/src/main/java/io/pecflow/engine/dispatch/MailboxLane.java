package io.pecflow.engine.dispatch;

import io.pecflow.adapter.massiva.MailboxCredentials;
import io.pecflow.engine.ratelimit.MailboxPacer;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.PriorityQueue;

/**
 * One mailbox's sends waiting on one dispatch partition: a FIFO of ready sends, a time-ordered
 * set of sends waiting for their time ({@code notBefore}, back-off), its pacer, and at most one
 * send in flight. A send is a packed {@code (offset, part)} long, so a long backlog costs eight
 * bytes a send. Owned by the dispatch thread; not thread-safe.
 */
final class MailboxLane {

    private record Delayed(Instant readyAt, long send) {
    }

    private final String mailbox;
    private final int partition;
    private final MailboxPacer pacer;
    private final MailboxCredentials credentials;
    private final LongQueue ready = new LongQueue();
    private final PriorityQueue<Delayed> delayed = new PriorityQueue<>(
            Comparator.comparing(Delayed::readyAt).thenComparingLong(Delayed::send));
    private final int maxInFlight;
    private final boolean configured;
    private int inFlight;
    private Instant quotaBlockedUntil;
    private String suspendedBecause;
    /** When the head first had to wait for the pace ({@code Long.MIN_VALUE}: it has not). */
    private long paceWaitSince = Long.MIN_VALUE;

    /**
     * @param maxInFlight calls at once: 1 for a paced mailbox (the provider takes one a second), more
     *                    only when pacing is off for it
     * @param configured  false for a mailbox missing from the configuration: it waits, and is never probed
     */
    MailboxLane(String mailbox, int partition, MailboxPacer pacer, MailboxCredentials credentials, int maxInFlight,
                boolean configured) {
        this.maxInFlight = maxInFlight;
        this.configured = configured;
        this.mailbox = Objects.requireNonNull(mailbox, "mailbox");
        this.partition = partition;
        this.pacer = Objects.requireNonNull(pacer, "pacer");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    static long pack(long offset, int part) {
        if (offset < 0 || offset >= (1L << 47) || part < 0 || part > 0xFFFF) {
            throw new IllegalArgumentException("cannot pack offset " + offset + " part " + part);
        }
        return (offset << 16) | part;
    }

    static long offsetOf(long send) {
        return send >>> 16;
    }

    static int partOf(long send) {
        return (int) (send & 0xFFFF);
    }

    void enqueue(long send) {
        ready.addLast(send);
    }

    void enqueueAt(long send, Instant readyAt) {
        delayed.add(new Delayed(readyAt, send));
    }

    /** Puts a send back at the head (it could not go now but keeps its place). */
    void putBack(long send) {
        ready.addFirst(send);
    }

    /** Moves sends whose time has come into the ready queue (in time order) and gives the head. */
    OptionalLong head(Instant now) {
        while (!delayed.isEmpty() && !delayed.peek().readyAt().isAfter(now)) {
            ready.addLast(delayed.poll().send());
        }
        return ready.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ready.peekFirst());
    }

    long takeHead() {
        return ready.removeFirst();
    }

    /** @return when the earliest waiting send becomes ready, if any */
    Optional<Instant> nextReadyAt() {
        return delayed.isEmpty() ? Optional.empty() : Optional.of(delayed.peek().readyAt());
    }

    /** Every send waiting in this lane, ready ones first. */
    void forEachWaiting(java.util.function.LongConsumer action) {
        for (int i = 0; i < ready.size(); i++) {
            action.accept(ready.get(i));
        }
        delayed.forEach(item -> action.accept(item.send()));
    }

    int waiting() {
        return ready.size() + delayed.size();
    }

    /** @return sends waiting only for their turn (not for a time, the quota or a suspension) */
    int readyCount(Instant now) {
        boolean held = suspendedBecause != null || (quotaBlockedUntil != null && quotaBlockedUntil.isAfter(now));
        return held ? 0 : ready.size();
    }

    /** The head could not start: the pace holds it. */
    void waitingForPace(long nanoTime) {
        if (paceWaitSince == Long.MIN_VALUE) {
            paceWaitSince = nanoTime;
        }
    }

    /** The head may start: how long the pace held it (0 if it did not). */
    long pacedNanos(long nanoTime) {
        long waited = paceWaitSince == Long.MIN_VALUE ? 0 : nanoTime - paceWaitSince;
        paceWaitSince = Long.MIN_VALUE;
        return waited;
    }

    boolean inFlight() {
        return inFlight > 0;
    }

    /** @return whether another call may start now (fewer in flight than allowed) */
    boolean hasRoom() {
        return inFlight < maxInFlight;
    }

    void started() {
        inFlight++;
    }

    void ended() {
        inFlight = Math.max(0, inFlight - 1);
    }

    Optional<Instant> quotaBlockedUntil() {
        return Optional.ofNullable(quotaBlockedUntil);
    }

    void quotaBlockedUntil(Instant until) {
        quotaBlockedUntil = until;
    }

    Optional<String> suspendedBecause() {
        return Optional.ofNullable(suspendedBecause);
    }

    void suspend(String reason) {
        suspendedBecause = reason;
    }

    void resume() {
        suspendedBecause = null;
    }

    String mailbox() {
        return mailbox;
    }

    boolean configured() {
        return configured;
    }

    int partition() {
        return partition;
    }

    MailboxPacer pacer() {
        return pacer;
    }

    MailboxCredentials credentials() {
        return credentials;
    }
}
