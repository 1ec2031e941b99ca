package io.pecflow.sandbox;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The TrovaPEC web service's state, free of HTTP: the directory of tax codes, the searches on file and the
 * balance. A search answers {@code WAIT} a set number of times, then its result, and stays on file (a
 * second request for its code is refused) until deleted. Thread-safe: every call takes the one lock.
 */
final class TrovaPec {

    private static final long PRICE_CENTS = Money.cents(TrovaPecSettings.PRICE_PER_REQUEST, "price");

    /** One search on file; the result is looked up in the directory when it is first given, then kept. */
    private static final class Search {
        final String code;
        final String token;
        int waitsLeft;
        TrovaPecAnswer result;

        Search(String code, String token, int waits) {
            this.code = code;
            this.token = token;
            this.waitsLeft = waits;
        }
    }

    private final TrovaPecSettings settings;
    private final Map<String, String> directory = new ConcurrentHashMap<>();
    private final Map<String, Search> byToken = new HashMap<>();
    private final Map<String, Search> byCode = new HashMap<>();
    private final Random random;
    private long balanceCents;
    private final TrovaPecStats.Tally tally = new TrovaPecStats.Tally();

    TrovaPec(TrovaPecSettings settings, long seed) {
        this.settings = settings;
        this.random = new Random(seed);
        this.directory.putAll(settings.taxCodes());
        this.balanceCents = Money.cents(settings.balance(), "balance");
    }

    /** {@code POST key=..&cf=..} */
    synchronized TrovaPecAnswer request(String key, String rawCode) {
        if (!keyMatches(key)) {
            return tally.failed(TrovaPecAnswer.Failure.WRONG_KEY);
        }
        if (rawCode == null || rawCode.isBlank()) {
            return tally.failed(TrovaPecAnswer.Failure.NO_CODE);
        }
        Optional<String> code = Addresses.taxCode(rawCode);
        if (code.isEmpty()) {
            return tally.failed(TrovaPecAnswer.Failure.BAD_CODE);
        }
        if (byCode.containsKey(code.get())) {
            return tally.failed(new TrovaPecAnswer.AlreadyPresent());
        }
        if (balanceCents < PRICE_CENTS) {
            return tally.failed(TrovaPecAnswer.Failure.NO_CREDIT);
        }
        balanceCents -= PRICE_CENTS;
        Search search = new Search(code.get(), newToken(), settings.waits());
        byToken.put(search.token, search);
        byCode.put(search.code, search);
        tally.requests++;
        return new TrovaPecAnswer.Booked(search.token);
    }

    /** {@code GET key=..&token=..} */
    synchronized TrovaPecAnswer poll(String key, String token) {
        if (!keyMatches(key)) {
            return tally.failed(TrovaPecAnswer.Failure.WRONG_KEY);
        }
        if (token == null || token.isBlank()) {
            return tally.failed(TrovaPecAnswer.Failure.NO_TOKEN);
        }
        Search search = byToken.get(token.trim());
        if (search == null) {
            return tally.failed(TrovaPecAnswer.Failure.UNKNOWN_TOKEN);
        }
        tally.polls++;
        if (search.waitsLeft > 0) {
            search.waitsLeft--;
            tally.waits++;
            return new TrovaPecAnswer.Wait(search.token);
        }
        if (search.result == null) {
            String address = directory.get(search.code);
            search.result = address == null ? new TrovaPecAnswer.NotFound() : new TrovaPecAnswer.Found(address);
        }
        return search.result;
    }

    /** {@code POST key=..&cf-delete=..} */
    synchronized TrovaPecAnswer delete(String key, String rawCode) {
        if (!keyMatches(key)) {
            return tally.failed(TrovaPecAnswer.Failure.WRONG_KEY);
        }
        Search search = Addresses.taxCode(rawCode).map(byCode::remove).orElse(null);
        if (search == null) {
            return tally.failed(TrovaPecAnswer.Failure.NOTHING_TO_DELETE);
        }
        byToken.remove(search.token);
        return new TrovaPecAnswer.Deleted();
    }

    /** {@code POST key=..&saldo} */
    synchronized TrovaPecAnswer balance(String key) {
        return keyMatches(key) ? new TrovaPecAnswer.Balance(balanceCents) : tally.failed(TrovaPecAnswer.Failure.WRONG_KEY);
    }

    /** Adds a directory entry or replaces its address; searches not yet answered see it. */
    void addTaxCode(String code, String address) {
        directory.put(TrovaPecSettings.checkedCode(code), TrovaPecSettings.checkedAddress(address));
    }

    synchronized void balance(BigDecimal euros) {
        balanceCents = Money.cents(euros, "balance");
    }

    synchronized BigDecimal balance() {
        return Money.euros(balanceCents);
    }

    synchronized TrovaPecStats stats() {
        return tally.snapshot(byToken.size());
    }

    /** Forgets searches and counters and restores the starting balance; keeps the directory. */
    synchronized void reset() {
        byToken.clear();
        byCode.clear();
        tally.clear();
        balanceCents = Money.cents(settings.balance(), "balance");
    }

    private boolean keyMatches(String key) {
        return key != null && HttpIo.secretEquals(key, settings.key());
    }

    private String newToken() {
        String token;
        do {
            token = String.format("%016x%016x", random.nextLong(), random.nextLong());
        } while (byToken.containsKey(token));
        return token;
    }
}
