package io.pecflow.engine.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import io.pecflow.adapter.massiva.CallOutcome;
import io.pecflow.adapter.massiva.MailboxCredentials;
import io.pecflow.adapter.massiva.MessageCode;
import io.pecflow.adapter.massiva.Receipt;
import io.pecflow.adapter.massiva.SendingReceipts;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.event.SettledCounts;
import io.pecflow.engine.job.SendJob;
import io.pecflow.engine.ledger.SendState;
import io.pecflow.engine.ledger.StateRecord;
import io.pecflow.engine.testkit.ManualClock;
import io.pecflow.engine.testkit.RecordingOutbox;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The tracker's decisions, driven by hand: answers are made up, time is moved by hand. */
class ReceiptTrackerTest {

    private static final String BOX = "box@pecmassiva.com";
    private static final MailboxCredentials CREDENTIALS = MailboxCredentials.of(BOX, "pw");
    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

    private final ManualClock clock = new ManualClock(START);
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final ReceiptTracker tracker = new ReceiptTracker(ReceiptSettings.defaults(), clock, outbox,
            address -> Optional.of(CREDENTIALS), ReceiptListener.NONE);

    @Test
    void shouldAskForASendingSoonAfterItWasSubmittedAndNotBefore() {
        tracker.assigned(0, List.of());
        submit("job-1", "a@example.it", "2026112300001001");

        assertThat(calls(tracker)).isEmpty();
        clock.advance(Duration.ofSeconds(5));

        assertThat(calls(tracker)).singleElement().isInstanceOfSatisfying(ReceiptCall.FetchSending.class,
                fetch -> assertThat(fetch.code()).isEqualTo("2026112300001001"));
    }

    @Test
    void shouldPublishEachReceiptOnceThenSettleAndCleanUpAndForgetTheJob() {
        tracker.assigned(0, List.of());
        submit("job-1", "a@example.it", "2026112300001001");
        clock.advance(Duration.ofSeconds(5));
        ReceiptCall.FetchSending fetch = (ReceiptCall.FetchSending) calls(tracker).getFirst();

        tracker.answered(fetched(fetch, receipt("ACCETTAZIONE:", "2026112300001001", START.plusSeconds(1), ""),
                receipt("CONSEGNA:", "2026112300001001", START.plusSeconds(2), "")));

        assertThat(types()).containsExactly(EventType.ACCEPTANCE, EventType.DELIVERED, EventType.SETTLED);
        assertThat(outbox.events().getLast().counts()).contains(new SettledCounts(1, 0, 0, 0, 0));
        ReceiptCall delete = calls(tracker).getFirst();
        assertThat(delete).isInstanceOf(ReceiptCall.DeleteSending.class);

        tracker.answered(new ReceiptAnswer.Deleted((ReceiptCall.DeleteSending) delete, new CallOutcome.Ok<>("ok")));

        assertThat(outbox.states().getLast()).isEqualTo(new StateRecord.TrackingDone("job-1"));
        assertThat(tracker.trackedJobs()).isZero();
        clock.advance(Duration.ofHours(30));
        assertThat(calls(tracker)).isEmpty();
    }

    @Test
    void shouldTellNothingNewWhenTheSameReceiptsComeAgain() {
        tracker.assigned(0, List.of());
        submit("job-1", "a@example.it", "2026112300001001");
        clock.advance(Duration.ofSeconds(5));
        ReceiptCall.FetchSending first = (ReceiptCall.FetchSending) calls(tracker).getFirst();
        tracker.answered(fetched(first, receipt("ACCETTAZIONE:", "2026112300001001", START.plusSeconds(1), "")));
        clock.advance(Duration.ofSeconds(20));
        ReceiptCall.FetchSending second = (ReceiptCall.FetchSending) calls(tracker).getFirst();

        tracker.answered(fetched(second, receipt("ACCETTAZIONE:", "2026112300001001", START.plusSeconds(1), "")));

        assertThat(types()).containsExactly(EventType.ACCEPTANCE);
    }

