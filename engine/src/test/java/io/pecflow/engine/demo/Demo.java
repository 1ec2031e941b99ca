package io.pecflow.engine.demo;

import io.pecflow.engine.testkit.EngineHarness;
import io.pecflow.engine.testkit.Jobs;
import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.SandboxOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The one-command demo: an in-process Kafka broker (KRaft), the PEC Massiva sandbox and the engine
 * in one JVM; a demo campaign of several hundred jobs over six mailboxes, some of them invalid,
 * flows end to end while the progress shows live. Run: {@code ./mvnw -B -q -Pdemo verify}
 * ({@code -Ddemo.args=--keep-running} keeps it running afterwards).
 */
public final class Demo {

    static final List<String> MAILBOXES = List.of("demo1@pecmassiva.com", "demo2@pecmassiva.com",
            "demo3@pecmassiva.com", "demo4@pecmassiva.com", "demo5@pecmassiva.com", "invii@pec.demo-flat.it");
    private static final int JOBS_PER_MAILBOX = 50;

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "logback-demo.xml");
        boolean keepRunning = List.of(args).contains("--keep-running");
        System.out.println("Starting an in-process Kafka broker, the PEC Massiva sandbox and the PecFlow engine...");
        EngineHarness harness = new EngineHarness(SandboxOptions.builder().timeScale(60));
        for (String mailbox : MAILBOXES) {
            harness.mailbox(mailbox, "pw-" + mailbox, mailbox.contains("flat") ? MailboxPlan.FLAT : MailboxPlan.STANDARD,
                    mailbox.contains("flat") ? "plan=FLAT" : "");
        }
        harness.startEngine("demo", "logging.config=classpath:logback-demo.xml");
        System.out.println("Sandbox: " + harness.sandbox().baseUrl() + "  (referee: GET /_sandbox/stats)");

        List<String> valid = campaign();
        List<byte[]> invalid = invalidJobs();
        DemoProgress progress = new DemoProgress(harness.events(), MAILBOXES, JOBS_PER_MAILBOX, invalid.size(),
                DemoProgress.interactive());
        harness.publishAll(valid.stream());
        invalid.forEach(record -> harness.publish(null, record));

        Instant started = Instant.now();
        while (!progress.settled() && Duration.between(started, Instant.now()).compareTo(Duration.ofMinutes(3)) < 0) {
            progress.render(Duration.between(started, Instant.now()));
            LockSupport.parkNanos(Duration.ofMillis(progress.isInteractive() ? 500 : 5_000).toNanos());
        }
        progress.render(Duration.between(started, Instant.now()));
        progress.summary(harness.sandbox().stats().total());
        if (keepRunning) {
            System.out.println("Still running (--keep-running); press Ctrl-C to stop.");
            LockSupport.park();
        }
        harness.close();
        System.exit(progress.settled() ? 0 : 1);
    }

    /** Fifty notices a mailbox, a few to addresses the sandbox will bounce or hold. */
    private static List<String> campaign() {
        List<String> jobs = new ArrayList<>();
        for (int n = 0; n < JOBS_PER_MAILBOX; n++) {
            for (int m = 0; m < MAILBOXES.size(); m++) {
                String local = n % 17 == 5 ? "cliente" + n + "+bounce" : n % 23 == 7 ? "cliente" + n + "+late" : "cliente" + n;
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
