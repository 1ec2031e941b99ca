package io.pecflow.sandbox;

import com.sun.net.httpserver.HttpHandler;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A running PEC Massiva sandbox: a faithful local stand-in of the provider's HTTP API with its limits,
 * receipts over a scalable clock, faults on demand and a referee that counts what clients did. The same
 * server, port and token also serve the PEC API ({@code /domini_pec}, {@code /verifica_pec}, {@code /pec},
 * {@code /comunica_pec}), and TrovaPEC ({@code /index_ws.php}, with a key of its own).
 *
 * <pre>{@code
 * try (PecMassivaSandbox sandbox = PecMassivaSandbox.start(SandboxOptions.builder()
 *         .port(0).token("test-token")
 *         .mailbox("a@pecmassiva.com", "pw-a", MailboxPlan.STANDARD)
 *         .timeScale(3600).build())) {
 *     URI api = sandbox.baseUrl();
 *     ...
 *     assertThat(sandbox.stats().total().rateViolations()).isZero();
 * }
 * }</pre>
 *
 * Thread-safe. Closing stops the server; the instance cannot be restarted.
 */
public final class PecMassivaSandbox implements AutoCloseable {

    private final SandboxOptions options;
    private final SandboxClock clock;
    private final SandboxFaults faults;
    private final PostOffice office;
    private final PecAccount pecAccount;
    private final PecApiStats.Tally pecApiTally = new PecApiStats.Tally();
    private final TrovaPec trovaPec;
    private final SandboxServer server;

    private PecMassivaSandbox(SandboxOptions options) {
        this.options = options;
        this.clock = options.clock().orElseGet(() -> SandboxClock.scaled(options.timeScale()));
        this.faults = new SandboxFaults(clock, options.seed());
        applyInitialFaults(options);
        this.office = new PostOffice(options, clock, faults);
        this.pecAccount = new PecAccount(options.pecApi(), clock, office);
        this.trovaPec = new TrovaPec(options.trovaPec(), options.seed());
        this.server = SandboxServer.start(options, contexts());
    }

    /** The handlers by path prefix: the JDK server picks the longest prefix that matches. */
    private Map<String, HttpHandler> contexts() {
        Map<String, HttpHandler> contexts = new LinkedHashMap<>();
        contexts.put("/", new ApiHandler(office, faults, options.token()));
        contexts.put("/_sandbox/", new AdminHandler(office, faults, clock, this::reset,
                () -> RefereeJson.services(pecApiStats(), trovaPecStats())));
        PecApiHandler pecApi = new PecApiHandler(pecAccount, faults, options.token(), pecApiTally);
        PecApiCall.ROOTS.forEach(root -> contexts.put(root, pecApi));
        contexts.put(TrovaPecHandler.PATH, new TrovaPecHandler(trovaPec));
        return contexts;
    }

    /**
     * Starts a sandbox and returns once it accepts connections.
     *
     * @param options the options
     * @return the running sandbox
     * @throws java.io.UncheckedIOException if the port cannot be bound
     */
    public static PecMassivaSandbox start(SandboxOptions options) {
        return new PecMassivaSandbox(Objects.requireNonNull(options, "options"));
    }

    private void applyInitialFaults(SandboxOptions o) {
        faults.errorRate(o.errorRate());
        faults.lostResponseRate(o.lostResponseRate());
        faults.latency(o.latency());
        o.unauthorized().forEach(address -> faults.unauthorized(address, true));
        if (!o.outageFor().isZero()) {
            faults.outageWindow(o.outageAt(), o.outageFor());
        }
    }

    /** @return the base URL of the API, e.g. {@code http://127.0.0.1:41234} (no trailing slash) */
    public URI baseUrl() {
        return server.baseUrl();
    }

    /** @return the port actually bound */
    public int port() {
        return server.port();
    }

    /** @return the options it was started with */
    public SandboxOptions options() {
        return options;
    }

    /** @return the referee's counters now (receipts due by now land first) */
    public SandboxStats stats() {
        return office.stats();
    }