    @Test
    void shouldGiveUpAfterTheDeadlineWithNoReceipt() {
        tracker.assigned(0, List.of());
        submit("job-1", "a@example.it", "2026112300001001");
        clock.advance(Duration.ofHours(26));

        ReceiptCall.FetchSending fetch = (ReceiptCall.FetchSending) calls(tracker).getFirst();
        tracker.answered(fetched(fetch, receipt("ACCETTAZIONE:", "2026112300001001", START.plusSeconds(1), "")));

        assertThat(types()).containsExactly(EventType.ACCEPTANCE, EventType.NO_RECEIPT, EventType.SETTLED);
    }

    @Test
    void shouldScanTheInboxOfABusyMailboxInsteadOfAskingEachSending() {
        tracker.assigned(0, List.of());
        for (int i = 0; i < 12; i++) {
            submit("job-" + i, "r" + i + "@example.it", Long.toString(2026112300002000L + i));
        }
        List<ReceiptCall> first = calls(tracker);
        assertThat(first).singleElement().isInstanceOf(ReceiptCall.ScanInbox.class);
        List<Receipt> delivered = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            delivered.add(receipt("CONSEGNA:", Long.toString(2026112300002000L + i), START.plusSeconds(2), "", 100 + i));
        }

        tracker.answered(new ReceiptAnswer.Scanned((ReceiptCall.ScanInbox) first.getFirst(), delivered, 1, true, 111,
                Optional.empty()));

