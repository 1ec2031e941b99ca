package io.pecflow.sandbox.bench;

import java.net.URI;
import java.util.Optional;

/**
 * Options of {@link SandboxLoadBenchmark}.
 *
 * @param mailboxes     how many mailboxes the sends are spread over, round-robin
 * @param concurrency   how many virtual threads send at once
 * @param seconds       length of the measured phase
 * @param warmupSeconds length of the unmeasured warm-up
 * @param url           a running sandbox to drive; empty starts one in-process
 * @param token         the Bearer token of that sandbox
 * @param receipts      whether the in-process sandbox schedules receipts
 */
record BenchOptions(int mailboxes, int concurrency, int seconds, int warmupSeconds, Optional<URI> url,
                    String token, boolean receipts) {

    static final String USAGE = """
            Usage: java -cp pecflow-sandbox.jar io.pecflow.sandbox.bench.SandboxLoadBenchmark [options]
              --mailboxes N        mailboxes to spread the sends over (default 1000)
              --concurrency N      virtual threads sending at once (default 200)
              --seconds N          measured seconds (default 20)
              --warmup-seconds N   warm-up seconds, not measured (default 5)
              --url URL            drive a running sandbox (its mailboxes are added through /_sandbox/mailboxes);
                                   default: start one in-process with --no-limits
              --token T            that sandbox's Bearer token (default sandbox-token)
              --no-receipts        the in-process sandbox schedules no receipts
            """;

    BenchOptions {
        if (mailboxes < 1 || concurrency < 1 || seconds < 1 || warmupSeconds < 0) {
            throw new IllegalArgumentException("mailboxes, concurrency and seconds must be at least 1, warm-up at least 0");
        }
    }

    static BenchOptions parse(String[] args) {
        int mailboxes = 1000;
        int concurrency = 200;
        int seconds = 20;
        int warmup = 5;
        URI url = null;
        String token = "sandbox-token";
        boolean receipts = true;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--no-receipts")) {
                receipts = false;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--mailboxes" -> mailboxes = Integer.parseInt(value);
                case "--concurrency" -> concurrency = Integer.parseInt(value);
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--warmup-seconds" -> warmup = Integer.parseInt(value);
                case "--url" -> url = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
                case "--token" -> token = value;
                default -> throw new IllegalArgumentException("unknown option: " + name);
            }
        }
        return new BenchOptions(mailboxes, concurrency, seconds, warmup, Optional.ofNullable(url), token, receipts);
    }
}
