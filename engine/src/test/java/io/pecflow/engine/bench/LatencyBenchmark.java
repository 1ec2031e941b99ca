package io.pecflow.engine.bench;

import static org.awaitility.Awaitility.await;

import io.pecflow.engine.event.EventType;
import io.pecflow.engine.testkit.EngineHarness;
import io.pecflow.engine.testkit.Jobs;
import io.pecflow.sandbox.AcceptedSend;
import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.SandboxOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Latency from a job published for an idle mailbox (its last call more than a second ago) to its
 * {@code POST /send} reaching the sandbox. Prints p50, p99 and max.
 */
class LatencyBenchmark {

    private static final int MAILBOXES = 50;
    private static final int SAMPLES = Integer.getInteger("bench.samples", 400);

    @Test
    void publishToProviderLatency() throws Exception {
        try (EngineHarness harness = new EngineHarness(SandboxOptions.builder())) {
            for (int i = 0; i < MAILBOXES; i++) {
                harness.mailbox(box(i), "pw-" + i, MailboxPlan.STANDARD, "");
            }
            harness.startEngine("bench", "logging.level.io.pecflow=WARN");
            for (int i = 0; i < MAILBOXES; i++) {
                harness.publish(Jobs.aJob("warm-" + i, box(i), "w@example.it"));
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> harness.events().ofType(EventType.SUBMITTED).size() >= MAILBOXES);

            Map<String, Instant> published = new HashMap<>();
            Instant next = Instant.now().plusMillis(1_100);
            for (int n = 0; n < SAMPLES; n++) {
                Instant due = next;
                await().pollInterval(Duration.ofMillis(1)).atMost(Duration.ofSeconds(5))
                        .until(() -> !Instant.now().isBefore(due));
                String jobId = "lat-" + n;
                published.put("Avviso " + jobId, Instant.now());
                harness.publish(Jobs.aJob(jobId, box(n % MAILBOXES), "l" + n + "@example.it"));
                next = next.plusMillis(30); // each mailbox comes round every 1.5 s: idle for more than a second
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> harness.events().ofType(EventType.SUBMITTED).size() >= MAILBOXES + SAMPLES);

            Map<Integer, Long> bySample = new java.util.TreeMap<>();
            for (int i = 0; i < MAILBOXES; i++) {
                for (AcceptedSend send : harness.sandbox().sends(box(i))) {
                    String subject = send.subject().replaceFirst(" \\d+$", "");
                    Instant at = published.get(subject);
                    if (at != null) {
                        bySample.put(Integer.parseInt(subject.substring("Avviso lat-".length())),
                                Duration.between(at, send.at()).toNanos() / 1_000);
                    }
                }
            }
            report("all", new ArrayList<>(bySample.values()), harness);
            report("after the first 100", bySample.entrySet().stream().filter(e -> e.getKey() >= 100)
                    .map(Map.Entry::getValue).collect(java.util.stream.Collectors.toCollection(ArrayList::new)), harness);
        }
    }

    private static void report(String which, List<Long> micros, EngineHarness harness) {
        micros.sort(null);
        System.out.printf("LATENCY (%s) samples=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms rateViolations=%d%n",
                which, micros.size(), percentile(micros, 0.50), percentile(micros, 0.90), percentile(micros, 0.99),
                micros.getLast() / 1000.0, harness.sandbox().stats().total().rateViolations());
    }

    private static double percentile(List<Long> sorted, double share) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(share * sorted.size()) - 1)) / 1000.0;
    }

    private static String box(int i) {
        return "lat" + i + "@pecmassiva.com";
    }
}
