package io.pecflow.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command line of the sandbox. */
final class OptionsParser {

    static final String USAGE = """
            Usage: java -jar pecflow-sandbox.jar [options]

            A local stand-in of the PEC Massiva API (POST /send, GET|DELETE /send/{code}, GET /inbox,
            GET|DELETE /inbox/{id}, GET /quota/{mailbox}) with limits, receipts, faults and a referee
            at /_sandbox/stats. On the same port and token: the PEC API (/domini_pec, /verifica_pec,
            /pec, /comunica_pec); and TrovaPEC at /index_ws.php with its own key.

              --port N                  TCP port (default 8089; 0 = a free port)
              --bind ADDR               address to bind (default 127.0.0.1)
              --token T                 the Bearer token accepted (default sandbox-token)
              --mailbox ADDR:PASS[:PLAN] a mailbox; repeatable; the username is the address.
                                        PLAN: STANDARD (3,500 recipients/day, the default),
                                        FLAT (30,000/month), DAY=<n> or MONTH=<n>.
                                        Without any --mailbox a demo set is used (printed at start).
              --time-scale K            K sandbox seconds pass per real second (default 1)
              --accept-delay DURATION   send -> ACCETTAZIONE, sandbox time (default 1s)
              --delivery-delay DURATION send -> CONSEGNA and other outcomes, sandbox time (default 2s)
              --inbox-limit-kib N       inbox limit of each mailbox in KiB (default 1048576)
              --min-interval-ms N       least real time between two sends of a mailbox (default 1000)
              --no-limits               do not answer 429 for rate or quota (violations still counted)
              --no-receipts             accepted sends schedule no receipts (huge benchmarks)
              --error-rate R            share (0..1) of API answers replaced by 500 MySQL Error 2006
              --latency-ms N            latency added before every API answer
              --lost-response-rate R    share (0..1) of accepted sends answered by a closed connection
              --unauthorized ADDR       answer 401 to this mailbox; repeatable
              --outage-at SECONDS       real seconds after start when every API call answers 503 ...
              --outage-for SECONDS      ... and for how long (needs --outage-at or starts at once)
              --seed N                  seed of the fault generator (default 1)
              --certified-domain D      a further domain GET /domini_pec finds; repeatable
              --activation-delay DURATION  PEC API back office: documents -> evasa, and each timed
                                        Comunica PEC step, sandbox time (default 5s; 0s = next call)
              --pec-credit EUR          the PEC API wallet; paid calls answer 402 beyond it (default 10000)
              --trovapec-key K          the TrovaPEC user key (default trovapec-key)
              --trovapec-waits N        WAIT answers before each TrovaPEC result (default 2)
              --trovapec-balance EUR    the TrovaPEC balance, 0.10 a search (default 100)
              --tax-code CODE=ADDRESS   a TrovaPEC directory entry; repeatable, added to the defaults
              --help                    this text

            DURATION: 500ms, 1s, 5m, 12h, 2d or ISO-8601 such as PT1S.
            Recipient local parts choose the outcome: +bounce, +late, +silent, +virus, +refused.
            Control: /_sandbox/stats, /_sandbox/faults, /_sandbox/clock, /_sandbox/reset,
                     /_sandbox/mailboxes, /_sandbox/sends (no bearer needed).
            """;

    private OptionsParser() {
    }

    /** One option as given: a flag has no value. */
    private record Given(String name, String value) {
    }

