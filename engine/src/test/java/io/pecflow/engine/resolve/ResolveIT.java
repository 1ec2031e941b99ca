package io.pecflow.engine.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.testkit.EngineHarness;
import io.pecflow.engine.testkit.Jobs;
import io.pecflow.sandbox.AcceptedSend;
import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The resolve stage end to end: a real broker, and the sandbox serving PEC Massiva, the PEC API
 * (certified domains) and TrovaPEC (tax codes) on one port.
 */
@ExtendWith(OutputCaptureExtension.class)
class ResolveIT {

    private static final String BOX = "box@pecmassiva.com";
    private static final String VAT = "01234567890";
    private static final String VAT_ADDRESS = "esempio.srl@pec.it";
    private static final String FAST_POLLS = "pecflow.trovapec.poll-every=200ms";
    private static final String FAST_RETRIES = "pecflow.recipients.retry-every=300ms";

    private EngineHarness harness;

    private EngineHarness harness(SandboxOptions.Builder options) {
        harness = new EngineHarness(options);
        harness.mailbox(BOX, "pw-box", MailboxPlan.STANDARD, "");
        return harness;
    }

    @AfterEach
    void stop() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void shouldRejectARecipientOfAnUncertifiedDomainAndSendToTheCertifiedOne() {
        harness(SandboxOptions.builder()).startEngine("e1", FAST_RETRIES);

        harness.publish(Jobs.aJobWith("mixed-1", BOX, "\"checkRecipients\":true,", "mario@gmail.com", "anna@example.it"));
        harness.publish(Jobs.aJobWith("gmail-1", BOX, "\"checkRecipients\":true,", "luca@gmail.com"));

        await().atMost(Duration.ofSeconds(60)).until(() -> types("mixed-1").contains(EventType.SUBMITTED)
                && types("gmail-1").contains(EventType.REJECTED));
        JobEvent refused = only("mixed-1", EventType.REJECTED);
        assertThat(refused.recipient()).contains("mario@gmail.com");
        assertThat(refused.reason()).contains("recipient mario@gmail.com: gmail.com is not a certified (PEC) domain");
        assertThat(only("mixed-1", EventType.SUBMITTED).recipient()).contains("anna@example.it");
        List<JobEvent> rejected = harness.events().forJob("gmail-1");
        assertThat(rejected).extracting(JobEvent::type).containsExactly(EventType.REJECTED, EventType.REJECTED);
        assertThat(rejected.getFirst().recipient()).contains("luca@gmail.com");
        assertThat(rejected.getLast().recipient()).isEmpty();
        assertThat(rejected.getLast().reason()).contains("no recipient left to send to: recipient luca@gmail.com:"
                + " gmail.com is not a certified (PEC) domain");
        assertThat(harness.sandbox().sends(BOX)).extracting(AcceptedSend::recipients)
                .containsExactly(List.of("anna@example.it"));
    }

