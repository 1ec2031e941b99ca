package io.pecflow.sandbox;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Immutable, validated options of a {@link PecMassivaSandbox}. Build them with {@link #builder()} or parse
 * the command line with {@link #parse(String[])}; {@link #usage()} documents every option and default.
 * Times called "sandbox time" run on the sandbox clock (scaled by {@code timeScale}); the minimum interval
 * between sends and outage windows are real time. The PEC API and TrovaPEC served on the same port have
 * settings of their own, {@link #pecApi()} and {@link #trovaPec()}.
 */
public final class SandboxOptions {

    /** The port of the command line when {@code --port} is not given. The builder defaults to 0 (a free port). */
    public static final int DEFAULT_CLI_PORT = 8089;

    /** The Bearer token accepted when none is given: a well-known demo value, not a secret. */
    public static final String DEFAULT_TOKEN = "sandbox-token";

    private final int port;
    private final String bindAddress;
    private final String token;
    private final List<SandboxMailbox> mailboxes;
    private final double timeScale;
    private final Duration acceptDelay;
    private final Duration deliveryDelay;
    private final long inboxLimitKib;
    private final Duration minInterval;
    private final boolean enforceLimits;
    private final boolean receipts;
    private final double errorRate;
    private final Duration latency;
    private final double lostResponseRate;
    private final Set<String> unauthorized;
    private final Duration outageAt;
    private final Duration outageFor;
    private final long seed;
    private final SandboxClock clock;
    private final PecApiSettings pecApi;
    private final TrovaPecSettings trovaPec;

    private SandboxOptions(Builder b) {
        port = b.port;
        bindAddress = b.bindAddress;
        token = b.token;
        mailboxes = List.copyOf(b.mailboxes);
        timeScale = b.timeScale;
        acceptDelay = b.acceptDelay;
        deliveryDelay = b.deliveryDelay;
        inboxLimitKib = b.inboxLimitKib;
        minInterval = b.minInterval;
        enforceLimits = b.enforceLimits;
        receipts = b.receipts;
        errorRate = b.errorRate;
        latency = b.latency;
        lostResponseRate = b.lostResponseRate;
        unauthorized = Set.copyOf(b.unauthorized);
        outageAt = b.outageAt;
        outageFor = b.outageFor;
        seed = b.seed;
        clock = b.clock;
        pecApi = b.pecApi;
        trovaPec = b.trovaPec;
    }

    /** @return a builder with every default (port 0, token {@code sandbox-token}, no mailboxes) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Parses command-line options (see {@link #usage()}); {@code --help} is accepted and ignored here.
     *
     * @param args the arguments
     * @return the options
     * @throws IllegalArgumentException with a message fit for the user if an option is unknown or bad
     */
    public static SandboxOptions parse(String[] args) {
        return OptionsParser.parse(args);
    }

    /** @return true if the arguments ask for help ({@code --help} or {@code -h}) */
    public static boolean helpRequested(String[] args) {
        return List.of(args).contains("--help") || List.of(args).contains("-h");
    }

    /** @return the command-line help text */
    public static String usage() {
        return OptionsParser.USAGE;
    }

    /** @return the TCP port; 0 picks a free one */
    public int port() { return port; }

    /** @return the address to bind, e.g. {@code 127.0.0.1} */
    public String bindAddress() { return bindAddress; }

    /** @return the Bearer token the API accepts */
    public String token() { return token; }

    /** @return the mailboxes to start with */
    public List<SandboxMailbox> mailboxes() { return mailboxes; }

    /** @return sandbox seconds per real second (ignored when a clock is given) */
    public double timeScale() { return timeScale; }

    /** @return sandbox time from a send to its acceptance receipt */
    public Duration acceptDelay() { return acceptDelay; }

    /** @return sandbox time from a send to its delivery (or non-delivery) receipts */
    public Duration deliveryDelay() { return deliveryDelay; }

    /** @return the default inbox limit of every mailbox, in KiB */
    public long inboxLimitKib() { return inboxLimitKib; }

    /** @return the least real time between two {@code POST /send} of one mailbox */
    public Duration minInterval() { return minInterval; }

    /** @return true if rate and quota are enforced with 429 (violations are counted either way) */
    public boolean enforceLimits() { return enforceLimits; }

    /** @return true if accepted sends schedule receipts */
    public boolean receipts() { return receipts; }

    /** @return the initial share of API answers replaced by 500 */
    public double errorRate() { return errorRate; }

    /** @return the initial latency added to every API answer */
    public Duration latency() { return latency; }

    /** @return the initial share of accepted sends whose answer is lost */
    public double lostResponseRate() { return lostResponseRate; }

    /** @return mailboxes answered 401 from the start */
    public Set<String> unauthorized() { return unauthorized; }

    /** @return real time after start when the scheduled outage begins */
    public Duration outageAt() { return outageAt; }

    /** @return length of the scheduled outage; zero for none */
    public Duration outageFor() { return outageFor; }

    /** @return the seed of the fault generator */
    public long seed() { return seed; }

    /** @return the clock to use; empty means a scaled clock started with the sandbox */
    public Optional<SandboxClock> clock() { return Optional.ofNullable(clock); }

    /** @return the settings of the PEC API: certified domains, activation delay, credit */
    public PecApiSettings pecApi() { return pecApi; }

    /** @return the settings of TrovaPEC: user key, waits, tax-code directory, balance */
    public TrovaPecSettings trovaPec() { return trovaPec; }

    /** Collects and validates options; {@link #build()} checks every field and the rules between them. */
    public static final class Builder {
        private int port;
        private String bindAddress = "127.0.0.1";
        private String token = DEFAULT_TOKEN;
        private final List<SandboxMailbox> mailboxes = new ArrayList<>();
        private double timeScale = 1;
        private Duration acceptDelay = Duration.ofSeconds(1);
        private Duration deliveryDelay = Duration.ofSeconds(2);
        private long inboxLimitKib = 1_048_576;
        private Duration minInterval = Duration.ofMillis(1000);
        private boolean enforceLimits = true;
        private boolean receipts = true;
        private double errorRate;
        private Duration latency = Duration.ZERO;
        private double lostResponseRate;
        private final Set<String> unauthorized = new LinkedHashSet<>();
        private Duration outageAt = Duration.ZERO;
        private Duration outageFor = Duration.ZERO;
        private long seed = 1;
        private SandboxClock clock;
        private PecApiSettings pecApi = PecApiSettings.defaults();
        private TrovaPecSettings trovaPec = TrovaPecSettings.defaults();

        private Builder() {
        }

        private Builder(SandboxOptions o) {
            port = o.port;
            bindAddress = o.bindAddress;
            token = o.token;
            mailboxes.addAll(o.mailboxes);
            timeScale = o.timeScale;
            acceptDelay = o.acceptDelay;
            deliveryDelay = o.deliveryDelay;
            inboxLimitKib = o.inboxLimitKib;
            minInterval = o.minInterval;
            enforceLimits = o.enforceLimits;
            receipts = o.receipts;
            errorRate = o.errorRate;
            latency = o.latency;
            lostResponseRate = o.lostResponseRate;
            unauthorized.addAll(o.unauthorized);
            outageAt = o.outageAt;
            outageFor = o.outageFor;
            seed = o.seed;
            clock = o.clock;
            pecApi = o.pecApi;
            trovaPec = o.trovaPec;
        }

        /** Sets the TCP port, 0 for a free one (default 0). */
        public Builder port(int value) { port = value; return this; }

        /** Sets the address to bind (default {@code 127.0.0.1}). */
        public Builder bindAddress(String value) { bindAddress = Objects.requireNonNull(value); return this; }

        /** Sets the Bearer token accepted (default {@code sandbox-token}). */
        public Builder token(String value) { token = Objects.requireNonNull(value); return this; }

        /**
         * @param address  mailbox address (also its username)
         * @param password its password
         * @param plan     its quota
         * @return this
         */
        public Builder mailbox(String address, String password, MailboxPlan plan) {
            return mailbox(new SandboxMailbox(address, password, plan));
        }

        /** Adds a mailbox. */
        public Builder mailbox(SandboxMailbox value) { mailboxes.add(Objects.requireNonNull(value)); return this; }

        /** @param values the mailboxes, replacing any added before @return this */
        public Builder mailboxes(List<SandboxMailbox> values) {
            mailboxes.clear();
            values.forEach(this::mailbox);
            return this;
        }

        /** Sets how many sandbox seconds pass per real second (default 1). */
        public Builder timeScale(double value) { timeScale = value; return this; }

        /** Sets the sandbox time from a send to its acceptance receipt (default 1 s). */
        public Builder acceptDelay(Duration value) { acceptDelay = Objects.requireNonNull(value); return this; }

        /** Sets the sandbox time from a send to its delivery receipts (default 2 s). */
        public Builder deliveryDelay(Duration value) { deliveryDelay = Objects.requireNonNull(value); return this; }

        /** Sets the default inbox limit in KiB (default 1,048,576). */
        public Builder inboxLimitKib(long value) { inboxLimitKib = value; return this; }

        /** Sets the least real time between two sends of a mailbox (default 1 s). */
        public Builder minInterval(Duration value) { minInterval = Objects.requireNonNull(value); return this; }

        /** Enforces rate and quota with 429 (default true); when false, violations are still counted. */
        public Builder enforceLimits(boolean value) { enforceLimits = value; return this; }

        /** Makes accepted sends schedule receipts (default true); false suits huge benchmarks. */
        public Builder receipts(boolean value) { receipts = value; return this; }

        /** Sets the initial share of answers replaced by 500 (default 0). */
        public Builder errorRate(double value) { errorRate = value; return this; }

        /** Sets the initial latency before each API answer (default 0). */
        public Builder latency(Duration value) { latency = Objects.requireNonNull(value); return this; }

        /** Sets the initial share of accepted sends whose answer is lost (default 0). */
        public Builder lostResponseRate(double value) { lostResponseRate = value; return this; }

        /** Adds a mailbox answered 401 from the start. */
        public Builder unauthorized(String address) { unauthorized.add(SandboxMailbox.key(address)); return this; }

        /**
         * @param startsAfter real time after start when every API call begins to answer 503
         * @param length      how long the outage lasts
         * @return this
         */
        public Builder outage(Duration startsAfter, Duration length) {
            outageAt = Objects.requireNonNull(startsAfter);
            outageFor = Objects.requireNonNull(length);
            return this;
        }

        /** Sets the seed of the fault generator (default 1). */
        public Builder seed(long value) { seed = value; return this; }

        /** Sets a clock to use instead of a scaled one, e.g. {@link SandboxClock#manual}. */
        public Builder clock(SandboxClock value) { clock = Objects.requireNonNull(value); return this; }

        /** Adds a domain that {@code GET /domini_pec/{dominio}} finds, to {@link PecApiSettings#DEFAULT_CERTIFIED_DOMAINS}. */
        public Builder certifiedDomain(String domain) { pecApi = pecApi.withCertifiedDomain(domain); return this; }

        /** Sets the PEC API's back-office time, sandbox time (default 5 s; zero: settled by the next call). */
        public Builder activationDelay(Duration value) { pecApi = pecApi.withActivationDelay(value); return this; }

        /** Sets the PEC API wallet in euros (default 10,000.00). */
        public Builder pecApiCredit(BigDecimal euros) { pecApi = pecApi.withCredit(euros); return this; }

        /** Sets the TrovaPEC user key (default {@code trovapec-key}). */
        public Builder trovaPecKey(String value) { trovaPec = trovaPec.withKey(value); return this; }

        /** Sets how many times TrovaPEC answers {@code WAIT} before each result (default 2). */
        public Builder trovaPecWaits(int value) { trovaPec = trovaPec.withWaits(value); return this; }

        /** Adds a TrovaPEC directory entry, to {@link TrovaPecSettings#DEFAULT_TAX_CODES}. */
        public Builder taxCode(String code, String address) { trovaPec = trovaPec.withTaxCode(code, address); return this; }

        /** Sets the TrovaPEC balance in euros (default 100.00). */
        public Builder trovaPecBalance(BigDecimal euros) { trovaPec = trovaPec.withBalance(euros); return this; }

        /**
         * @return the options
         * @throws IllegalArgumentException naming the field (or the fields in conflict) that is wrong
         */
        public SandboxOptions build() {
            return OptionsRules.checked(new SandboxOptions(this));
        }
    }
}
