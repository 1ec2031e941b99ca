package io.pecflow.engine.resolve;

import io.pecflow.adapter.trovapec.DeleteOutcome;
import io.pecflow.adapter.trovapec.HttpFailure;
import io.pecflow.adapter.trovapec.Malformed;
import io.pecflow.adapter.trovapec.PollOutcome;
import io.pecflow.adapter.trovapec.Refused;
import io.pecflow.adapter.trovapec.RequestOutcome;
import io.pecflow.adapter.trovapec.Unreachable;
import io.pecflow.engine.clock.EngineClock;
import io.pecflow.engine.job.EmailAddresses;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TrovaPEC searches of the resolve stage, one per tax code however many jobs wait for it, and
 * the cache of answers. A search is booked, its token written to the state topic (committed
 * before the first poll, since calls start only after the step's commit), then polled every
 * {@code pollEvery} until an answer; the answer is cached and written, the token tombstoned. A
 * failed call is made again after {@code pollEvery}: TrovaPEC being down or refusing (a wrong key,
 * no credit) makes jobs wait, never fail. A search on file whose token is not known (booked by a
 * process that stopped before its commit) is deleted and booked anew. Records of the state topic,
 * this instance's own and other instances', are applied too: the latest booking of a code wins.
 * Tax codes are masked in logs. Resolve thread only.
 */
final class TaxCodeLookups {

    private static final Logger LOG = LoggerFactory.getLogger(TaxCodeLookups.class);

    /** One search: booked (a token is known) or still to book; wanted while a job of this stage waits for it. */
    private static final class Lookup {
        final String code;
        String token;
        Instant requestedAt;
        Instant nextAt;
        boolean inFlight;
        boolean deleteFirst;
        boolean wanted;

        Lookup(String code, Instant nextAt) {
            this.code = code;
            this.nextAt = nextAt;
        }
    }

    private final ResolveSettings settings;
    private final EngineClock clock;
    private final ResolveOutbox outbox;
    private final Map<String, Lookup> lookups = new HashMap<>();
    private final Map<String, ResolveRecord.Answer> answers = new HashMap<>();

    TaxCodeLookups(ResolveSettings settings, EngineClock clock, ResolveOutbox outbox) {
        this.settings = settings;
        this.clock = clock;
        this.outbox = outbox;
    }

    /** @return the cached answer of the code while it is younger than the cache's time to live */
    Optional<ResolveRecord.Answer> fresh(String code) {
        ResolveRecord.Answer answer = answers.get(code);
        return answer != null && answer.at().plus(settings.answerCacheTtl()).isAfter(clock.now())
                ? Optional.of(answer) : Optional.empty();
    }

    /** A job waits for the code: its search goes on (or starts). */
    void want(String code) {
        lookups.computeIfAbsent(code, key -> new Lookup(key, clock.now())).wanted = true;
    }

    /** No job waits for the code any more; a booked search is kept (another job may want it). */
    void unwant(String code) {
        Lookup lookup = lookups.get(code);
        if (lookup != null) {
            lookup.wanted = false;
            if (lookup.token == null && !lookup.inFlight) {
                lookups.remove(code);
            }
        }
    }

    /** @return the calls due now; each is in flight until its answer is taken */
    List<ResolveCall> due() {
        Instant now = clock.now();
        List<ResolveCall> calls = new ArrayList<>();
        for (Lookup lookup : lookups.values()) {
            if (lookup.wanted && !lookup.inFlight && !lookup.nextAt.isAfter(now)) {
                lookup.inFlight = true;
                calls.add(lookup.token != null ? new ResolveCall.PollLookup(lookup.code, lookup.token)
                        : lookup.deleteFirst ? new ResolveCall.DeleteLookup(lookup.code)
                        : new ResolveCall.RequestLookup(lookup.code));
            }
        }
        return calls;
    }

    /** @return when the next call is due, if any is waiting */
    Optional<Instant> nextDue() {
        return lookups.values().stream().filter(lookup -> lookup.wanted && !lookup.inFlight)
                .map(lookup -> lookup.nextAt).min(Comparator.naturalOrder());
    }

    /** @return the tax code this answer settled (its answer now cached), if it settled one */
    Optional<String> answered(ResolveAnswer answer) {
        return switch (answer) {
            case ResolveAnswer.Requested requested -> taken(requested.taxCode())
                    .flatMap(lookup -> requested(lookup, requested.outcome()));
            case ResolveAnswer.Polled polled -> taken(polled.taxCode())
                    .flatMap(lookup -> polled(lookup, polled.token(), polled.outcome()));
            case ResolveAnswer.Deleted deleted -> taken(deleted.taxCode())
                    .flatMap(lookup -> deleted(lookup, deleted.outcome()));
            case ResolveAnswer.DomainChecked checked -> Optional.empty();
        };
    }

    /**
     * Applies a record of the state topic, written by this instance or another.
     *
     * @return the tax code it answered freshly, if it did
     */
    Optional<String> apply(ResolveRecord record) {
        switch (record) {
            case ResolveRecord.PendingLookup pending -> adopt(pending);
            case ResolveRecord.LookupClosed closed -> {
                Lookup lookup = lookups.get(closed.taxCode());
                if (lookup != null && !lookup.wanted && !lookup.inFlight) {
                    lookups.remove(closed.taxCode());
                }
            }
            case ResolveRecord.Answer answer -> {
                return learnt(answer);
            }
            case ResolveRecord.JobDone done -> {
                // the Resolver's business
            }
            case ResolveRecord.DoneForgotten forgotten -> {
                // the Resolver's business
            }
        }
        return Optional.empty();
    }

    /** @return how many searches jobs wait for */
    int wanted() {
        return (int) lookups.values().stream().filter(lookup -> lookup.wanted).count();
    }

    private Optional<Lookup> taken(String code) {
        Lookup lookup = lookups.get(code);
        if (lookup != null) {
            lookup.inFlight = false;
        }
        return Optional.ofNullable(lookup);
    }

    private Optional<String> requested(Lookup lookup, RequestOutcome outcome) {
        Instant now = clock.now();
        switch (outcome) {
            case RequestOutcome.Accepted accepted -> {
                lookup.token = accepted.token().value();
                lookup.requestedAt = now;
                lookup.nextAt = now.plus(settings.pollEvery());
                outbox.state(new ResolveRecord.PendingLookup(lookup.code, lookup.token, now));
            }
            case RequestOutcome.AlreadyRequested already -> {
                if (lookup.token == null) {
                    LOG.info("TrovaPEC has a search for tax code {} on file whose token is not known here: deleting"
                            + " it to book it anew", masked(lookup.code));
                    lookup.deleteFirst = true;
                }
                lookup.nextAt = now;
            }
            case Refused refused -> later(lookup, "refused the search: " + refused.text(), true);
            case Malformed malformed -> later(lookup, "gave an answer it does not document: " + malformed.text(), false);
            case HttpFailure failure -> later(lookup, "answered HTTP " + failure.status(), false);
            case Unreachable unreachable -> later(lookup, "could not be reached: " + unreachable.reason(), false);
        }
        return Optional.empty();
    }

    private Optional<String> polled(Lookup lookup, String token, PollOutcome outcome) {
        switch (outcome) {
            case PollOutcome.Found found -> {
                return answer(lookup, address(lookup.code, found.address()));
            }
            case PollOutcome.NotFound notFound -> {
                return answer(lookup, Optional.empty());
            }
            case PollOutcome.Wait wait -> waiting(lookup, token, wait.token().value());
            case Refused refused -> {
                if (token.equals(lookup.token)) {
                    LOG.warn("TrovaPEC refused the token of the search for tax code {} ({}): booking it anew",
                            masked(lookup.code), refused.text());
                    lookup.token = null;
                    outbox.state(new ResolveRecord.LookupClosed(lookup.code));
                }
                lookup.nextAt = clock.now();
            }
            case Malformed malformed -> later(lookup, "gave an answer it does not document: " + malformed.text(), false);
            case HttpFailure failure -> later(lookup, "answered HTTP " + failure.status(), false);
            case Unreachable unreachable -> later(lookup, "could not be reached: " + unreachable.reason(), false);
        }
        return Optional.empty();
    }

    private void waiting(Lookup lookup, String asked, String given) {
        if (asked.equals(lookup.token) && !given.equals(lookup.token)) {
            lookup.token = given;
            outbox.state(new ResolveRecord.PendingLookup(lookup.code, given, lookup.requestedAt));
        }
        lookup.nextAt = clock.now().plus(settings.pollEvery());
    }

    private Optional<String> deleted(Lookup lookup, DeleteOutcome outcome) {
        switch (outcome) {
            case DeleteOutcome.Deleted deleted -> {
                lookup.deleteFirst = false;
                lookup.nextAt = clock.now();
            }
            case Refused refused -> {
                lookup.deleteFirst = false;
                later(lookup, "refused to delete the search on file: " + refused.text(), false);
            }
            case Malformed malformed -> later(lookup, "gave an answer it does not document: " + malformed.text(), false);
            case HttpFailure failure -> later(lookup, "answered HTTP " + failure.status(), false);
            case Unreachable unreachable -> later(lookup, "could not be reached: " + unreachable.reason(), false);
        }
        return Optional.empty();
    }

    private void later(Lookup lookup, String what, boolean serious) {
        lookup.nextAt = clock.now().plus(settings.pollEvery());
        String message = "TrovaPEC {} (tax code {}); the jobs waiting for it ask again in {}";
        if (serious) {
            LOG.error(message, what, masked(lookup.code), settings.pollEvery());
        } else {
            LOG.warn(message, what, masked(lookup.code), settings.pollEvery());
        }
    }

    private Optional<String> answer(Lookup lookup, Optional<String> address) {
        ResolveRecord.Answer answer = new ResolveRecord.Answer(lookup.code, address, clock.now());
        answers.put(lookup.code, answer);
        outbox.state(answer);
        outbox.state(new ResolveRecord.LookupClosed(lookup.code));
        lookups.remove(lookup.code);
        return Optional.of(lookup.code);
    }

    private static Optional<String> address(String code, String found) {
        String address = EmailAddresses.normalise(found);
        Optional<String> problem = EmailAddresses.problem(address);
        if (problem.isPresent()) {
            LOG.warn("TrovaPEC gave tax code {} an address that is not one ({}): taken as no address",
                    masked(code), problem.get());
            return Optional.empty();
        }
        return Optional.of(address);
    }

    /** Another booking seen in the state topic: the latest one is the search on file. */
    private void adopt(ResolveRecord.PendingLookup pending) {
        if (fresh(pending.taxCode()).isPresent()) {
            return;
        }
        Lookup lookup = lookups.computeIfAbsent(pending.taxCode(),
                code -> new Lookup(code, pending.requestedAt().plus(settings.pollEvery())));
        if (pending.token().equals(lookup.token)) {
            return;
        }
        if (lookup.token == null || lookup.requestedAt == null || !pending.requestedAt().isBefore(lookup.requestedAt)) {
            lookup.token = pending.token();
            lookup.requestedAt = pending.requestedAt();
            lookup.deleteFirst = false;
        }
    }

    private Optional<String> learnt(ResolveRecord.Answer answer) {
        ResolveRecord.Answer known = answers.get(answer.taxCode());
        if (known != null && !answer.at().isAfter(known.at())) {
            return Optional.empty();
        }
        answers.put(answer.taxCode(), answer);
        if (fresh(answer.taxCode()).isEmpty()) {
            return Optional.empty();
        }
        Lookup lookup = lookups.get(answer.taxCode());
        if (lookup != null && !lookup.inFlight) {
            lookups.remove(answer.taxCode());
        }
        return Optional.of(answer.taxCode());
    }

    /** @return the code with its middle hidden: tax codes may be personal data */
    static String masked(String code) {
        return code.length() < 6 ? "***" : code.substring(0, 3) + "***" + code.substring(code.length() - 2);
    }
}
