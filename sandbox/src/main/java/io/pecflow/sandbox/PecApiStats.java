package io.pecflow.sandbox;

import java.util.concurrent.atomic.LongAdder;

/**
 * The referee's counters of the PEC API.
 *
 * @param calls         calls that passed the Bearer check, by the route they took
 * @param domainChecks  {@code GET /domini_pec/{dominio}} calls among them, found or not
 * @param refusals      answers with a status of 400 or more among them (a 204 is not one)
 * @param unauthorized  401 answers for a missing or wrong Bearer token
 */
public record PecApiStats(long calls, long domainChecks, long refusals, long unauthorized) {

    /** The running counts; thread-safe. */
    static final class Tally {
        private final LongAdder calls = new LongAdder();
        private final LongAdder domainChecks = new LongAdder();
        private final LongAdder refusals = new LongAdder();
        private final LongAdder unauthorized = new LongAdder();

        void call(PecApiCall call, int status) {
            calls.increment();
            if (call == PecApiCall.DOMAIN_CHECK) {
                domainChecks.increment();
            }
            if (status >= 400) {
                refusals.increment();
            }
        }

        void unauthorized() {
            unauthorized.increment();
        }

        PecApiStats snapshot() {
            return new PecApiStats(calls.sum(), domainChecks.sum(), refusals.sum(), unauthorized.sum());
        }

        void clear() {
            calls.reset();
            domainChecks.reset();
            refusals.reset();
            unauthorized.reset();
        }
    }
}
