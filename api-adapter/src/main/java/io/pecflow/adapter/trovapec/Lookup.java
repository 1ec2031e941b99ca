package io.pecflow.adapter.trovapec;

import java.time.Duration;
import java.util.Objects;

/** One {@link TrovaPecClient#lookup}: request, then wait and poll until the answer or the deadline. */
final class Lookup {

    private final TrovaPecClient client;
    private final PollingClock clock;
    private final Duration pollInterval;
    private final Duration timeout;

    Lookup(TrovaPecClient client, PollingClock clock, Duration pollInterval, Duration timeout) {
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(timeout, "timeout");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive, not " + pollInterval);
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, not " + timeout);
        }
        this.client = client;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
    }

    /*
     * Every answer but "accepted" and "wait" is also a LookupOutcome, so the switches below pass
     * it on as it is; they stay exhaustive, and a new answer that is not a LookupOutcome would
     * not compile here.
     */
    LookupOutcome run(TaxCode taxCode) {
        long started = clock.nanoTime();
        return switch (client.request(taxCode)) {
            case RequestOutcome.Accepted accepted -> pollUntilAnswered(accepted.token(), started);
            case LookupOutcome ended -> ended;
        };
    }

    private LookupOutcome pollUntilAnswered(TrovaPecToken firstToken, long started) {
        TrovaPecToken token = firstToken;
        while (true) {
            Duration waited = Duration.ofNanos(clock.nanoTime() - started);
            if (waited.plus(pollInterval).compareTo(timeout) > 0) {
                return new LookupOutcome.TimedOut(token, waited);
            }
            try {
                clock.sleep(pollInterval);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return new Unreachable("interrupted while waiting to ask for the answer of token " + token);
            }
            switch (client.poll(token)) {
                case PollOutcome.Wait wait -> token = wait.token();
                case LookupOutcome ended -> {
                    return ended;
                }
            }
        }
    }
}
