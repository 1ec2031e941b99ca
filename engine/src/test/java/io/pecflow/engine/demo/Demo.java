package io.pecflow.engine.demo;

import io.pecflow.engine.clock.ShiftableEngineClock;
import io.pecflow.engine.testkit.EngineHarness;
import io.pecflow.engine.testkit.Jobs;
import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.SandboxOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one-command demo: an in-process Kafka broker (KRaft), the provider sandbox and the engine in
 * one JVM; a demo campaign of 300 jobs over six mailboxes, with deliveries, non-deliveries, 12-hour
 * warnings, silences and a few invalid jobs, flows end to end while the progress shows live.
 * Sends keep their real pace (one a second a mailbox); the clocks of the sandbox and the engine run
 * {@value #TIME_SCALE} times faster for everything else, so a day of receipts passes in under a
 * minute and a half. Run: {@code ./mvnw -B -q -Pdemo verify} ({@code -Ddemo.args=--keep-running}
 * keeps it running afterwards).
 */
public final class Demo {

    static final List<String> MAILBOXES = List.of("demo1@pecmassiva.com", "demo2@pecmassiva.com",
            "demo3@pecmassiva.com", "demo4@pecmassiva.com", "demo5@pecmassiva.com", "invii@pec.demo-flat.it");
    static final int JOBS_PER_MAILBOX = 50;
    static final int TIME_SCALE = 1_000;
    private static final Duration TICK = Duration.ofMillis(100);
    private static final Duration LIMIT = Duration.ofMinutes(3);

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "logback-demo.xml");
        boolean keepRunning = List.of(args).contains("--keep-running");
        System.out.println("Starting an in-process Kafka broker, the provider sandbox and the PecFlow engine...");
        EngineHarness harness = new EngineHarness(SandboxOptions.builder());
        for (String mailbox : MAILBOXES) {
            harness.mailbox(mailbox, "pw-" + mailbox, mailbox.contains("flat") ? MailboxPlan.FLAT : MailboxPlan.STANDARD,
                    mailbox.contains("flat") ? "plan=FLAT" : "");
        }
        ConfigurableApplicationContext engine = harness.startEngine("demo", "logging.config=classpath:logback-demo.xml",
                "server.port=" + webPort(), "pecflow.receipts.margin=5m");
        String web = "http://localhost:" + engine.getEnvironment().getProperty("local.server.port");
        System.out.println("Sandbox: " + harness.sandbox().baseUrl() + "  (referee: GET /_sandbox/stats)");
        System.out.println("Engine:  " + web + "/actuator/health  " + web + "/actuator/prometheus");
        ScheduledExecutorService timeMachine = fastClocks(harness, engine.getBean(ShiftableEngineClock.class));

        List<String> valid = campaign();
        List<byte[]> invalid = invalidJobs();
        DemoProgress progress = new DemoProgress(harness.events(), MAILBOXES, JOBS_PER_MAILBOX, invalid.size(),
                DemoProgress.interactive());
        harness.publishAll(valid.stream());
        invalid.forEach(record -> harness.publish(null, record));

        Instant started = Instant.now();
        while (!progress.settled() && Duration.between(started, Instant.now()).compareTo(LIMIT) < 0) {
            progress.render(Duration.between(started, Instant.now()), harness.sandbox().clock().now());
            LockSupport.parkNanos(Duration.ofMillis(progress.isInteractive() ? 500 : 10_000).toNanos());
        }
        progress.render(Duration.between(started, Instant.now()), harness.sandbox().clock().now());
        progress.summary(harness.sandbox().stats().total(), web);
        if (keepRunning) {
            System.out.println("Still running (--keep-running); press Ctrl-C to stop.");
            LockSupport.park();
        }
        timeMachine.shutdownNow();
        harness.close();
        System.exit(progress.settled() ? 0 : 1);
    }

    /** Moves the sandbox's clock and the engine's wall clock together, {@value #TIME_SCALE} times real time. */
    private static ScheduledExecutorService fastClocks(EngineHarness harness, ShiftableEngineClock engineClock) {
        Duration step = TICK.multipliedBy(TIME_SCALE - 1);
        ScheduledExecutorService timeMachine = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("demo-time").factory());
        timeMachine.scheduleAtFixedRate(() -> {
            harness.sandbox().clock().advance(step);
            engineClock.advanceWall(step);
        }, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        return timeMachine;
    }

    /** 8080 when free, else any free port (printed at start). */
    private static int webPort() {
        try (ServerSocket probe = new ServerSocket(8080)) {
            return 8080;
        } catch (IOException taken) {
            return 0;
        }
    }

    /** Fifty notices a mailbox: most delivered, some bounced, a few late, silent or refused for a virus. */
    private static List<String> campaign() {
        List<String> jobs = new ArrayList<>();
        for (int n = 0; n < JOBS_PER_MAILBOX; n++) {
            String local = n % 17 == 5 ? "cliente" + n + "+bounce" : n % 23 == 7 ? "cliente" + n + "+late"
                    : n % 29 == 11 ? "cliente" + n + "+silent" : n % 31 == 13 ? "cliente" + n + "+virus" : "cliente" + n;
            for (int m = 0; m < MAILBOXES.size(); m++) {
                jobs.add(Jobs.aJobWith("demo-" + m + "-" + n, MAILBOXES.get(m), "\"campaignId\":\"demo-2026\",",
                        local + "@pec.example.it"));
            }
        }
        return jobs;
    }

    /** What upstream gets wrong: each is rejected (or dead-lettered) with a reason, the rest flows on. */
    private static List<byte[]> invalidJobs() {
        List<String> texts = List.of(
                "{\"jobId\":\"bad-1\",\"mailbox\":\"demo1@pecmassiva.com\",\"subject\":\"No recipient\",\"body\":\"b\"}",
                "{\"jobId\":\"bad-2\",\"mailbox\":\"demo2@pecmassiva.com\",\"to\":[\"mario.rossi@\"],\"subject\":\"S\",\"body\":\"b\"}",
                "{\"jobId\":\"bad-3\",\"mailbox\":\"demo3@pecmassiva.com\",\"to\":[\"a@pec.example.it\"],\"subject\":\"Two\\r\\nlines\",\"body\":\"b\"}",
                "{\"jobId\":\"bad-4\",\"mailbox\":\"nobody@pecmassiva.com\",\"to\":[\"a@pec.example.it\"],\"subject\":\"S\",\"body\":\"b\"}",
                "{\"jobId\":\"bad-5\",\"mailbox\":\"demo4@pecmassiva.com\",\"to\":[\"a@pec.example.it\"],\"subject\":\"S\",\"body\":\"b\","
                        + "\"attachments\":[{\"name\":\"a.pdf\",\"contentType\":\"application/pdf\",\"base64\":\"%%%\"}]}",
                "{\"jobId\":\"bad-6\",\"mailbox\":\"demo5@pecmassiva.com\",\"to\":[\"a@pec.example.it\"],\"subject\":\"S\",\"body\":\"b\","
                        + "\"expiresAt\":\"2020-01-01T00:00:00Z\"}",
                "this is not a job at all");
        return texts.stream().map(text -> text.getBytes(StandardCharsets.UTF_8)).toList();
    }
}
