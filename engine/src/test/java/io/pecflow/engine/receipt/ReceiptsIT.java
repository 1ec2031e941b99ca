package io.pecflow.engine.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.pecflow.adapter.Secret;
import io.pecflow.adapter.massiva.CallOutcome;
import io.pecflow.adapter.massiva.InboxPage;
import io.pecflow.adapter.massiva.InboxQuery;
import io.pecflow.adapter.massiva.MailboxCredentials;
import io.pecflow.adapter.massiva.MailboxQuota;
import io.pecflow.adapter.massiva.PecMassivaClient;
import io.pecflow.adapter.massiva.PecMassivaConfig;
import io.pecflow.engine.clock.ShiftableEngineClock;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.event.SettledCounts;
import io.pecflow.engine.testkit.EngineHarness;
import io.pecflow.engine.testkit.Jobs;
import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Receipts end to end: a real broker, the sandbox over HTTP, both clocks moved by hand to make
 * 24 hours pass in a moment.
 */
class ReceiptsIT {

    private static final String BOX = "box@pecmassiva.com";
    private static final String PASSWORD = "pw-box";
    private static final Duration A_DAY_AND_MORE = Duration.ofHours(25);

    private EngineHarness harness;
    private PecMassivaClient client;

    private EngineHarness harness() {
        harness = new EngineHarness(SandboxOptions.builder());
        harness.mailbox(BOX, PASSWORD, MailboxPlan.STANDARD, "");
        client = PecMassivaClient.create(PecMassivaConfig.builder(harness.sandbox().baseUrl(),
                Secret.of(EngineHarness.TOKEN)).build());
        return harness;
    }

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void shouldEndEveryKindOfOutcomeInItsFinalEventAndSettleEachJobOnce() {
        ConfigurableApplicationContext engine = harness().startEngine("e1", "pecflow.receipts.margin=10m");
        harness.publish(Jobs.aJob("ok-1", BOX, "mario@example.it"));
        harness.publish(Jobs.aJob("bounce-1", BOX, "anna+bounce@example.it"));
        harness.publish(Jobs.aJob("late-1", BOX, "luca+late@example.it"));
        harness.publish(Jobs.aJob("silent-1", BOX, "sara+silent@example.it"));
        harness.publish(Jobs.aJob("virus-1", BOX, "ugo+virus@example.it"));
        harness.publish(Jobs.aJob("refused-1", BOX, "eva+refused@example.it"));
        harness.publish(Jobs.aJob("two-1", BOX, "piero@example.it", "rita+bounce@example.it"));

        await().atMost(Duration.ofSeconds(60)).until(() -> settled("ok-1", "bounce-1", "virus-1", "refused-1", "two-1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> harness.events().ofType(EventType.ACCEPTANCE).size() >= 7);
        passADay(engine);
        await().atMost(Duration.ofSeconds(60)).until(() -> settled("late-1", "silent-1"));

        assertThat(finalOf("ok-1", "mario@example.it").type()).isEqualTo(EventType.DELIVERED);
        assertNotDelivered("bounce-1", "anna+bounce@example.it", "NON_DELIVERY", "5.1.1 - indirizzo non valido");
        assertNotDelivered("virus-1", "ugo+virus@example.it", "VIRUS", "virus");
        assertNotDelivered("refused-1", "eva+refused@example.it", "NON_ACCEPTANCE", "");
        assertNotDelivered("late-1", "luca+late@example.it", "NON_DELIVERY", "5.4.7");
        assertThat(typesOf("late-1")).containsSubsequence(EventType.ACCEPTANCE, EventType.DELIVERY_WARNING,
                EventType.NOT_DELIVERED, EventType.SETTLED);
        assertThat(finalOf("silent-1", "sara+silent@example.it").type()).isEqualTo(EventType.NO_RECEIPT);
        assertThat(finalOf("two-1", "piero@example.it").type()).isEqualTo(EventType.DELIVERED);
        assertThat(finalOf("two-1", "rita+bounce@example.it").type()).isEqualTo(EventType.NOT_DELIVERED);
        assertThat(settledCounts("two-1")).isEqualTo(new SettledCounts(1, 1, 0, 0, 0));
        assertThat(settledCounts("silent-1")).isEqualTo(new SettledCounts(0, 0, 1, 0, 0));
        assertThat(harness.events().forJob("ok-1").getLast().type()).isEqualTo(EventType.SETTLED);
        JobEvent delivered = finalOf("ok-1", "mario@example.it");
        assertThat(delivered.messageCode()).isPresent();
        assertThat(delivered.receiptAt()).isPresent();
        assertThat(delivered.receiptKind()).contains("DELIVERY");
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox().total() == 0);
        assertThat(harness.sandbox().stats().total().acceptedSends()).isEqualTo(8);
    }

    @Test
    void shouldRecoverALostResponseFromItsAcceptanceAndSettleItWithOneSend() {
        ConfigurableApplicationContext engine = harness().startEngine("e1");
        harness.sandbox().faults().loseNextResponses(1);
        harness.publish(Jobs.aJob("lost-1", BOX, "a@example.it"));
        harness.publish(Jobs.aJob("next-1", BOX, "b@example.it"));
        await().atMost(Duration.ofSeconds(30)).until(() -> typesOf("lost-1").contains(EventType.AMBIGUOUS));

        advance(engine, Duration.ofMinutes(1));

        await().atMost(Duration.ofSeconds(30)).until(() -> settled("lost-1") && typesOf("next-1").contains(EventType.SUBMITTED));
        JobEvent recovered = harness.events().forJob("lost-1").stream()
                .filter(event -> event.type() == EventType.SUBMITTED).findFirst().orElseThrow();
        assertThat(recovered.recovered()).isTrue();
        assertThat(harness.sandbox().sends(BOX)).anySatisfy(send -> assertThat(send.code())
                .isEqualTo(recovered.messageCode().orElseThrow()));
        assertThat(finalOf("lost-1", "a@example.it").type()).isEqualTo(EventType.DELIVERED);
        assertThat(settledCounts("lost-1")).isEqualTo(new SettledCounts(1, 0, 0, 0, 0));
        assertThat(harness.sandbox().stats().total().acceptedSends()).isEqualTo(2);
        assertThat(harness.sandbox().stats().total().duplicateSends()).isZero();
    }

    @Test
    void shouldResumeTrackingAfterARestartWithoutLosingOrRepeatingAnything() {
        ConfigurableApplicationContext first = harness().startEngine("e1", "pecflow.receipts.margin=10m");
        List<String> late = List.of("late-a", "late-b", "late-c");
        List<String> normal = List.of("ok-a", "ok-b", "ok-c");
        late.forEach(id -> harness.publish(Jobs.aJob(id, BOX, id + "+late@example.it")));
        normal.forEach(id -> harness.publish(Jobs.aJob(id, BOX, id + "@example.it")));
        await().atMost(Duration.ofSeconds(60)).until(() -> late.stream().allMatch(id -> typesOf(id).contains(EventType.ACCEPTANCE)));

        first.close();
        ConfigurableApplicationContext second = harness.startEngine("e2", "pecflow.receipts.margin=10m");
        passADay(second);

        await().atMost(Duration.ofSeconds(90)).until(() -> settled(late.toArray(String[]::new))
                && settled(normal.toArray(String[]::new)));
        for (String id : late) {
            assertThat(finalOf(id, id + "+late@example.it").type()).isEqualTo(EventType.NOT_DELIVERED);
        }
        for (String id : normal) {
            assertThat(finalOf(id, id + "@example.it").type()).isEqualTo(EventType.DELIVERED);
        }
        Map<String, Set<String>> idsByFact = harness.events().all().stream().collect(Collectors.groupingBy(
                event -> event.jobId() + "/" + event.type() + "/" + event.recipient().orElse(""),
                Collectors.mapping(JobEvent::eventId, Collectors.toSet())));
        assertThat(idsByFact).allSatisfy((fact, ids) -> assertThat(ids).as(fact).hasSize(1));
        assertThat(harness.sandbox().stats().total().acceptedSends()).isEqualTo(6);
    }

    @Test
    void shouldWarnWhenTheInboxIsNearlyFullAndBringItDownByCleaningUp() {
        ConfigurableApplicationContext engine = harness().startEngine("e1", "pecflow.receipts.margin=10m",
                "pecflow.receipts.storage-check-every=1s");
        harness.sandbox().setInboxLimitKib(BOX, 45);
        List<String> silent = List.of("s-1", "s-2", "s-3", "s-4", "s-5");
        silent.forEach(id -> harness.publish(Jobs.aJob(id, BOX, id + "+silent@example.it")));

        await().atMost(Duration.ofSeconds(60)).until(() -> !harness.events().ofType(EventType.MAILBOX_STORAGE_HIGH).isEmpty());
        JobEvent warning = harness.events().ofType(EventType.MAILBOX_STORAGE_HIGH).getFirst();
        assertThat(warning.mailbox()).contains(BOX);
        assertThat(warning.storage()).hasValueSatisfying(storage -> assertThat(storage.usedShare()).isGreaterThanOrEqualTo(0.8));
        assertThat(engine.getBean(MeterRegistry.class).get("pec.mailbox.storage.used").tag("mailbox", BOX).gauge().value())
                .isGreaterThanOrEqualTo(0.8);

        passADay(engine);

        await().atMost(Duration.ofSeconds(60)).until(() -> settled(silent.toArray(String[]::new)));
        await().atMost(Duration.ofSeconds(30)).until(() -> storage().usedShare() < 0.1);
    }

    @Test
    void shouldSetAsideAnUnknownReceiptAndGoOn() {
        ConfigurableApplicationContext engine = harness().startEngine("e1");
        harness.publish(Jobs.aJob("notice-1", BOX, "nina+notice@example.it"));
        harness.publish(Jobs.aJob("after-1", BOX, "olga@example.it"));

        await().atMost(Duration.ofSeconds(60)).until(() -> settled("notice-1", "after-1"));
        assertThat(finalOf("notice-1", "nina+notice@example.it").type()).isEqualTo(EventType.DELIVERED);
        assertThat(engine.getBean(MeterRegistry.class).get("pec.receipts.unmatched").tag("reason", "unknown_kind")
                .counter().count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldReconcileABusyMailboxThroughItsInbox() {
        ConfigurableApplicationContext engine = harness().startEngine("e1", "pecflow.receipts.inbox-scan-from=3",
                "pecflow.receipts.inbox-scan-every=1s");
        List<String> jobs = java.util.stream.IntStream.range(0, 12).mapToObj(i -> "busy-" + i).toList();
        jobs.forEach(id -> harness.publish(Jobs.aJob(id, BOX, id + "@example.it")));

        await().atMost(Duration.ofSeconds(90)).until(() -> settled(jobs.toArray(String[]::new)));
        MeterRegistry meters = engine.getBean(MeterRegistry.class);
        assertThat(meters.get("pec.receipts.calls").tag("call", "scan").counters())
                .anySatisfy(counter -> assertThat(counter.count()).isPositive());
        assertThat(jobs).allSatisfy(id -> assertThat(finalOf(id, id + "@example.it").type()).isEqualTo(EventType.DELIVERED));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private void passADay(ConfigurableApplicationContext engine) {
        advance(engine, A_DAY_AND_MORE);
    }

    private void advance(ConfigurableApplicationContext engine, Duration duration) {
        harness.sandbox().clock().advance(duration);
        engine.getBean(ShiftableEngineClock.class).advance(duration);
    }

    private boolean settled(String... jobIds) {
        Set<String> done = harness.events().ofType(EventType.SETTLED).stream().map(JobEvent::jobId)
                .collect(Collectors.toSet());
        return done.containsAll(List.of(jobIds));
    }

    private List<EventType> typesOf(String jobId) {
        return harness.events().forJob(jobId).stream().map(JobEvent::type).toList();
    }

    private JobEvent finalOf(String jobId, String recipient) {
        List<JobEvent> finals = harness.events().forJob(jobId).stream()
                .filter(event -> Set.of(EventType.DELIVERED, EventType.NOT_DELIVERED, EventType.NO_RECEIPT)
                        .contains(event.type()))
                .filter(event -> event.recipient().orElse("").equals(recipient)).toList();
        assertThat(finals).as("final receipt events of %s for %s", jobId, recipient).hasSize(1);
        return finals.getFirst();
    }

    private void assertNotDelivered(String jobId, String recipient, String kind, String reasonPart) {
        JobEvent event = finalOf(jobId, recipient);
        assertThat(event.type()).isEqualTo(EventType.NOT_DELIVERED);
        assertThat(event.receiptKind()).contains(kind);
        assertThat(event.reason()).hasValueSatisfying(reason -> assertThat(reason).contains(reasonPart));
    }

    private SettledCounts settledCounts(String jobId) {
        List<JobEvent> settled = harness.events().forJob(jobId).stream().filter(event -> event.type() == EventType.SETTLED)
                .toList();
        assertThat(settled.stream().map(JobEvent::eventId).distinct()).hasSize(1);
        return settled.getFirst().counts().orElseThrow();
    }

    private InboxPage inbox() {
        return ok(client.inbox(InboxQuery.page(1), MailboxCredentials.of(BOX, PASSWORD)), Function.identity());
    }

    private MailboxQuota storage() {
        return ok(client.quota(MailboxCredentials.of(BOX, PASSWORD)), Function.identity());
    }

    private static <T> T ok(CallOutcome<T> outcome, Function<T, T> then) {
        assertThat(outcome).isInstanceOf(CallOutcome.Ok.class);
        return then.apply(outcome.okValue().orElseThrow());
    }
}
