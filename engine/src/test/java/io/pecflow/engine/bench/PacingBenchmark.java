package io.pecflow.engine.bench;

import static org.awaitility.Awaitility.await;

import io.pecflow.engine.testkit.EngineHarness;
import io.pecflow.engine.testkit.Jobs;
import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.SandboxOptions;
import io.pecflow.sandbox.SandboxStats;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Pacing at scale: many mailboxes, each with a backlog, for a minute. Prints the sends a second
 * the engine achieved against the ideal (one a second a mailbox) and the sandbox's violations.
 * Run: see docs/benchmarks.md. A benchmark: it prints, it asserts nothing about speed.
 */
class PacingBenchmark {

    private static final int MAILBOXES = Integer.getInteger("bench.mailboxes", 1_000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int WARM_UP_SECONDS = 15;

    @Test
    void pacingOfManyMailboxesWithABacklog() throws Exception {
        try (EngineHarness harness = new EngineHarness(SandboxOptions.builder())) {
            for (int i = 0; i < MAILBOXES; i++) {
                harness.mailbox(box(i), "pw-" + i, MailboxPlan.STANDARD, "");
            }
            harness.startEngine("bench", "pecflow.topics.partitions=12", "logging.level.io.pecflow=WARN");
            int perMailbox = SECONDS + WARM_UP_SECONDS + 10;
            long started = System.nanoTime();
            harness.publishAll(IntStream.range(0, perMailbox).boxed().flatMap(round -> IntStream.range(0, MAILBOXES)
                    .mapToObj(i -> Jobs.aJob("p-" + i + "-" + round, box(i), "dest" + round + "@example.it"))));
            System.out.printf("published %d jobs in %.1f s%n", perMailbox * MAILBOXES, (System.nanoTime() - started) / 1e9);

            await().pollDelay(Duration.ofSeconds(WARM_UP_SECONDS)).atMost(Duration.ofSeconds(WARM_UP_SECONDS + 1))
                    .until(() -> true);
            SandboxStats.Counters before = harness.sandbox().stats().total();
            long from = System.nanoTime();
            await().pollDelay(Duration.ofSeconds(SECONDS)).atMost(Duration.ofSeconds(SECONDS + 1)).until(() -> true);
            SandboxStats.Counters after = harness.sandbox().stats().total();
            double elapsed = (System.nanoTime() - from) / 1e9;

            double rate = (after.acceptedSends() - before.acceptedSends()) / elapsed;
            System.out.printf("PACING mailboxes=%d window=%.1fs sends/s=%.1f ideal=%d ratio=%.3f rateViolations=%d "
                            + "quotaRejections=%d duplicateSends=%d%n", MAILBOXES, elapsed, rate, MAILBOXES,
                    rate / MAILBOXES, after.rateViolations(), after.quotaRejections(), after.duplicateSends());
        }
    }

    private static String box(int i) {
        return "box" + i + "@pecmassiva.com";
    }
}
