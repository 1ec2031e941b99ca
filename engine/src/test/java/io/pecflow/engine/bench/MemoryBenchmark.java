package io.pecflow.engine.bench;

import static org.awaitility.Awaitility.await;

import io.pecflow.engine.testkit.EngineHarness;
import io.pecflow.engine.testkit.EngineProcess;
import io.pecflow.engine.testkit.Jobs;
import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A backlog of a million jobs over 100 mailboxes, with the engine in its own JVM limited to
 * {@code -Xmx512m} and pacing off so the backlog drains as fast as the machine allows. Prints the
 * heap after each garbage collection (its peak), the sends done and whether the engine survived.
 */
class MemoryBenchmark {

    private static final int JOBS = Integer.getInteger("bench.jobs", 1_000_000);
    private static final int MAILBOXES = 100;
    private static final int SECONDS = Integer.getInteger("bench.seconds", 180);
    private static final Pattern HEAP_AFTER_GC = Pattern.compile("->(\\d+)M\\((\\d+)M\\)");

    @Test
    void aMillionJobBacklogIn512Megabytes() throws Exception {
        try (EngineHarness harness = new EngineHarness(SandboxOptions.builder().enforceLimits(false)
                .minInterval(Duration.ZERO).receipts(false))) {
            for (int i = 0; i < MAILBOXES; i++) {
                harness.mailbox(box(i), "pw-" + i, MailboxPlan.STANDARD, "per-second=0,per-day=0,per-month=0");
            }
            Path gcLog = Path.of("target", "memory-bench-gc.log");
            Files.deleteIfExists(gcLog);
            Files.deleteIfExists(Path.of("target", "memory-bench-engine.log"));
            Map<String, Object> properties = harness.engineProperties("memory");
            properties.put("pecflow.topics.partitions", "12");
            properties.put("logging.level.io.pecflow", "INFO");
            try (EngineProcess engine = EngineProcess.start(properties, Path.of("target", "memory-bench-engine.log"),
                    List.of("-Xmx512m", "-Xlog:gc:file=" + gcLog))) {
                Path engineLog = Path.of("target", "memory-bench-engine.log");
                await().atMost(Duration.ofSeconds(90)).until(() -> Files.exists(engineLog)
                        && Files.readString(engineLog).contains("PecFlow engine started"));
                long started = System.nanoTime();
                harness.publishAll(IntStream.range(0, JOBS).mapToObj(n -> Jobs.aJob("m-" + n, box(n % MAILBOXES),
                        "d" + n + "@example.it")));
                System.out.printf("published %d jobs in %.1f s%n", JOBS, (System.nanoTime() - started) / 1e9);
                await().pollInterval(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(SECONDS))
                        .until(() -> !engine.isAlive() || harness.sandbox().stats().total().acceptedSends() >= JOBS);
                double elapsed = (System.nanoTime() - started) / 1e9;
                long sent = harness.sandbox().stats().total().acceptedSends();
                long peak = 0;
                long limit = 0;
                Matcher matcher = HEAP_AFTER_GC.matcher(Files.readString(gcLog));
                while (matcher.find()) {
                    peak = Math.max(peak, Long.parseLong(matcher.group(1)));
                    limit = Math.max(limit, Long.parseLong(matcher.group(2)));
                }
                boolean oom = Files.readString(Path.of("target", "memory-bench-engine.log")).contains("OutOfMemoryError");
                System.out.printf("MEMORY jobs=%d mailboxes=%d Xmx=512m engineAlive=%s outOfMemory=%s sent=%d in %.0f s "
                                + "(%.0f sends/s) peakHeapAfterGc=%d MB (committed up to %d MB) duplicateSends=%d%n",
                        JOBS, MAILBOXES, engine.isAlive(), oom, sent, elapsed, sent / elapsed, peak, limit,
                        harness.sandbox().stats().total().duplicateSends());
            }
        }
    }

    private static String box(int i) {
        return "mem" + i + "@pecmassiva.com";
    }
}
