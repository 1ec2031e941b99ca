package io.pecflow.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.pecflow.adapter.massiva.MailboxCredentials;
import io.pecflow.adapter.massiva.MessageCode;
import io.pecflow.adapter.massiva.SendOutcome;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.job.SendJob;
import io.pecflow.engine.ledger.PartitionLedger;
import io.pecflow.engine.ledger.SendState;
import io.pecflow.engine.ledger.StateRecord;
import io.pecflow.engine.ratelimit.MailboxLimits;
import io.pecflow.engine.testkit.ManualClock;
import io.pecflow.engine.testkit.RecordingOutbox;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The dispatcher's decisions, without Kafka or HTTP: a recording outbox and a hand-driven clock. */
class DispatcherTest {

    private static final String BOX = "box@pecmassiva.com";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final List<JobEvent> events = outbox.events();
    private final List<StateRecord> states = outbox.states();
    private final Map<Long, SendJob> topic = new HashMap<>();

    private Dispatcher dispatcher(MailboxLimits limits, PartitionLedger ledger) {
        MailboxDirectory mailboxes = new MailboxDirectory(Map.of(BOX, new MailboxDirectory.Mailbox(BOX,
                MailboxCredentials.of(BOX, "pw"), limits)));
        Dispatcher dispatcher = new Dispatcher(new DispatchSettings(true, false, ZoneId.of("Europe/Rome"), 1 << 20,
                Duration.ofMinutes(1), Duration.ZERO, 1), mailboxes,
                new OutcomePolicy(RetryPolicy.defaults(), OutcomePolicy.AmbiguousPolicy.PARK, RandomGenerator.of("L64X128MixRandom")),
                clock, outbox, (partition, offset) -> topic.get(offset), DispatchListener.NONE);
        dispatcher.assigned(0, ledger);
        return dispatcher;
    }

    private SendJob job(String jobId, long offset, String... to) {
        SendJob job = new SendJob(jobId, Optional.empty(), BOX, List.of(to), "Avviso", "<p>b</p>", List.of(),
                Optional.empty(), Optional.empty(), Map.of());
        topic.put(offset, job);
        return job;
    }

    private List<EventType> types() {
        return events.stream().map(JobEvent::type).toList();
    }

    private List<SendTask> scheduleAfter(Dispatcher dispatcher, Duration wait) {
        clock.advance(wait);
        return dispatcher.schedule();
    }

    @Test
    void shouldRecordTheAttemptBeforeHandingOutTheSend() {
        Dispatcher dispatcher = dispatcher(MailboxLimits.standard(), new PartitionLedger());
        dispatcher.accept(0, 10, job("j1", 10, "a@x.it"));

        assertThat(dispatcher.schedule()).as("a new owner waits one interval").isEmpty();
        List<SendTask> tasks = scheduleAfter(dispatcher, Duration.ofSeconds(1));

        assertThat(tasks).singleElement().satisfies(task -> assertThat(task.attempt()).isEqualTo(1));
        assertThat(states).filteredOn(StateRecord.SendUpdate.class::isInstance).map(StateRecord.SendUpdate.class::cast)
                .extracting(StateRecord.SendUpdate::state).containsExactly(SendState.ATTEMPTING);
        assertThat(states).anyMatch(StateRecord.QuotaUsed.class::isInstance);
    }

    @Test
    void shouldSplitAJobIntoOneSendPerRecipientAndCommitOnlyWhenAllAreDone() {
        Dispatcher dispatcher = dispatcher(new MailboxLimits(Duration.ZERO, 0, 0), new PartitionLedger());
        dispatcher.accept(0, 10, job("j1", 10, "a@x.it", "b@x.it"));

        SendTask first = dispatcher.schedule().getFirst();
        dispatcher.completed(new Completion(first, new SendOutcome.Sent(MessageCode.of("2026112309000011"), 1), clock.nanoTime()));
        assertThat(dispatcher.partitions().commitPoints()).containsEntry(0, 10L);
        SendTask second = dispatcher.schedule().getFirst();
        dispatcher.completed(new Completion(second, new SendOutcome.Sent(MessageCode.of("2026112309000012"), 1), clock.nanoTime()));

        assertThat(events).filteredOn(event -> event.type() == EventType.SUBMITTED)
                .extracting(event -> event.recipient().orElseThrow()).containsExactly("a@x.it", "b@x.it");
        assertThat(dispatcher.partitions().commitPoints()).containsEntry(0, 11L);
    }

    @Test
    void shouldCallTheSameJobIdAtAnotherOffsetADuplicate() {
        Dispatcher dispatcher = dispatcher(MailboxLimits.standard(), new PartitionLedger());
        dispatcher.accept(0, 10, job("j1", 10, "a@x.it"));
        dispatcher.accept(0, 11, job("j1", 11, "a@x.it"));

        assertThat(types()).containsExactly(EventType.ACCEPTED, EventType.DUPLICATE);
    }