    @Test
    void shouldHoldACheckedJobWhileThePecApiIsDownAndSendItOnceItAnswers() {
        harness(SandboxOptions.builder()).startEngine("e1", FAST_RETRIES, "pecflow.recipients.require-certified=true");
        harness.sandbox().faults().outage(Duration.ofMinutes(5));

        harness.publish(Jobs.aJob("down-1", BOX, "anna@example.it"));

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> types("down-1").isEmpty());
        harness.sandbox().faults().outage(Duration.ZERO);
        await().atMost(Duration.ofSeconds(60)).until(() -> types("down-1").contains(EventType.SUBMITTED));
        assertThat(types("down-1")).doesNotContain(EventType.REJECTED);
        assertThat(harness.sandbox().pecApiStats().domainChecks()).isEqualTo(1);
    }

    @Test
    void shouldResolveATaxCodeThenSendToTheAddressFoundAndAnswerTheNextJobFromTheCache(CapturedOutput output) {
        String key = "tp-Key-of-this-test-7";
        harness(SandboxOptions.builder().trovaPecKey(key)).startEngine("e1", FAST_POLLS);

        harness.publish(taxCodeJob("vat-1", VAT));

        await().atMost(Duration.ofSeconds(60)).until(() -> types("vat-1").contains(EventType.SUBMITTED));
        JobEvent resolved = only("vat-1", EventType.RESOLVED);
        assertThat(resolved.taxCode()).contains(VAT);
        assertThat(resolved.recipient()).contains(VAT_ADDRESS);
        assertThat(types("vat-1")).containsSubsequence(EventType.RESOLVED, EventType.ACCEPTED, EventType.SUBMITTED);
        assertThat(only("vat-1", EventType.SUBMITTED).recipient()).contains(VAT_ADDRESS);
        assertThat(harness.sandbox().sends(BOX)).extracting(AcceptedSend::recipients)
                .containsExactly(List.of(VAT_ADDRESS));

        harness.publish(taxCodeJob("vat-2", VAT));
        await().atMost(Duration.ofSeconds(30)).until(() -> types("vat-2").contains(EventType.SUBMITTED));
        assertThat(harness.sandbox().trovaPecStats().requests()).isEqualTo(1);
        assertThat(output.getAll()).doesNotContain(key);
        assertThat(harness.events().records()).allSatisfy(record -> assertThat(
                new String(record.value(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(key));
    }

    @Test
    void shouldRejectAJobWhoseOnlyTaxCodeHasNoAddress() {
        harness(SandboxOptions.builder()).startEngine("e1", FAST_POLLS);

        harness.publish(taxCodeJob("unknown-1", "99999999999"));

        await().atMost(Duration.ofSeconds(60)).until(() -> types("unknown-1").contains(EventType.REJECTED));
        assertThat(types("unknown-1")).containsExactly(EventType.NOT_RESOLVED, EventType.REJECTED);
        assertThat(only("unknown-1", EventType.NOT_RESOLVED).taxCode()).contains("99999999999");
        assertThat(harness.sandbox().sends(BOX)).isEmpty();
    }

    @Test
    void shouldGoOnPollingAPendingLookupAfterARestartWithoutAskingAgain() {
        int waits = 40;
        ConfigurableApplicationContext first = harness(SandboxOptions.builder().trovaPecWaits(waits))
                .startEngine("e1", FAST_POLLS);
        harness.publish(taxCodeJob("restart-1", VAT));
        await().atMost(Duration.ofSeconds(30)).until(() -> harness.sandbox().trovaPecStats().waits() >= 2);

        first.close();
        long pollsBefore = harness.sandbox().trovaPecStats().polls();
        assertThat(pollsBefore).isLessThan(waits);
        harness.startEngine("e2", FAST_POLLS);

        await().atMost(Duration.ofSeconds(90)).until(() -> types("restart-1").contains(EventType.SUBMITTED));
        assertThat(harness.sandbox().trovaPecStats().requests()).isEqualTo(1);
        assertThat(harness.sandbox().trovaPecStats().polls()).isGreaterThan(pollsBefore);
        assertThat(only("restart-1", EventType.RESOLVED).recipient()).contains(VAT_ADDRESS);
        assertThat(only("restart-1", EventType.SUBMITTED).recipient()).contains(VAT_ADDRESS);
    }

    private static String taxCodeJob(String jobId, String taxCode) {
        return "{\"jobId\":\"" + jobId + "\",\"mailbox\":\"" + BOX + "\",\"toTaxCodes\":[\"" + taxCode + "\"],"
                + "\"subject\":\"Avviso " + jobId + "\",\"body\":\"<p>Avviso " + jobId + "</p>\"}";
    }

    private List<EventType> types(String jobId) {
        return harness.events().forJob(jobId).stream().map(JobEvent::type).toList();
    }

    private JobEvent only(String jobId, EventType type) {
        List<JobEvent> found = harness.events().forJob(jobId).stream().filter(event -> event.type() == type).toList();
        assertThat(found).as("%s events of %s", type, jobId).hasSize(1);
        return found.getFirst();
    }
}
