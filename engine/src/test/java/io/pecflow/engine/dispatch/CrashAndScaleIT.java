package io.pecflow.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pecflow.engine.event.EventType;
import io.pecflow.engine.testkit.EngineHarness;
import io.pecflow.engine.testkit.EngineProcess;
import io.pecflow.engine.testkit.Jobs;
import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.SandboxOptions;
import io.pecflow.sandbox.SandboxStats;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Nothing lost and nothing sent twice when an engine dies without warning or leaves a group. */
class CrashAndScaleIT {

    private static final List<String> MAILBOXES = List.of("uno@pecmassiva.com", "due@pecmassiva.com",
            "tre@pecmassiva.com", "quattro@pecmassiva.com");
    private static final int JOBS_PER_MAILBOX = 8;

    private EngineHarness harness;

    @BeforeEach
    void start() {
        harness = new EngineHarness(SandboxOptions.builder());
        MAILBOXES.forEach(mailbox -> harness.mailbox(mailbox, "pw-" + mailbox, MailboxPlan.STANDARD, ""));
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    private int publishCampaign() {
        for (int i = 0; i < JOBS_PER_MAILBOX; i++) {
            for (String mailbox : MAILBOXES) {
                harness.publish(Jobs.aJob("c-" + mailbox.substring(0, 3) + "-" + i, mailbox, "r" + i + "@example.it"));
            }
        }
        return JOBS_PER_MAILBOX * MAILBOXES.size();
    }

    private void assertEveryJobEndedOnceAndNothingWasSentTwice(int jobs) {
        Map<String, List<EventType>> terminal = harness.events().terminalByJob();
        assertThat(terminal).hasSize(jobs).allSatisfy((jobId, types) -> assertThat(types).hasSize(1));
        SandboxStats.Counters referee = harness.sandbox().stats().total();
        assertThat(referee.duplicateSends()).isZero();
        assertThat(referee.rateViolations()).isZero();
        assertThat(referee.quotaRejections()).isZero();
        long submitted = harness.events().ofType(EventType.SUBMITTED).size();
        long ambiguous = harness.events().ofType(EventType.AMBIGUOUS).size();
        assertThat(referee.acceptedSends()).isBetween(submitted, submitted + ambiguous);
    }

    @Test
    void shouldLoseAndRepeatNothingWhenAnEngineIsKilledMidCampaign() throws Exception {
        harness.sandbox().faults().latency(Duration.ofMillis(200));
        Path log = Path.of("target", "crash-engine.log");
        int jobs;
        try (EngineProcess doomed = EngineProcess.start(harness.engineProperties("crashy"), log)) {
            jobs = publishCampaign();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> harness.events().ofType(EventType.SUBMITTED).size() >= jobs / 3);
            doomed.kill();
        }
        long before = harness.events().ofType(EventType.SUBMITTED).size();

        harness.startEngine("crashy");

        await().atMost(Duration.ofSeconds(90)).until(() -> harness.events().terminalByJob().size() == jobs);
        assertThat(before).isLessThan(jobs);
        assertEveryJobEndedOnceAndNothingWasSentTwice(jobs);
    }

    @Test
    void shouldFinishWhatIsInFlightAndExitWithinThirtySecondsOnSigterm() throws Exception {
        harness.sandbox().faults().latency(Duration.ofMillis(300));
        int jobs;
        try (EngineProcess engine = EngineProcess.start(harness.engineProperties("graceful"),
                Path.of("target", "sigterm-engine.log"))) {
            jobs = publishCampaign();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> harness.events().ofType(EventType.SUBMITTED).size() >= jobs / 4);

            assertThat(engine.terminate(Duration.ofSeconds(30))).as("exited within 30 s of SIGTERM").isTrue();
        }
        harness.startEngine("graceful");

        await().atMost(Duration.ofSeconds(90)).until(() -> harness.events().terminalByJob().size() == jobs);
        assertEveryJobEndedOnceAndNothingWasSentTwice(jobs);
        assertThat(harness.events().ofType(EventType.AMBIGUOUS)).as("a graceful stop leaves nothing in doubt").isEmpty();
    }

    @Test
    void shouldShareMailboxesBetweenTwoEnginesAndCarryOnWhenOneLeaves() {
        ConfigurableApplicationContext first = harness.startEngine("first");
        harness.startEngine("second");
        int jobs = publishCampaign();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> harness.events().ofType(EventType.SUBMITTED).size() >= jobs / 3);
        first.close();

        await().atMost(Duration.ofSeconds(90)).until(() -> harness.events().terminalByJob().size() == jobs);
        assertEveryJobEndedOnceAndNothingWasSentTwice(jobs);
        assertThat(harness.events().ofType(EventType.SUBMITTED)).hasSize(jobs);
    }
}