    /** @return the fault controls, effective immediately */
    public SandboxFaults faults() {
        return faults;
    }

    /** @return the sandbox clock; {@link SandboxClock#advance} moves receipts and quota days along */
    public SandboxClock clock() {
        return clock;
    }

    /**
     * Adds a mailbox, or replaces the password and plan of an existing one (keeping its inbox, sends and counters).
     *
     * @param address  the address, also the username
     * @param password the password
     * @param plan     the quota
     */
    public void addMailbox(String address, String password, MailboxPlan plan) {
        office.addMailbox(new SandboxMailbox(address, password, plan));
    }

    /** @return the mailboxes (passwords included, for tests that need to log in) */
    public List<SandboxMailbox> mailboxes() {
        return office.mailboxes().stream().map(Mailbox::spec).toList();
    }

    /**
     * Sets a mailbox's inbox limit; receipts that would go above it are dropped and counted.
     *
     * @param address  a sandbox mailbox
     * @param limitKib the limit in KiB, greater than zero
     * @throws IllegalArgumentException for an unknown mailbox or a limit not above zero
     */
    public void setInboxLimitKib(String address, long limitKib) {
        if (limitKib <= 0) {
            throw new IllegalArgumentException("limitKib must be positive, was " + limitKib);
        }
        office.require(address).withInbox(clock.now(), in -> {
            in.limitKib(limitKib);
            return null;
        });
    }

    /**
     * @param address a sandbox mailbox
     * @return its accepted sends, oldest first
     * @throws IllegalArgumentException for an unknown mailbox
     */
    public List<AcceptedSend> sends(String address) {
        return office.require(address).sends();
    }

    /**
     * Makes {@code GET /domini_pec/{dominio}} find one more domain (and lets Comunica PEC take addresses on it).
     *
     * @param domain a domain name, e.g. {@code pec.cliente.it}
     * @throws IllegalArgumentException if it is not a well-formed domain name
     */
    public void addCertifiedDomain(String domain) {
        pecAccount.addCertifiedDomain(domain);
    }

    /** @param euros the PEC API wallet from now on; a paid call it cannot cover answers 402 */
    public void setPecApiCredit(BigDecimal euros) {
        pecAccount.credit(euros);
    }

    /** @return the PEC API wallet now, in euros */
    public BigDecimal pecApiCredit() {
        return pecAccount.credit();
    }

    /** @return the referee's counters of the PEC API */
    public PecApiStats pecApiStats() {
        return pecApiTally.snapshot();
    }

    /**
     * Adds an entry to TrovaPEC's directory, or replaces the address of a code already in it.
     *
     * @param code    a VAT number (11 digits) or tax code (16 letters and digits)
     * @param address the PEC address a search for that code finds
     * @throws IllegalArgumentException if either is malformed
     */
    public void addTaxCode(String code, String address) {
        trovaPec.addTaxCode(code, address);
    }

    /** @param euros TrovaPEC's balance from now on; a search that it cannot cover answers {@code ERROR} */
    public void setTrovaPecBalance(BigDecimal euros) {
        trovaPec.balance(euros);
    }

    /** @return TrovaPEC's balance now, in euros */
    public BigDecimal trovaPecBalance() {
        return trovaPec.balance();
    }

    /** @return the referee's counters of TrovaPEC */
    public TrovaPecStats trovaPecStats() {
        return trovaPec.stats();
    }

    /**
     * Clears sends, inboxes, counters, faults, rate and quota state, the PEC API's mailboxes and Comunica
     * PEC requests, TrovaPEC's searches, and restores the PEC API credit and TrovaPEC balance they started
     * with; keeps mailboxes, certified domains and tax codes added, options and the clock.
     */
    public void reset() {
        office.reset();
        faults.clear();
        pecAccount.reset();
        pecApiTally.clear();
        trovaPec.reset();
    }

    /** Stops the server at once. */
    @Override
    public void close() {
        server.close();
    }

    @Override
    public String toString() {
        return "PecMassivaSandbox[" + baseUrl() + "]";
    }
}
