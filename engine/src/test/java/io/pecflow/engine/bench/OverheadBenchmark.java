package io.pecflow.engine.bench;

import static org.awaitility.Awaitility.await;

import io.pecflow.adapter.Secret;
import io.pecflow.adapter.massiva.MailboxCredentials;
import io.pecflow.adapter.massiva.PecMassivaClient;
import io.pecflow.adapter.massiva.PecMassivaConfig;
import io.pecflow.adapter.massiva.SendOutcome;
import io.pecflow.adapter.massiva.SendRequest;
import io.pecflow.engine.testkit.EngineHarness;
import io.pecflow.engine.testkit.Jobs;
import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The engine's own cost: with the sandbox's limits and the engine's pacing off, the engine's sends
 * a second against a bare loop of api-adapter calls with the same concurrency (one call in flight
 * per mailbox), against the same sandbox, in the same run. Prints both and the ratio.
 */
class OverheadBenchmark {

    private static final int MAILBOXES = Integer.getInteger("bench.mailboxes", 32);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    /** Calls in flight per mailbox, for the engine (pacing off) and the bare loop alike. */
    private static final int PER_MAILBOX = Integer.getInteger("bench.in-flight", 8);

    @Test
    void engineAgainstABareLoop() throws Exception {
        try (EngineHarness harness = new EngineHarness(SandboxOptions.builder().enforceLimits(false)
                .minInterval(Duration.ZERO).receipts(false))) {
            for (int i = 0; i < MAILBOXES; i++) {
                harness.mailbox(box(i), "pw-" + i, MailboxPlan.STANDARD, "per-second=0,per-day=0,per-month=0");
            }
            double bare = bareLoop(harness);

            harness.startEngine("bench", "pecflow.topics.partitions=12", "logging.level.io.pecflow=WARN",
                    "pecflow.dispatch.max-in-flight-unpaced=" + PER_MAILBOX);
            int backlog = (int) (bare * (SECONDS + 10) * 1.2) + 1_000;
            harness.publishAll(IntStream.range(0, backlog).mapToObj(n -> Jobs.aJob("o-" + n, box(n % MAILBOXES),
                    "d" + n + "@example.it")));
            await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> true);
            long before = harness.sandbox().stats().total().acceptedSends();
            long from = System.nanoTime();
            await().pollDelay(Duration.ofSeconds(SECONDS)).atMost(Duration.ofSeconds(SECONDS + 1)).until(() -> true);
            double engine = (harness.sandbox().stats().total().acceptedSends() - before) / ((System.nanoTime() - from) / 1e9);

            System.out.printf("OVERHEAD mailboxes=%d inFlightPerMailbox=%d bareLoop sends/s=%.0f engine sends/s=%.0f ratio=%.2f "
                    + "duplicateSends=%d%n", MAILBOXES, PER_MAILBOX, bare, engine, engine / bare,
                    harness.sandbox().stats().total().duplicateSends());
        }
    }

    private static double bareLoop(EngineHarness harness) throws InterruptedException {
        AtomicLong sent = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        try (PecMassivaClient client = PecMassivaClient.create(PecMassivaConfig.builder(harness.sandbox().baseUrl(),
                Secret.of(EngineHarness.TOKEN)).maxConcurrentRequests(256).build())) {
            List<Thread> threads = new ArrayList<>();
            long from = System.nanoTime();
            for (int i = 0; i < MAILBOXES * PER_MAILBOX; i++) {
                int mailbox = i % MAILBOXES;
                int thread = i;
                threads.add(Thread.ofVirtual().start(() -> {
                    MailboxCredentials credentials = MailboxCredentials.of(box(mailbox), "pw-" + mailbox);
                    for (int n = 0; System.nanoTime() < deadline; n++) {
                        SendOutcome outcome = client.send(SendRequest.of(box(mailbox), "d" + n + "@example.it",
                                "Bare " + thread + "-" + n, "<p>bare loop</p>"), credentials);
                        if (outcome instanceof SendOutcome.Sent) {
                            sent.incrementAndGet();
                        }
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            return sent.get() / ((System.nanoTime() - from) / 1e9);
        }
    }

    private static String box(int i) {
        return "ov" + i + "@pecmassiva.com";
    }
}
