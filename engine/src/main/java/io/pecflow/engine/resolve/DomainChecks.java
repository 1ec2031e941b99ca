package io.pecflow.engine.resolve;

import io.pecflow.adapter.pec.DomainCheck;
import io.pecflow.adapter.pec.PecApiOutcome;
import io.pecflow.engine.clock.EngineClock;
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
 * The certified-domain checks of the resolve stage ({@code GET /domini_pec/{dominio}}), one per
 * domain however many recipients wait for it, and the verdicts kept in memory for
 * {@code domainCacheTtl}. Only the PEC API's answer decides: 200 certified, 204 not, 406 (a
 * domain it refuses as malformed) not. Anything else (unreachable, 5xx, 503, but also 401, 402
 * or 404, which point at the configuration) never rejects a recipient: the check is asked again
 * every {@code retryEvery}, or, under {@link ResolveSettings.WhenUnavailable#SEND}, the recipients
 * go on unchecked. Resolve thread only.
 */
final class DomainChecks {

    private static final Logger LOG = LoggerFactory.getLogger(DomainChecks.class);

    /**
     * Whether a domain's recipients may be sent to.
     *
     * @param certified whether they may
     * @param refusal   why not, for the reason of a REJECTED event ("gmail.com is not a certified (PEC) domain")
     * @param at        when the PEC API said so
     */
    record Verdict(boolean certified, Optional<String> refusal, Instant at) {
    }

    private static final class Check {
        Instant nextAt;
        boolean inFlight;
        boolean wanted = true;

        Check(Instant nextAt) {
            this.nextAt = nextAt;
        }
    }

    private final ResolveSettings settings;
    private final EngineClock clock;
    private final Map<String, Verdict> verdicts = new HashMap<>();
    private final Map<String, Check> checks = new HashMap<>();

    DomainChecks(ResolveSettings settings, EngineClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** @return the domain's verdict while it is younger than the cache's time to live */
    Optional<Verdict> fresh(String domain) {
        Verdict verdict = verdicts.get(domain);
        return verdict != null && verdict.at().plus(settings.domainCacheTtl()).isAfter(clock.now())
                ? Optional.of(verdict) : Optional.empty();
    }

    /** A recipient waits for the domain's check. */
    void want(String domain) {
        checks.computeIfAbsent(domain, key -> new Check(clock.now())).wanted = true;
    }

    /** No recipient waits for the domain any more. */
    void unwant(String domain) {
        Check check = checks.get(domain);
        if (check != null) {
            check.wanted = false;
            if (!check.inFlight) {
                checks.remove(domain);
            }
        }
    }

    /** @return the checks due now; each is in flight until its answer is taken */
    List<ResolveCall> due() {
        Instant now = clock.now();
        List<ResolveCall> calls = new ArrayList<>();
        checks.forEach((domain, check) -> {
            if (check.wanted && !check.inFlight && !check.nextAt.isAfter(now)) {
                check.inFlight = true;
                calls.add(new ResolveCall.CheckDomain(domain));
            }
        });
        return calls;
    }

    /** @return when the next check is due, if one waits */
    Optional<Instant> nextDue() {
        return checks.values().stream().filter(check -> check.wanted && !check.inFlight).map(check -> check.nextAt)
                .min(Comparator.naturalOrder());
    }

    /** @return the verdict for the recipients waiting on the domain, when the answer gives one */
    Optional<Verdict> answered(String domain, PecApiOutcome<DomainCheck> outcome) {
        Check check = checks.get(domain);
        if (check != null) {
            check.inFlight = false;
        }
        Instant now = clock.now();
        return switch (outcome) {
            case PecApiOutcome.Ok<DomainCheck> ok -> decided(domain, ok.value().eligible() ? certified(now)
                    : refused(domain + " is not a certified (PEC) domain", now));
            case PecApiOutcome.NotAcceptable<DomainCheck> notAcceptable -> decided(domain,
                    refused("the PEC API refuses " + domain + " as a domain (" + notAcceptable.message() + ")", now));
            case PecApiOutcome.Failed<DomainCheck> failed -> unavailable(domain, check, failed);
        };
    }

    private Optional<Verdict> decided(String domain, Verdict verdict) {
        verdicts.put(domain, verdict);
        checks.remove(domain);
        return Optional.of(verdict);
    }

    private Optional<Verdict> unavailable(String domain, Check check, PecApiOutcome.Failed<DomainCheck> failed) {
        if (check == null || !check.wanted) {
            checks.remove(domain);
            return Optional.empty();
        }
        String why = describe(failed);
        if (settings.whenUnavailable() == ResolveSettings.WhenUnavailable.SEND) {
            LOG.warn("The PEC API could not check {} ({}): its recipients go on unchecked"
                    + " (pecflow.recipients.when-unavailable=send)", domain, why);
            checks.remove(domain);
            return Optional.of(certified(clock.now()));
        }
        check.nextAt = clock.now().plus(settings.retryEvery());
        boolean configuration = !(failed instanceof PecApiOutcome.Unavailable<DomainCheck>
                || failed instanceof PecApiOutcome.ServerError<DomainCheck>
                || failed instanceof PecApiOutcome.Unreachable<DomainCheck>);
        String message = "The PEC API could not check {} ({}); its recipients wait and it is asked again in {}";
        if (configuration) {
            LOG.error(message + " (check pecflow.pec-api.*)", domain, why, settings.retryEvery());
        } else {
            LOG.warn(message, domain, why, settings.retryEvery());
        }
        return Optional.empty();
    }

    private static String describe(PecApiOutcome.Failed<DomainCheck> failed) {
        return failed.getClass().getSimpleName() + ": " + failed.message();
    }

    private static Verdict certified(Instant at) {
        return new Verdict(true, Optional.empty(), at);
    }

    private static Verdict refused(String why, Instant at) {
        return new Verdict(false, Optional.of(why), at);
    }
}
