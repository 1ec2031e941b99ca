package io.pecflow.adapter.trovapec;

import java.time.Duration;

/**
 * A client of the TrovaPEC web service, which finds a company's PEC address from its VAT number
 * or tax code (not from its name): book a search, then ask for its answer until it is ready
 * (the service says 2 to 3 minutes).
 *
 * <p>The service answers in plain text, fields separated by {@code |}. Every documented answer
 * is a value of its own and everything else is {@link Malformed}, {@link HttpFailure} or
 * {@link Unreachable}: never an exception, never a silent success. Exceptions mean a bug (a
 * null argument). The user key travels in the form body, and in the query string of
 * {@link #poll}; it is masked in every text an outcome carries and in {@link #toString()}.
 *
 * <p>One instance holds one pooled HTTP client and is meant to be shared: all methods are
 * thread-safe and block the calling thread, which may be a virtual thread.
 */
public interface TrovaPecClient extends AutoCloseable {

    /** A client over the JDK's HTTP client. */
    static TrovaPecClient create(TrovaPecConfig config) {
        return new HttpTrovaPecClient(config);
    }

    /** {@code POST key=..&cf=..}: books a search for a company's PEC address. */
    RequestOutcome request(TaxCode taxCode);

    /** {@code GET ?key=..&token=..}: the answer of a booked search, or {@code WAIT}. */
    PollOutcome poll(TrovaPecToken token);

    /** {@code POST key=..&cf-delete=..}: deletes the booked search for a code. */
    DeleteOutcome delete(TaxCode taxCode);

    /** {@code POST key=..&saldo=}: the account's balance. */
    BalanceOutcome balance();

    /**
     * Books a search and polls it every {@code pollInterval} (first after one interval) until an
     * answer other than {@code WAIT} comes, or until one more wait would pass {@code timeout}.
     * Blocks the calling thread for up to {@code timeout}; time is measured and waited on the
     * configured {@link PollingClock}.
     *
     * @param pollInterval the wait before each poll; positive
     * @param timeout      the longest the whole lookup may take; not negative
     */
    LookupOutcome lookup(TaxCode taxCode, Duration pollInterval, Duration timeout);

    /** Releases the HTTP client's connections. */
    @Override
    void close();
}
