package io.pecflow.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.testkit.EngineHarness;
import io.pecflow.engine.testkit.Jobs;
import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.SandboxOptions;
import io.pecflow.sandbox.SandboxStats;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DispatchEndToEndIT {

    private static final List<String> MAILBOXES = List.of("alfa@pecmassiva.com", "beta@pecmassiva.com",
            "gamma@pecmassiva.com");

    private EngineHarness harness;

    @BeforeEach
    void start() {
        harness = new EngineHarness(SandboxOptions.builder());
        MAILBOXES.forEach(mailbox -> harness.mailbox(mailbox, "pw-" + mailbox, MailboxPlan.STANDARD, ""));
        harness.startEngine("e1");
    }

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void shouldSendEveryJobOnceAtTheProvidersPace() {
        int perMailbox = 6;
        for (int i = 0; i < perMailbox; i++) {
            for (String mailbox : MAILBOXES) {
                harness.publish(Jobs.aJob("job-" + mailbox.charAt(0) + "-" + i, mailbox, "dest" + i + "@example.it"));
            }
        }
        int jobs = perMailbox * MAILBOXES.size();

        await().atMost(Duration.ofSeconds(60)).until(() -> harness.events().ofType(EventType.SUBMITTED).size() >= jobs);

        Map<String, List<EventType>> terminal = harness.events().terminalByJob();
        assertThat(terminal).hasSize(jobs).allSatisfy((jobId, types) -> assertThat(types).containsExactly(EventType.SUBMITTED));
        assertThat(harness.events().ofType(EventType.SUBMITTED)).allSatisfy(event -> {
            assertThat(event.messageCode()).isPresent();
            assertThat(event.recipient()).isPresent();
            assertThat(event.attempt()).contains(1);
        });
        assertThat(harness.events().ofType(EventType.ACCEPTED)).hasSize(jobs);
        assertThat(harness.events().all()).extracting(JobEvent::eventId).doesNotHaveDuplicates();
        SandboxStats.Counters referee = harness.sandbox().stats().total();
        assertThat(referee.acceptedSends()).isEqualTo(jobs);
        assertThat(referee.rateViolations()).isZero();
        assertThat(referee.quotaRejections()).isZero();
        assertThat(referee.duplicateSends()).isZero();
    }
}
