package io.pecflow.sandbox;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The PEC API account, free of HTTP: its mailboxes, its Comunica PEC requests, its wallet, and the
 * certified domains the API knows. Thread-safe: {@link #serve} runs a whole call under the account's lock
 * after carrying out what the clock has made due; a domain check needs only the wallet's.
 */
final class PecAccount implements PecWallet {

    /** The account's e-mail, written as every item's {@code owner}. */
    static final String OWNER = "account@example.it";

    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{24}");
    /** The middle of every id, like the machine part of a MongoDB ObjectId (the ids the document shows). */
    private static final long MACHINE = 0x3a716847a9L;

    /** What the PEC API sees of the sandbox's own PEC Massiva mailboxes. */
    interface SandboxMailboxes {
        /** @param address lower case */
        boolean hasAddress(String address);

        /** @param domain lower case */
        boolean hasDomain(String domain);
    }

    private final SandboxClock clock;
    private final PecApiSettings settings;
    private final SandboxMailboxes sandboxMailboxes;
    private final Set<String> addedDomains = ConcurrentHashMap.newKeySet();
    private final Map<String, PecBox> boxes = new LinkedHashMap<>();
    private final Map<String, ComunicaRequest> requests = new LinkedHashMap<>();
    private long creditCents;
    // never reset, so an id is never reused within a run
    private long sequence;

    /**
     * @param sandboxMailboxes the sandbox's PEC Massiva mailboxes: they exist (not available to register)
     *                         and their domains are certified
     */
    PecAccount(PecApiSettings settings, SandboxClock clock, SandboxMailboxes sandboxMailboxes) {
        this.settings = settings;
        this.clock = clock;
        this.sandboxMailboxes = sandboxMailboxes;
        this.creditCents = Money.cents(settings.credit(), "credit");
    }

    /** Runs one call under the lock, at one sandbox instant, after the steps due by then. */
    synchronized <T> T serve(Function<Instant, T> call) {
        Instant now = clock.now();
        boxes.values().forEach(b -> b.settle(now));
        requests.values().forEach(r -> r.settle(now));
        return call.apply(now);
    }

    /** @param domain a well-formed domain, lower case; needs no lock */
    boolean isCertified(String domain) {
        return settings.certifiedDomains().contains(domain) || addedDomains.contains(domain)
                || sandboxMailboxes.hasDomain(domain);
    }

    void addCertifiedDomain(String domain) {
        addedDomains.add(Addresses.domain(domain).orElseThrow(
                () -> new IllegalArgumentException("not a domain name: '" + domain + "'")));
    }

    /** @param address a well-formed address, lower case: free unless a box or a sandbox mailbox has it */
    synchronized boolean isAvailable(String address) {
        return boxes.values().stream().noneMatch(b -> b.address().equals(address)) && !sandboxMailboxes.hasAddress(address);
    }

    /** {@code POST /pec} once the body is read: the address must be free (406, a guess), then paid (402 262). */
    synchronized PecApiOutcome<PecBox> register(PecRegistration registration, Instant now) {
        if (!isAvailable(registration.address())) {
            return PecApiOutcome.refused(PecApiError.notAcceptable(249, "casella_pec not available"));
        }
        Optional<PecApiError> unpaid = pay(PecApiCall.BOX_REGISTER);
        if (unpaid.isPresent()) {
            return PecApiOutcome.refused(unpaid.get());
        }
        long n = ++sequence;
        PecBox box = new PecBox(newId(now, n), registration, Long.toString(10_170_000 + n), "MA" + (170_000 + n), now);
        boxes.put(box.id(), box);
        return PecApiOutcome.done(box);
    }

    /** {@code POST /comunica_pec} once the body is read: paid (402 351). */
    synchronized PecApiOutcome<ComunicaRequest> communicate(ComunicaApplication application, Instant now) {
        Optional<PecApiError> unpaid = pay(PecApiCall.COMUNICA_CREATE);
        if (unpaid.isPresent()) {
            return PecApiOutcome.refused(unpaid.get());
        }
        ComunicaRequest request = new ComunicaRequest(newId(now, ++sequence), application, now, settings.activationDelay());
        requests.put(request.id(), request);
        return PecApiOutcome.done(request);
    }

    @Override
    public synchronized Optional<PecApiError> pay(PecApiCall call) {
        if (call.priceCents() > creditCents) {
            return Optional.of(call.insufficientCredit(creditCents));
        }
        creditCents -= call.priceCents();
        return Optional.empty();
    }

    /** A user id for {@code multiutenza}, like a box's {@code uid}. */
    synchronized String newUserid() {
        return "MA" + (170_000 + ++sequence);
    }

    /** The item of that id: {@code 400 Wrong id} for what cannot be an id, the call's 404 for an unknown one. */
    static <T> PecApiOutcome<T> find(PecApiCall call, String id, Function<String, Optional<T>> byId) {
        if (!ID.matcher(id).matches()) {
            return PecApiOutcome.refused(call.wrongId());
        }
        return byId.apply(id).map(PecApiOutcome::done).orElseGet(() -> PecApiOutcome.refused(call.notFound()));
    }

    synchronized Optional<PecBox> box(String id) {
        return Optional.ofNullable(boxes.get(id.toLowerCase(java.util.Locale.ROOT)));
    }

    synchronized List<PecBox> boxes() {
        return new ArrayList<>(boxes.values());
    }

    synchronized Optional<ComunicaRequest> request(String id) {
        return Optional.ofNullable(requests.get(id.toLowerCase(java.util.Locale.ROOT)));
    }

    synchronized List<ComunicaRequest> requests() {
        return new ArrayList<>(requests.values());
    }

    Duration activationDelay() {
        return settings.activationDelay();
    }

    synchronized void credit(BigDecimal euros) {
        creditCents = Money.cents(euros, "credit");
    }

    synchronized BigDecimal credit() {
        return Money.euros(creditCents);
    }

    /** Forgets boxes and requests and restores the starting credit; keeps the domains added. */
    synchronized void reset() {
        boxes.clear();
        requests.clear();
        creditCents = Money.cents(settings.credit(), "credit");
    }

    /** Seconds, machine, counter: 24 hexadecimal digits like the ids the document shows. */
    private static String newId(Instant now, long n) {
        return String.format("%08x%010x%06x", now.getEpochSecond() & 0xffffffffL, MACHINE, n & 0xffffffL);
    }
}
