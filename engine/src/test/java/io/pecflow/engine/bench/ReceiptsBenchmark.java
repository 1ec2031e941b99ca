package io.pecflow.engine.bench;

import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Receipt reconciliation at volume: 10,000 messages over 10 mailboxes (paced at 20 a second a
 * mailbox, which the sandbox is set to allow, so the run takes about a minute; the poller's budget
 * is raised to match, 40 calls a second a mailbox, as it must be above the send rate), each followed to
 * its delivery, settled and cleaned up. Prints the provider calls of the receipt poller per
 * settled message (clean-up included) and the delay from a receipt existing at the sandbox to its
 * event. A benchmark: it prints, it asserts nothing about speed.
 */
class ReceiptsBenchmark {

    private static final int MAILBOXES = Integer.getInteger("bench.mailboxes", 10);
    private static final int MESSAGES = Integer.getInteger("bench.messages", 10_000);
    private static final Duration ACCEPT_DELAY = Duration.ofSeconds(1);
    private static final Duration DELIVERY_DELAY = Duration.ofSeconds(2);

    @Test
    void reconcileTenThousandMessages() throws Exception {
        try (EngineHarness harness = new EngineHarness(SandboxOptions.builder().minInterval(Duration.ofMillis(50))
                .acceptDelay(ACCEPT_DELAY).deliveryDelay(DELIVERY_DELAY))) {
            for (int i = 0; i < MAILBOXES; i++) {
                harness.mailbox(box(i), "pw-" + i, MailboxPlan.perDay(100_000), "per-second=20");
            }
            ConfigurableApplicationContext engine = harness.startEngine("bench", "logging.level.io.pecflow=WARN",
                    "pecflow.receipts.calls-per-second=40");
            long started = System.nanoTime();
            harness.publishAll(IntStream.range(0, MESSAGES).mapToObj(n ->
                    Jobs.aJob("r-" + n, box(n % MAILBOXES), "dest" + n + "@example.it")));

            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> harness.events().ofType(EventType.SETTLED).size() >= MESSAGES);
            double seconds = (System.nanoTime() - started) / 1e9;
            Instant firstSend = harness.events().ofType(EventType.SUBMITTED).stream().map(JobEvent::at).min(Instant::compareTo)
                    .orElseThrow();
            Instant lastSend = harness.events().ofType(EventType.SUBMITTED).stream().map(JobEvent::at).max(Instant::compareTo)
                    .orElseThrow();
            System.out.printf("SENDS all %d submitted in %.1f s%n", MESSAGES,
                    Duration.between(firstSend, lastSend).toMillis() / 1e3);
            await().atMost(Duration.ofMinutes(2)).until(() -> harness.sandbox().stats().total().inboxMessages() == 0);

            MeterRegistry meters = engine.getBean(MeterRegistry.class);
            Map<String, Double> calls = new HashMap<>();
            for (Counter counter : meters.get("pec.receipts.calls").counters()) {
                calls.merge(counter.getId().getTag("call"), counter.count(), Double::sum);
            }
            double total = calls.values().stream().mapToDouble(Double::doubleValue).sum();
            System.out.printf("RECEIPTS messages=%d mailboxes=%d settled in %.1f s; receipt calls=%.0f (%s) "
                            + "= %.3f a settled message, clean-up included; inbox left=%d%n", MESSAGES, MAILBOXES,
                    seconds, total, calls, total / MESSAGES, harness.sandbox().stats().total().inboxMessages());
            printDelays(harness, EventType.ACCEPTANCE, ACCEPT_DELAY);
            printDelays(harness, EventType.DELIVERED, DELIVERY_DELAY);
        }
    }

    /** From the moment the sandbox put the receipt in the inbox (send time plus its delay) to the event. */
    private static void printDelays(EngineHarness harness, EventType type, Duration receiptDelay) {
        Map<String, Instant> sentAt = new HashMap<>();
        for (int i = 0; i < MAILBOXES; i++) {
            for (AcceptedSend send : harness.sandbox().sends(box(i))) {
                sentAt.put(send.code(), send.at());
            }
        }
        List<Long> millis = new ArrayList<>();
        for (JobEvent event : harness.events().ofType(type)) {
            Instant sent = sentAt.get(event.messageCode().orElseThrow());
            millis.add(Duration.between(sent.plus(receiptDelay), event.at()).toMillis());
        }
        millis.sort(Long::compare);
        System.out.printf("RECEIPT DELAY %s n=%d p50=%d ms p90=%d ms p99=%d ms max=%d ms%n", type, millis.size(),
                percentile(millis, 0.50), percentile(millis, 0.90), percentile(millis, 0.99), millis.getLast());
    }

    private static long percentile(List<Long> sorted, double share) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1));
    }

    private static String box(int i) {
        return "rbox" + i + "@pecmassiva.com";
    }
}
