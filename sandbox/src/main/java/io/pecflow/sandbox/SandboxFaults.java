package io.pecflow.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * Faults on demand, changeable while the sandbox runs. Thread-safe. Random choices come from one
 * generator seeded with {@code --seed}, so a run with the same requests in the same order is repeatable.
 * Outage windows are measured on the clock's monotonic time (real time, unless the clock is manual).
 */
public final class SandboxFaults {

    private final SandboxClock clock;
    private final RandomGenerator random;
    private volatile double errorRate;
    private volatile double lostResponseRate;
    private volatile Duration latency = Duration.ZERO;
    private final AtomicInteger failNextSends = new AtomicInteger();
    private final AtomicInteger loseNextResponses = new AtomicInteger();
    private final Set<String> unauthorized = ConcurrentHashMap.newKeySet();
    private volatile long outageFromNanos;
    private volatile long outageUntilNanos;

    SandboxFaults(SandboxClock clock, long seed) {
        this.clock = clock;
        // java.util.Random is thread-safe; draws happen only while a rate is above zero
        this.random = new Random(seed);
        long now = clock.monotonicNanos();
        this.outageFromNanos = now;
        this.outageUntilNanos = now;
    }

    /**
     * @param rate the share (0 to 1) of API answers replaced by 500 {@code MySQL Error 2006}
     */
    public void errorRate(double rate) {
        this.errorRate = checkRate(rate, "errorRate");
    }

    /** @param n the next {@code n} {@code POST /send} that pass the checks answer 500 and are not carried out */
    public void failNext(int n) {
        failNextSends.set(checkCount(n, "failNext"));
    }

    /** @param delay latency added before every API answer is written; zero for none */
    public void latency(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative, was " + delay);
        }
        this.latency = delay;
    }

    /** @param rate the share (0 to 1) of accepted sends whose connection is closed without any answer */
    public void lostResponseRate(double rate) {
        this.lostResponseRate = checkRate(rate, "lostResponseRate");
    }

    /** @param n the next {@code n} accepted sends are carried out and their answers lost */
    public void loseNextResponses(int n) {
        loseNextResponses.set(checkCount(n, "loseNextResponses"));
    }

    /**
     * @param address a mailbox address
     * @param on      true: every call with that mailbox's credentials answers 401; false: back to normal
     */
    public void unauthorized(String address, boolean on) {
        String key = SandboxMailbox.key(address);
        if (on) {
            unauthorized.add(key);
        } else {
            unauthorized.remove(key);
        }
    }

    /** @param length every API call answers 503 from now for this long (real time); zero ends an outage */
    public void outage(Duration length) {
        outageWindow(Duration.ZERO, length);
    }

    /** Clears every fault. */
    public void clear() {
        errorRate = 0;
        lostResponseRate = 0;
        latency = Duration.ZERO;
        failNextSends.set(0);
        loseNextResponses.set(0);
        unauthorized.clear();
        outage(Duration.ZERO);
    }

    /** @return the current fault settings */
    public Settings settings() {
        long remaining = Math.max(0, outageUntilNanos - Math.max(outageFromNanos, clock.monotonicNanos()));
        return new Settings(errorRate, failNextSends.get(), latency, lostResponseRate, loseNextResponses.get(),
                new TreeSet<>(unauthorized), Duration.ofNanos(remaining));
    }

    /**
     * The fault settings at one moment.
     *
     * @param errorRate         share of API answers replaced by 500
     * @param failNextSends     sends still to fail with 500
     * @param latency           latency added to every API answer
     * @param lostResponseRate  share of accepted sends whose answer is lost
     * @param loseNextResponses accepted sends still to lose the answer of
     * @param unauthorized      mailboxes answered 401 (lower case)
     * @param outageRemaining   how long the current or scheduled outage still lasts
     */
    public record Settings(double errorRate, int failNextSends, Duration latency, double lostResponseRate,
                           int loseNextResponses, Set<String> unauthorized, Duration outageRemaining) {
        /** Copies the set. */
        public Settings {
            unauthorized = Set.copyOf(unauthorized);
        }
    }

    void outageWindow(Duration startsIn, Duration length) {
        if (startsIn.isNegative() || length.isNegative()) {
            throw new IllegalArgumentException("an outage cannot start or last a negative time");
        }
        long from = clock.monotonicNanos() + startsIn.toNanos();
        outageUntilNanos = from; // closes the old window before opening the new one
        outageFromNanos = from;
        outageUntilNanos = from + length.toNanos();
    }

    boolean inOutage() {
        long now = clock.monotonicNanos();
        return now - outageFromNanos >= 0 && now - outageUntilNanos < 0;
    }

    /** For {@code POST /send}: a pending {@code failNext} or a draw under the error rate. */
    boolean failSend() {
        return takeOne(failNextSends) || failCall();
    }

    /** For every other API call: a draw under the error rate. */
    boolean failCall() {
        double rate = errorRate;
        return rate > 0 && random.nextDouble() < rate;
    }

    boolean loseResponse() {
        if (takeOne(loseNextResponses)) {
            return true;
        }
        double rate = lostResponseRate;
        return rate > 0 && random.nextDouble() < rate;
    }

    /** Reads before writing, so the common case (nothing pending) does not contend on the counter. */
    private static boolean takeOne(AtomicInteger pending) {
        return pending.get() > 0 && pending.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    boolean isUnauthorized(String key) {
        return !unauthorized.isEmpty() && unauthorized.contains(key);
    }

    /** Waits out the latency fault before an answer is written; called on the exchange's virtual thread. */
    void pauseForLatency() {
        long millis = latency.toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(Duration.ofMillis(millis)); // a virtual thread: sleeping is cheap
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static double checkRate(double rate, String name) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + rate);
        }
        return rate;
    }

    private static int checkCount(int n, String name) {
        if (n < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + n);
        }
        return n;
    }
}
