package io.pecflow.sandbox.bench;

import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.PecMassivaSandbox;
import io.pecflow.sandbox.SandboxOptions;
import io.pecflow.sandbox.SandboxStats;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load benchmark of the sandbox's {@code POST /send}: {@code --concurrency} virtual threads share one
 * HTTP/1.1 {@link HttpClient} and send valid, distinct messages round-robin over {@code --mailboxes}
 * mailboxes, one recipient each. Prints requests per second, latency quantiles and counts by status.
 * A benchmark, not a test: nothing asserts on speed.
 */
public final class SandboxLoadBenchmark {

    private static final String PASSWORD = "bench-password";

    private final BenchOptions options;
    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
    private final List<LatencyLog> logs = new ArrayList<>();
    private volatile boolean measuring;
    private volatile boolean stopping;

    private SandboxLoadBenchmark(BenchOptions options, URI base) {
        this.options = options;
        this.base = base;
    }

    /**
     * Runs the benchmark; see {@code --help}.
     *
     * @param args the options
     * @throws Exception if the benchmark cannot run
     */
    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("benchmark: " + e.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.url().isPresent()) {
            new SandboxLoadBenchmark(options, options.url().get()).run(null);
            return;
        }
        SandboxOptions.Builder sandboxOptions = SandboxOptions.builder().port(0).token(options.token())
                .enforceLimits(false).receipts(options.receipts());
        for (int i = 0; i < options.mailboxes(); i++) {
            sandboxOptions.mailbox(address(i), PASSWORD, MailboxPlan.STANDARD);
        }
        try (PecMassivaSandbox sandbox = PecMassivaSandbox.start(sandboxOptions.build())) {
            new SandboxLoadBenchmark(options, sandbox.baseUrl()).run(sandbox);
        }
    }

    private static String address(int i) {
        return String.format("bench%05d@pecmassiva.com", i);
    }

    private void run(PecMassivaSandbox inProcess) throws Exception {
        if (inProcess == null) {
            registerMailboxes();
        }
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < options.concurrency(); i++) {
            LatencyLog log = new LatencyLog();
            logs.add(log);
            workers.submit(() -> work(log));
        }
        Thread.sleep(Duration.ofSeconds(options.warmupSeconds()));
        statuses.clear();
        long started = System.nanoTime();
        measuring = true;
        Thread.sleep(Duration.ofSeconds(options.seconds()));
        measuring = false;
        long elapsed = System.nanoTime() - started;
        stopping = true;
        workers.shutdown();
        workers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        report(elapsed, inProcess);
    }

    private void work(LatencyLog log) {
        while (!stopping) {
            long n = sequence.getAndIncrement();
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/send"))
                    .header("Authorization", "Bearer " + options.token())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(n))).build();
            long t0 = System.nanoTime();
            String status;
            try {
                status = Integer.toString(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
            } catch (IOException e) {
                status = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long latency = System.nanoTime() - t0;
            if (measuring) {
                log.add(latency);
                statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
            }
        }
    }

    private String body(long n) {
        String mailbox = address((int) (n % options.mailboxes()));
        return "{\"sender\":\"" + mailbox + "\",\"recipient\":[\"dest" + n + "@example.it\"],"
                + "\"subject\":\"Benchmark " + n + "\",\"body\":\"Messaggio di prova <b>" + n + "</b>\","
                + "\"attachments\":[],\"username\":\"" + mailbox + "\",\"password\":\"" + PASSWORD + "\"}";
    }

    private void registerMailboxes() throws IOException, InterruptedException {
        for (int i = 0; i < options.mailboxes(); i++) {
            String json = "{\"address\":\"" + address(i) + "\",\"password\":\"" + PASSWORD + "\",\"plan\":\"STANDARD\"}";
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/_sandbox/mailboxes"))
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("cannot add mailbox " + address(i) + ": " + r.body());
            }
        }
    }

    private void report(long elapsedNanos, PecMassivaSandbox inProcess) {
        long[] sorted = LatencyLog.mergeSorted(logs);
        double seconds = elapsedNanos / 1e9;
        System.out.println("PEC Massiva sandbox load benchmark (POST /send)");
        System.out.println("target       " + base + (inProcess == null ? " (external)"
                : " (in-process, --no-limits" + (options.receipts() ? ", receipts on)" : ", --no-receipts)")));
        System.out.printf("setup        %d mailboxes, %d virtual threads, one HTTP/1.1 java.net.http.HttpClient,"
                + " warm-up %d s, measured %d s, %d cores%n", options.mailboxes(), options.concurrency(),
                options.warmupSeconds(), options.seconds(), Runtime.getRuntime().availableProcessors());
        System.out.printf("requests     %d in %.2f s = %.0f requests/s%n", sorted.length, seconds, sorted.length / seconds);
        System.out.printf("latency ms   p50 %.2f   p99 %.2f   max %.2f%n", LatencyLog.quantileMillis(sorted, 0.50),
                LatencyLog.quantileMillis(sorted, 0.99), LatencyLog.quantileMillis(sorted, 1.0));
        Map<String, Long> byStatus = new TreeMap<>();
        statuses.forEach((status, count) -> byStatus.put(status, count.sum()));
        System.out.println("by status    " + byStatus);
        if (inProcess != null) {
            SandboxStats.Counters total = inProcess.stats().total();
            System.out.printf("referee      acceptedSends %d, recipients %d, duplicateSends %d (warm-up included)%n",
                    total.acceptedSends(), total.recipients(), total.duplicateSends());
        }
    }
}
