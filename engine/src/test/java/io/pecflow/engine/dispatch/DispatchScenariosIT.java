package io.pecflow.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.pecflow.engine.clock.ShiftableEngineClock;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.testkit.EngineHarness;
import io.pecflow.engine.testkit.Jobs;
import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.SandboxOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** The dispatch's answers to the provider's faults and limits, against the sandbox over HTTP. */
@ExtendWith(OutputCaptureExtension.class)
class DispatchScenariosIT {

    private static final String BOX = "box@pecmassiva.com";
    private static final String OTHER = "other@pecmassiva.com";

    private EngineHarness harness;

    private EngineHarness harness(MailboxPlan plan, String engineSettings) {
        harness = new EngineHarness(SandboxOptions.builder());
        harness.mailbox(BOX, "pw-box", plan, engineSettings);
        harness.mailbox(OTHER, "pw-other", MailboxPlan.STANDARD, "");
        return harness;
    }

    @AfterEach
    void stop() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    private List<EventType> typesOf(String jobId) {
        return harness.events().forJob(jobId).stream().map(JobEvent::type).toList();
    }

    @Test
    void shouldSendAJobPublishedTwiceOnce() {
        harness(MailboxPlan.STANDARD, "").startEngine("e1");
        harness.publish(Jobs.aJob("twice-1", BOX, "a@example.it"));
        harness.publish(Jobs.aJob("twice-1", BOX, "a@example.it"));

        await().atMost(Duration.ofSeconds(30)).until(() -> typesOf("twice-1").containsAll(
                List.of(EventType.SUBMITTED, EventType.DUPLICATE)));
        assertThat(typesOf("twice-1")).containsOnlyOnce(EventType.SUBMITTED, EventType.DUPLICATE, EventType.ACCEPTED);
        assertThat(harness.sandbox().stats().total().acceptedSends()).isEqualTo(1);
        assertThat(harness.sandbox().stats().total().duplicateSends()).isZero();
    }

    @Test
    void shouldRetryServerErrorsAndThenSend() {
        harness(MailboxPlan.STANDARD, "").startEngine("e1");
        harness.sandbox().faults().failNext(2);
        harness.publish(Jobs.aJob("flaky-1", BOX, "a@example.it"));

        await().atMost(Duration.ofSeconds(30)).until(() -> typesOf("flaky-1").contains(EventType.SUBMITTED));
        assertThat(harness.events().forJob("flaky-1")).filteredOn(event -> event.type() == EventType.RETRYING)
                .extracting(event -> event.attempt().orElseThrow()).containsExactly(1, 2);
        assertThat(harness.events().forJob("flaky-1")).filteredOn(event -> event.type() == EventType.SUBMITTED)
                .singleElement().satisfies(event -> assertThat(event.attempt()).contains(3));
        assertThat(harness.sandbox().stats().total().acceptedSends()).isEqualTo(1);
        assertThat(harness.sandbox().stats().total().rateViolations()).isZero();
    }

    @Test
    void shouldMarkALostResponseAmbiguousAndNeverSendItAgain() {
        harness(MailboxPlan.STANDARD, "").startEngine("e1");
        harness.sandbox().faults().loseNextResponses(1);
        harness.publish(Jobs.aJob("lost-1", BOX, "a@example.it"));
        harness.publish(Jobs.aJob("after-lost-1", BOX, "b@example.it"));

        await().atMost(Duration.ofSeconds(30)).until(() -> typesOf("after-lost-1").contains(EventType.SUBMITTED));
        assertThat(harness.events().forJob("lost-1").stream().filter(event -> !event.recovered()).map(JobEvent::type))
                .contains(EventType.AMBIGUOUS).doesNotContain(EventType.SUBMITTED, EventType.RETRYING);
        assertThat(harness.sandbox().stats().total().acceptedSends()).isEqualTo(2);
        assertThat(harness.sandbox().stats().total().lostResponses()).isEqualTo(1);
    }

