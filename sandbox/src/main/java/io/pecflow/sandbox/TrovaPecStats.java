package io.pecflow.sandbox;

/**
 * The referee's counters of the TrovaPEC web service.
 *
 * @param requests       searches booked ({@code OK|<token>})
 * @param polls          result requests with a known token, {@code WAIT} answers included
 * @param waits          {@code WAIT} answers
 * @param errors         {@code ERROR} and {@code Error} answers: a wrong key, a repeated request, an unknown token…
 * @param searchesOnFile searches not deleted yet
 */
public record TrovaPecStats(long requests, long polls, long waits, long errors, long searchesOnFile) {

    /** The running counts; guarded by the lock of their {@link TrovaPec}. */
    static final class Tally {
        long requests;
        long polls;
        long waits;
        long errors;

        TrovaPecAnswer failed(TrovaPecAnswer answer) {
            errors++;
            return answer;
        }

        TrovaPecStats snapshot(long searchesOnFile) {
            return new TrovaPecStats(requests, polls, waits, errors, searchesOnFile);
        }

        void clear() {
            requests = 0;
            polls = 0;
            waits = 0;
            errors = 0;
        }
    }
}