    @Test
    void shouldTurnAnAttemptWithoutOutcomeIntoAmbiguousAfterARestartAndNeverSendIt() {
        PartitionLedger restored = new PartitionLedger();
        restored.apply(new StateRecord.JobAccepted("j1", BOX, 10, 1));
        restored.apply(new StateRecord.SendUpdate("j1", BOX, 10, 1, 0, SendState.ATTEMPTING, 1, Optional.empty()));
        Dispatcher dispatcher = dispatcher(new MailboxLimits(Duration.ZERO, 0, 0), restored);

        dispatcher.accept(0, 10, job("j1", 10, "a@x.it"));

        assertThat(types()).containsExactly(EventType.AMBIGUOUS);
        assertThat(dispatcher.schedule()).isEmpty();
        assertThat(dispatcher.partitions().commitPoints()).containsEntry(0, 11L);
    }

    @Test
    void shouldResumeWhatWasQueuedAndSkipWhatWasSettledAfterARestart() {
        PartitionLedger restored = new PartitionLedger();
        restored.apply(new StateRecord.JobAccepted("done", BOX, 10, 1));
        restored.apply(new StateRecord.SendUpdate("done", BOX, 10, 1, 0, SendState.SUBMITTED, 1, Optional.of("1")));
        restored.apply(new StateRecord.JobAccepted("queued", BOX, 11, 1));
        Dispatcher dispatcher = dispatcher(new MailboxLimits(Duration.ZERO, 0, 0), restored);

        dispatcher.accept(0, 10, job("done", 10, "a@x.it"));
        dispatcher.accept(0, 11, job("queued", 11, "b@x.it"));

        assertThat(events).isEmpty();
        assertThat(dispatcher.schedule()).singleElement()
                .satisfies(task -> assertThat(task.ref().jobId()).isEqualTo("queued"));
    }

    @Test
    void shouldDeferEveryWaitingSendWhenTheQuotaRunsOutWithoutHoldingBackOthers() {
        Dispatcher dispatcher = dispatcher(new MailboxLimits(Duration.ZERO, 1, 0), new PartitionLedger());
        dispatcher.accept(0, 10, job("j1", 10, "a@x.it"));
        dispatcher.accept(0, 11, job("j2", 11, "b@x.it"));
        dispatcher.accept(0, 12, job("j3", 12, "c@x.it"));

        SendTask sent = dispatcher.schedule().getFirst();
        dispatcher.completed(new Completion(sent, new SendOutcome.Sent(MessageCode.of("2026112309000011"), 1), clock.nanoTime()));
        assertThat(dispatcher.schedule()).isEmpty();

        assertThat(events).filteredOn(event -> event.type() == EventType.DEFERRED)
                .extracting(JobEvent::jobId).containsExactly("j2", "j3");
        assertThat(events).filteredOn(event -> event.type() == EventType.DEFERRED)
                .allSatisfy(event -> assertThat(event.until()).contains(Instant.parse("2026-11-23T23:00:00Z")));
        assertThat(dispatcher.partitions().nextTimedEvent()).contains(Instant.parse("2026-11-23T23:00:00Z"));
        assertThat(scheduleAfter(dispatcher, Duration.ofHours(14))).singleElement()
                .satisfies(task -> assertThat(task.ref().jobId()).isEqualTo("j2"));
    }

    @Test
    void shouldHoldTheJobsOfAMailboxNoLongerConfiguredWithoutProbingIt() {
        Dispatcher dispatcher = dispatcher(new MailboxLimits(Duration.ZERO, 0, 0), new PartitionLedger());
        SendJob stray = new SendJob("stray-1", Optional.empty(), "gone@pecmassiva.com", List.of("a@x.it"), "S", "b",
                List.of(), Optional.empty(), Optional.empty(), Map.of());
        topic.put(10L, stray);
        dispatcher.accept(0, 10, stray);

        assertThat(dispatcher.schedule()).isEmpty();
        assertThat(types()).containsExactly(EventType.ACCEPTED);
        assertThat(dispatcher.partitions().suspendedMailboxes()).isEmpty();
        assertThat(dispatcher.partitions().commitPoints()).containsEntry(0, 10L);
    }

    @Test
    void shouldHoldASuspendedMailboxsSendsWithoutFailingThem() {
        Dispatcher dispatcher = dispatcher(new MailboxLimits(Duration.ZERO, 0, 0), new PartitionLedger());
        dispatcher.accept(0, 10, job("j1", 10, "a@x.it"));
        SendTask task = dispatcher.schedule().getFirst();

        dispatcher.completed(new Completion(task, new SendOutcome.Unauthorized("Authorization is not valid or empty"),
                clock.nanoTime()));

        assertThat(types()).doesNotContain(EventType.FAILED);
        assertThat(dispatcher.schedule()).isEmpty();
        assertThat(dispatcher.partitions().suspendedMailboxes()).singleElement()
                .satisfies(probe -> assertThat(probe.mailbox()).isEqualTo(BOX));
        dispatcher.probed(dispatcher.partitions().suspendedMailboxes().getFirst(), true);
        assertThat(dispatcher.schedule()).singleElement().satisfies(again -> assertThat(again.attempt()).isEqualTo(2));
    }
}