    @Test
    void shouldHoldAMailboxWhoseCredentialsAreRefusedAndResumeWhenTheyWork(CapturedOutput output) {
        ConfigurableApplicationContext engine = harness(MailboxPlan.STANDARD, "")
                .startEngine("e1", "pecflow.dispatch.suspended-probe=500ms");
        harness.sandbox().faults().unauthorized(BOX, true);
        harness.publish(Jobs.aJob("held-1", BOX, "a@example.it"));
        harness.publish(Jobs.aJob("free-1", OTHER, "a@example.it"));
        MeterRegistry meters = engine.getBean(MeterRegistry.class);

        await().atMost(Duration.ofSeconds(30)).until(() -> typesOf("free-1").contains(EventType.SUBMITTED)
                && meters.get("pec.mailboxes.suspended").gauge().value() == 1.0);
        assertThat(typesOf("held-1")).doesNotContain(EventType.FAILED, EventType.SUBMITTED);

        harness.sandbox().faults().unauthorized(BOX, false);
        await().atMost(Duration.ofSeconds(30)).until(() -> typesOf("held-1").contains(EventType.SUBMITTED));
        assertThat(meters.get("pec.mailboxes.suspended").gauge().value()).isZero();
        assertThat(output.getAll()).contains("Mailbox " + BOX + " suspended")
                .doesNotContain("pw-box", "pw-other", EngineHarness.TOKEN);
        assertThat(harness.events().records()).allSatisfy(record -> assertThat(new String(record.value(),
                java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("pw-box", "pw-other", EngineHarness.TOKEN));
    }

    @Test
    void shouldDeferWhenTheQuotaIsSpentAndResumeAfterMidnight() {
        ConfigurableApplicationContext engine = harness(MailboxPlan.perDay(2), "per-day=2").startEngine("e1");
        for (int i = 1; i <= 3; i++) {
            harness.publish(Jobs.aJob("quota-" + i, BOX, "a" + i + "@example.it"));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> typesOf("quota-3").contains(EventType.DEFERRED));
        assertThat(typesOf("quota-1")).contains(EventType.SUBMITTED);
        assertThat(typesOf("quota-2")).contains(EventType.SUBMITTED);
        Instant until = harness.events().forJob("quota-3").stream().filter(e -> e.type() == EventType.DEFERRED)
                .findFirst().orElseThrow().until().orElseThrow();

        Duration toMidnight = Duration.between(Instant.now(), until).plusSeconds(2);
        engine.getBean(ShiftableEngineClock.class).advance(toMidnight);
        harness.sandbox().clock().advance(toMidnight);

        await().atMost(Duration.ofSeconds(30)).until(() -> typesOf("quota-3").contains(EventType.SUBMITTED));
        assertThat(harness.sandbox().stats().total().quotaRejections()).isZero();
        assertThat(harness.sandbox().stats().total().acceptedSends()).isEqualTo(3);
    }

    @Test
    void shouldRememberTheQuotaUsedAcrossARestart() {
        ConfigurableApplicationContext first = harness(MailboxPlan.perDay(2), "per-day=2").startEngine("e1");
        harness.publish(Jobs.aJob("before-1", BOX, "a@example.it"));
        harness.publish(Jobs.aJob("before-2", BOX, "b@example.it"));
        await().atMost(Duration.ofSeconds(30)).until(() -> harness.events().ofType(EventType.SUBMITTED).size() == 2);
        first.close();

        harness.startEngine("e2");
        harness.publish(Jobs.aJob("after-1", BOX, "c@example.it"));

        await().atMost(Duration.ofSeconds(30)).until(() -> typesOf("after-1").contains(EventType.DEFERRED));
        assertThat(typesOf("after-1")).doesNotContain(EventType.SUBMITTED);
        assertThat(harness.sandbox().stats().total().acceptedSends()).isEqualTo(2);
        assertThat(harness.sandbox().stats().total().quotaRejections()).isZero();
    }

    @Test
    void shouldExpireAJobWhoseTimeRanOut() {
        harness(MailboxPlan.STANDARD, "").startEngine("e1");
        String soon = Instant.now().plusSeconds(3).toString();
        // The mailbox's first send waits a pacing interval; this job waits behind four others past its expiry.
        for (int i = 1; i <= 4; i++) {
            harness.publish(Jobs.aJob("ahead-" + i, BOX, "a" + i + "@example.it"));
        }
        harness.publish(Jobs.aJobWith("late-1", BOX, "\"expiresAt\":\"" + soon + "\",", "z@example.it"));

        await().atMost(Duration.ofSeconds(30)).until(() -> typesOf("late-1").contains(EventType.EXPIRED));
        assertThat(typesOf("late-1")).doesNotContain(EventType.SUBMITTED);
        assertThat(harness.sandbox().sends(BOX)).extracting(send -> send.recipients().getFirst())
                .doesNotContain("z@example.it");
    }
}