    static SandboxOptions parse(String[] args) {
        SandboxOptions.Builder b = SandboxOptions.builder().port(SandboxOptions.DEFAULT_CLI_PORT);
        Map<String, Duration> outage = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Given given : tokenize(args)) {
            if (!seen.add(given.name()) && given.value() != null && !repeatable(given.name())) {
                throw new IllegalArgumentException(given.name() + " is given twice");
            }
            try {
                apply(b, given, outage);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(given.name() + ": " + e.getMessage(), e);
            }
        }
        if (outage.containsKey("--outage-at") && !outage.containsKey("--outage-for")) {
            throw new IllegalArgumentException("--outage-at needs --outage-for (how long the outage lasts)");
        }
        if (outage.containsKey("--outage-for")) {
            b.outage(outage.getOrDefault("--outage-at", Duration.ZERO), outage.get("--outage-for"));
        }
        return b.build();
    }

    /** Accepts {@code --name value} and {@code --name=value}; checks names and that values are present. */
    private static List<Given> tokenize(String[] args) {
        List<Given> result = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            boolean inline = arg.startsWith("--") && eq > 0;
            String name = inline ? arg.substring(0, eq) : arg;
            if (isFlag(name)) {
                if (inline) {
                    throw new IllegalArgumentException(name + " takes no value");
                }
                result.add(new Given(name, null));
            } else if (!takesValue(name)) {
                throw new IllegalArgumentException("unknown option '" + arg + "'");
            } else if (inline) {
                result.add(new Given(name, arg.substring(eq + 1)));
            } else if (i + 1 < args.length) {
                result.add(new Given(name, args[++i]));
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
        }
        return result;
    }

    private static void apply(SandboxOptions.Builder b, Given given, Map<String, Duration> outage) {
        switch (given.name()) {
            case "--no-limits" -> b.enforceLimits(false);
            case "--no-receipts" -> b.receipts(false);
            case "--help", "-h" -> { } // handled by the caller
            case "--outage-at", "--outage-for" -> outage.put(given.name(), Durations.seconds(given.value()));
            default -> applyValue(b, given.name(), given.value());
        }
    }

    private static boolean isFlag(String name) {
        return name.equals("--no-limits") || name.equals("--no-receipts") || name.equals("--help") || name.equals("-h");
    }

    private static boolean takesValue(String name) {
        return Set.of("--port", "--bind", "--token", "--mailbox", "--time-scale", "--accept-delay",
                "--delivery-delay", "--inbox-limit-kib", "--min-interval-ms", "--error-rate", "--latency-ms",
                "--lost-response-rate", "--unauthorized", "--outage-at", "--outage-for", "--seed",
                "--certified-domain", "--activation-delay", "--pec-credit", "--trovapec-key", "--trovapec-waits",
                "--trovapec-balance", "--tax-code").contains(name);
    }

    private static boolean repeatable(String name) {
        return Set.of("--mailbox", "--unauthorized", "--certified-domain", "--tax-code").contains(name);
    }

    private static void applyValue(SandboxOptions.Builder b, String name, String v) {
        switch (name) {
            case "--port" -> b.port(integer(v));
            case "--bind" -> b.bindAddress(v);
            case "--token" -> b.token(v);
            case "--mailbox" -> b.mailbox(SandboxMailbox.parse(v));
            case "--time-scale" -> b.timeScale(decimal(v));
            case "--accept-delay" -> b.acceptDelay(Durations.parse(v));
            case "--delivery-delay" -> b.deliveryDelay(Durations.parse(v));
            case "--inbox-limit-kib" -> b.inboxLimitKib(longValue(v));
            case "--min-interval-ms" -> b.minInterval(Duration.ofMillis(longValue(v)));
            case "--error-rate" -> b.errorRate(decimal(v));
            case "--latency-ms" -> b.latency(Duration.ofMillis(longValue(v)));
            case "--lost-response-rate" -> b.lostResponseRate(decimal(v));
            case "--unauthorized" -> b.unauthorized(v);
            case "--seed" -> b.seed(longValue(v));
            case "--certified-domain" -> b.certifiedDomain(v);
            case "--activation-delay" -> b.activationDelay(Durations.parse(v));
            case "--pec-credit" -> b.pecApiCredit(Money.parse(v));
            case "--trovapec-key" -> b.trovaPecKey(v);
            case "--trovapec-waits" -> b.trovaPecWaits(integer(v));
            case "--trovapec-balance" -> b.trovaPecBalance(Money.parse(v));
            case "--tax-code" -> taxCode(b, v);
            default -> throw new IllegalStateException("unhandled option " + name);
        }
    }

    private static void taxCode(SandboxOptions.Builder b, String v) {
        int eq = v.indexOf('=');
        if (eq <= 0 || eq == v.length() - 1) {
            throw new IllegalArgumentException("expected CODE=ADDRESS, got '" + v + "'");
        }
        b.taxCode(v.substring(0, eq), v.substring(eq + 1));
    }

    private static int integer(String v) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: '" + v + "'");
        }
    }

    private static long longValue(String v) {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: '" + v + "'");
        }
    }

    private static double decimal(String v) {
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + v + "'");
        }
    }
}