        assertThat(outbox.events()).filteredOn(event -> event.type() == EventType.DELIVERED).hasSize(12);
        clock.advance(Duration.ofSeconds(5));
        assertThat(calls(tracker)).as("deletes, as many at once as the mailbox's max-in-flight")
                .allMatch(call -> call instanceof ReceiptCall.DeleteSending).hasSize(4);
    }

    @Test
    void shouldRecoverAnAmbiguousSendFromTheEvidenceFound() {
        tracker.assigned(0, List.of());
        tracker.ended(0, job("job-1", "a@example.it"), 1, 0, List.of("a@example.it"), SendState.AMBIGUOUS,
                Optional.empty(), Optional.of(START));
        clock.advance(Duration.ofSeconds(10));
        ReceiptCall.SearchAcceptance search = (ReceiptCall.SearchAcceptance) calls(tracker).getFirst();
        assertThat(search.subject()).isEqualTo("Avviso job-1");
        assertThat(search.from()).isBefore(START).isAfter(START.minus(Duration.ofMinutes(5)));

        tracker.answered(new ReceiptAnswer.Searched(search, Optional.of(new ReceiptAnswer.Evidence("2026112300003001",
                START.plusSeconds(1))), 2, "searched", Optional.empty()));

        JobEvent recovered = outbox.events().getLast();
        assertThat(recovered.type()).isEqualTo(EventType.SUBMITTED);
        assertThat(recovered.recovered()).isTrue();
        assertThat(recovered.messageCode()).contains("2026112300003001");
        assertThat(calls(tracker)).singleElement().isInstanceOf(ReceiptCall.FetchSending.class);
    }

    @Test
    void shouldLeaveAnAmbiguousSendToAPersonWhenNoEvidenceComesWithinTheWindow() {
        tracker.assigned(0, List.of());
        tracker.ended(0, job("job-1", "a@example.it"), 1, 0, List.of("a@example.it"), SendState.AMBIGUOUS,
                Optional.empty(), Optional.of(START));
        clock.advance(Duration.ofMinutes(31));
        ReceiptCall.SearchAcceptance search = (ReceiptCall.SearchAcceptance) calls(tracker).getFirst();

        tracker.answered(new ReceiptAnswer.Searched(search, Optional.empty(), 1, "searched the inbox for it",
                Optional.empty()));

        assertThat(types()).containsExactly(EventType.AMBIGUOUS, EventType.SETTLED);
        assertThat(outbox.events().getFirst().reason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("needs a person").contains("searched the inbox for it"));
        assertThat(outbox.events().getLast().counts()).contains(new SettledCounts(0, 0, 0, 0, 1));
    }

    @Test
    void shouldResumeFromTheRestoredStateAndAskAgainAtOnce() {
        tracker.assigned(0, List.of());
        submit("job-1", "a@example.it", "2026112300001001");
        StateRecord.Tracking saved = (StateRecord.Tracking) outbox.states().getLast();
        ReceiptTracker restarted = new ReceiptTracker(ReceiptSettings.defaults(), clock, new RecordingOutbox(),
                address -> Optional.of(CREDENTIALS), ReceiptListener.NONE);

        restarted.assigned(0, List.of(saved.receipts()));

        assertThat(restarted.awaiting()).isEqualTo(1);
        assertThat(calls(restarted)).singleElement().isInstanceOf(ReceiptCall.FetchSending.class);
    }

    @Test
    void shouldCountNeverSentRecipientsAndSettleAJobWithoutAnySend() {
        tracker.assigned(0, List.of());
        tracker.ended(0, job("job-1", "a@example.it"), 1, 0, List.of("a@example.it"), SendState.FAILED,
                Optional.empty(), Optional.empty());

        assertThat(types()).containsExactly(EventType.SETTLED);
        assertThat(outbox.events().getLast().counts()).contains(new SettledCounts(0, 0, 0, 1, 0));
        assertThat(outbox.states().getLast()).isEqualTo(new StateRecord.TrackingDone("job-1"));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private void submit(String jobId, String recipient, String code) {
        tracker.ended(0, job(jobId, recipient), 1, 0, List.of(recipient), SendState.SUBMITTED, Optional.of(code),
                Optional.empty());
    }

    private static SendJob job(String jobId, String recipient) {
        return new SendJob(jobId, Optional.empty(), BOX, List.of(recipient), "Avviso " + jobId, "<p>x</p>", List.of(),
                Optional.empty(), Optional.empty(), Map.of());
    }

    /** The calls due now, but the storage check every mailbox gets now and then. */
    private static List<ReceiptCall> calls(ReceiptTracker tracker) {
        return tracker.due().stream().filter(call -> !(call instanceof ReceiptCall.CheckStorage)).toList();
    }

    @Test
    void shouldReadAMailboxsStorageAndWarnOnceAboveTheShare() {
        tracker.assigned(0, List.of());
        submit("job-1", "a@example.it", "2026112300001001");
        ReceiptCall.CheckStorage check = tracker.due().stream().filter(ReceiptCall.CheckStorage.class::isInstance)
                .map(ReceiptCall.CheckStorage.class::cast).findFirst().orElseThrow();

        tracker.answered(new ReceiptAnswer.StorageChecked(check, new CallOutcome.Ok<>(
                new io.pecflow.adapter.massiva.MailboxQuota(900, 1000))));
        clock.advance(Duration.ofMinutes(11));
        ReceiptCall.CheckStorage again = tracker.due().stream().filter(ReceiptCall.CheckStorage.class::isInstance)
                .map(ReceiptCall.CheckStorage.class::cast).findFirst().orElseThrow();
        tracker.answered(new ReceiptAnswer.StorageChecked(again, new CallOutcome.Ok<>(
                new io.pecflow.adapter.massiva.MailboxQuota(950, 1000))));

        assertThat(outbox.events()).filteredOn(event -> event.type() == EventType.MAILBOX_STORAGE_HIGH).singleElement()
                .satisfies(event -> assertThat(event.storage()).hasValueSatisfying(storage ->
                        assertThat(storage.usage()).isEqualTo(900)));
    }

    private List<EventType> types() {
        return outbox.events().stream().map(JobEvent::type).toList();
    }

    private static ReceiptAnswer.Fetched fetched(ReceiptCall.FetchSending call, Receipt... items) {
        return new ReceiptAnswer.Fetched(call, new CallOutcome.Ok<>(new SendingReceipts(new MessageCode(call.code()),
                List.of(items))));
    }

    private static Receipt receipt(String prefix, String code, Instant at, String text) {
        return Receipt.read(prefix + " Avviso " + code, "posta-certificata@pecmassiva.com", BOX, rfc2822(at), text,
                OptionalLong.empty());
    }

    private static Receipt receipt(String prefix, String code, Instant at, String text, long inboxId) {
        return Receipt.read(prefix + " Avviso " + code, "posta-certificata@pecmassiva.com", BOX, rfc2822(at), text,
                OptionalLong.of(inboxId));
    }

    private static String rfc2822(Instant at) {
        return DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH).format(at.atOffset(ZoneOffset.UTC));
    }
}
