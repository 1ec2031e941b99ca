package io.pecflow.sandbox;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A running PEC Massiva sandbox: a faithful local stand-in of the provider's HTTP API with its limits,
 * receipts over a scalable clock, faults on demand and a referee that counts what clients did.
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
    private final SandboxServer server;

    private PecMassivaSandbox(SandboxOptions options) {
        this.options = options;
        this.clock = options.clock().orElseGet(() -> SandboxClock.scaled(options.timeScale()));
        this.faults = new SandboxFaults(clock, options.seed());
        applyInitialFaults(options);
        this.office = new PostOffice(options, clock, faults);
        this.server = SandboxServer.start(options, office, faults, clock, this::reset);
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

    /** Clears sends, inboxes, counters, faults, rate and quota state; keeps mailboxes, options and the clock. */
    public void reset() {
        office.reset();
        faults.clear();
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
