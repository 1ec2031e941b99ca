package io.pecflow.engine.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.pecflow.adapter.pec.DomainCheck;
import io.pecflow.adapter.pec.PecApiOutcome;
import io.pecflow.adapter.trovapec.DeleteOutcome;
import io.pecflow.adapter.trovapec.PollOutcome;
import io.pecflow.adapter.trovapec.RequestOutcome;
import io.pecflow.adapter.trovapec.TrovaPecToken;
import io.pecflow.adapter.trovapec.Unreachable;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.job.SendJob;
import io.pecflow.engine.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resolve stage's decisions, driven by hand: answers are made up, time is moved by hand. */
class ResolverTest {

    private static final String BOX = "box@pecmassiva.com";
    private static final String CODE = "01234567890";
    private static final String FOUND = "esempio.srl@pec.it";
    private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration POLL_EVERY = Duration.ofSeconds(30);

    private final ManualClock clock = new ManualClock(START);
    private final RecordingOutbox outbox = new RecordingOutbox();
    private Resolver resolver = resolver(ResolveSettings.defaults());

    @BeforeEach
    void ownPartitionZero() {
        resolver.assigned(0);
    }

    @Test
    void shouldBookASearchWriteItsTokenAndPollItOnlyAfterPollEvery() {
        resolver.accept(0, 0, job("j1", List.of(), List.of(CODE), false), 100);

        assertThat(resolver.due()).containsExactly(new ResolveCall.RequestLookup(CODE));
        resolver.answered(new ResolveAnswer.Requested(CODE, new RequestOutcome.Accepted(TrovaPecToken.of("t1"))));

        assertThat(outbox.states).containsExactly(new ResolveRecord.PendingLookup(CODE, "t1", START));
        assertThat(resolver.due()).isEmpty();
        assertThat(resolver.nextDue()).contains(START.plus(POLL_EVERY));
        clock.advance(POLL_EVERY);
        assertThat(resolver.due()).containsExactly(new ResolveCall.PollLookup(CODE, "t1"));
    }

    @Test
    void shouldPublishResolvedAndForwardTheJobToTheAddressFoundAndTheOthers() {
        resolver.accept(0, 0, job("j1", List.of("a@pec.x.example"), List.of(CODE), false), 100);
        pollUntilAnswered(CODE, new PollOutcome.Found("Esempio.SRL@pec.it"));

        JobEvent resolved = outbox.events.getFirst();
        assertThat(resolved.type()).isEqualTo(EventType.RESOLVED);
        assertThat(resolved.taxCode()).contains(CODE);
        assertThat(resolved.recipient()).contains(FOUND);
        assertThat(outbox.forwarded).singleElement().satisfies(job -> {
            assertThat(job.to()).containsExactly("a@pec.x.example", FOUND);
            assertThat(job.toTaxCodes()).isEmpty();
        });
        assertThat(outbox.states).contains(new ResolveRecord.Answer(CODE, Optional.of(FOUND),
                START.plus(POLL_EVERY.multipliedBy(2))),
                new ResolveRecord.LookupClosed(CODE));
        assertThat(resolver.commitPoints()).isEqualTo(Map.of(0, 1L));
    }

    @Test
    void shouldPublishNotResolvedAndRejectTheJobWhenNoRecipientIsLeft() {
        resolver.accept(0, 0, job("j1", List.of(), List.of(CODE), false), 100);
        pollUntilAnswered(CODE, new PollOutcome.NotFound());

        assertThat(outbox.events).extracting(JobEvent::type).containsExactly(EventType.NOT_RESOLVED, EventType.REJECTED);
        assertThat(outbox.events.getFirst().reason()).contains("TrovaPEC found no PEC address for this tax code");
        assertThat(outbox.events.getLast().recipient()).isEmpty();
        assertThat(outbox.events.getLast().reason()).contains("no recipient left to send to: toTaxCodes[0]: TrovaPEC"
                + " found no PEC address for this tax code");
        assertThat(outbox.forwarded).isEmpty();
    }

    @Test
    void shouldShareOneSearchBetweenJobsWaitingForTheSameCodeAndAnswerLaterOnesFromTheCache() {
        resolver.accept(0, 0, job("j1", List.of(), List.of(CODE), false), 100);
        resolver.accept(0, 1, job("j2", List.of(), List.of(CODE), false), 100);
        pollUntilAnswered(CODE, new PollOutcome.Found(FOUND));
        assertThat(outbox.forwarded).extracting(SendJob::jobId).containsExactly("j1", "j2");

        clock.advance(Duration.ofDays(29));
        resolver.accept(0, 2, job("j3", List.of(), List.of(CODE), false), 100);

        assertThat(outbox.forwarded).extracting(SendJob::jobId).containsExactly("j1", "j2", "j3");
        assertThat(resolver.due()).isEmpty();
        clock.advance(Duration.ofDays(2));
        resolver.accept(0, 3, job("j4", List.of(), List.of(CODE), false), 100);
        assertThat(resolver.due()).containsExactly(new ResolveCall.RequestLookup(CODE));
    }

    @Test
    void shouldGoOnPollingARestoredTokenWithoutBookingAgain() {
        resolver.restored(new ResolveRecord.PendingLookup(CODE, "t1", START.minusSeconds(600)));
        resolver.accept(0, 0, job("j1", List.of(), List.of(CODE), false), 100);

        assertThat(resolver.due()).containsExactly(new ResolveCall.PollLookup(CODE, "t1"));
    }

    @Test
    void shouldTakeAnAnswerAnotherInstanceWroteForAWaitingJob() {
        resolver.accept(0, 0, job("j1", List.of(), List.of(CODE), false), 100);

        resolver.restored(new ResolveRecord.Answer(CODE, Optional.of(FOUND), START));

        assertThat(outbox.forwarded).singleElement().satisfies(job -> assertThat(job.to()).containsExactly(FOUND));
    }

    @Test
    void shouldDeleteASearchOnFileWhoseTokenIsUnknownThenBookItAnew() {
        resolver.accept(0, 0, job("j1", List.of(), List.of(CODE), false), 100);
        resolver.due();

        resolver.answered(new ResolveAnswer.Requested(CODE, new RequestOutcome.AlreadyRequested("Richiesta già presente")));
        assertThat(resolver.due()).containsExactly(new ResolveCall.DeleteLookup(CODE));
        resolver.answered(new ResolveAnswer.Deleted(CODE, new DeleteOutcome.Deleted("richiesta cancellata correttamente")));

        assertThat(resolver.due()).containsExactly(new ResolveCall.RequestLookup(CODE));
    }

    @Test
    void shouldWaitAndAskAgainWhileTrovaPecIsUnreachable() {
        resolver.accept(0, 0, job("j1", List.of(), List.of(CODE), false), 100);
        resolver.due();

        resolver.answered(new ResolveAnswer.Requested(CODE, new Unreachable("connection refused")));

        assertThat(resolver.due()).isEmpty();
        assertThat(outbox.events).isEmpty();
        clock.advance(POLL_EVERY);
        assertThat(resolver.due()).containsExactly(new ResolveCall.RequestLookup(CODE));
        assertThat(resolver.commitPoints()).isEqualTo(Map.of(0, 0L));
    }

    @Test
    void shouldRejectARecipientOfAnUncertifiedDomainAndSendToTheOthers() {
        resolver.accept(0, 0, job("j1", List.of("mario@gmail.com", "anna@pec.it", "luca@pec.it"), List.of(), true), 100);

        assertThat(resolver.due()).containsExactlyInAnyOrder(new ResolveCall.CheckDomain("gmail.com"),
                new ResolveCall.CheckDomain("pec.it"));
        resolver.answered(checked("pec.it", true));
        resolver.answered(checked("gmail.com", false));

        assertThat(outbox.events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.REJECTED);
            assertThat(event.recipient()).contains("mario@gmail.com");
            assertThat(event.reason()).contains("recipient mario@gmail.com: gmail.com is not a certified (PEC) domain");
        });
        assertThat(outbox.forwarded).singleElement().satisfies(job -> assertThat(job.to())
                .containsExactly("anna@pec.it", "luca@pec.it"));
    }

    @Test
    void shouldKeepAJobWaitingWhileThePecApiIsDownThenSendItOnceItAnswers() {
        resolver.accept(0, 0, job("j1", List.of("anna@pec.it"), List.of(), true), 100);
        resolver.due();

        resolver.answered(new ResolveAnswer.DomainChecked("pec.it",
                new PecApiOutcome.Unavailable<>("service temporarily unavailable", OptionalInt.of(402))));

        assertThat(outbox.events).isEmpty();
        assertThat(outbox.forwarded).isEmpty();
        assertThat(resolver.due()).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(resolver.due()).containsExactly(new ResolveCall.CheckDomain("pec.it"));
        resolver.answered(checked("pec.it", true));
        assertThat(outbox.forwarded).singleElement().satisfies(job -> assertThat(job.to()).containsExactly("anna@pec.it"));
    }

    @Test
    void shouldSendUncheckedWhileThePecApiIsDownWhenThePolicyIsSend() {
        resolver = resolver(new ResolveSettings(false, Duration.ofHours(24), ResolveSettings.WhenUnavailable.SEND,
                Duration.ofSeconds(30), POLL_EVERY, Duration.ofDays(30), true, true));
        resolver.assigned(0);
        resolver.accept(0, 0, job("j1", List.of("anna@pec.it"), List.of(), true), 100);
        resolver.due();

        resolver.answered(new ResolveAnswer.DomainChecked("pec.it", new PecApiOutcome.Unreachable<>("refused", false)));

        assertThat(outbox.forwarded).singleElement().satisfies(job -> assertThat(job.to()).containsExactly("anna@pec.it"));
        resolver.accept(0, 1, job("j2", List.of("anna@pec.it"), List.of(), true), 100);
        assertThat(resolver.due()).containsExactly(new ResolveCall.CheckDomain("pec.it"));
    }

    @Test
    void shouldCheckEveryJobUnderRequireCertifiedButNotTheAddressesFoundByTaxCode() {
        resolver = resolver(new ResolveSettings(true, Duration.ofHours(24), ResolveSettings.WhenUnavailable.WAIT,
                Duration.ofSeconds(30), POLL_EVERY, Duration.ofDays(30), true, true));
        resolver.assigned(0);
        resolver.accept(0, 0, job("j1", List.of("anna@pec.it"), List.of(CODE), false), 100);

        assertThat(resolver.due()).containsExactlyInAnyOrder(new ResolveCall.CheckDomain("pec.it"),
                new ResolveCall.RequestLookup(CODE));
        resolver.answered(checked("pec.it", true));
        pollUntilAnswered(CODE, new PollOutcome.Found("someone@gmail.com"));

        assertThat(outbox.forwarded).singleElement().satisfies(job -> assertThat(job.to())
                .containsExactly("anna@pec.it", "someone@gmail.com"));
    }

    @Test
    void shouldCommitOnlyBelowAWaitingJobAndSkipTheJobsFinishedAboveItAfterARestart() {
        resolver.accept(0, 0, job("j1", List.of(), List.of(CODE), false), 100);
        resolver.accept(0, 1, job("j2", List.of("anna@pec.it"), List.of(), false), 100);

        assertThat(resolver.commitPoints()).isEqualTo(Map.of(0, 0L));
        ResolveRecord.JobDone done = new ResolveRecord.JobDone(0, 1, "j2");
        assertThat(outbox.states).containsExactly(done);

        Resolver restarted = resolver(ResolveSettings.defaults());
        restarted.restored(done);
        restarted.assigned(0);
        restarted.accept(0, 0, job("j1", List.of(), List.of(CODE), false), 100);
        restarted.accept(0, 1, job("j2", List.of("anna@pec.it"), List.of(), false), 100);

        assertThat(outbox.forwarded).extracting(SendJob::jobId).containsExactly("j2");
        restarted.restored(new ResolveRecord.Answer(CODE, Optional.of(FOUND), START));
        assertThat(restarted.commitPoints()).isEqualTo(Map.of(0, 2L));
        assertThat(outbox.states).contains(new ResolveRecord.DoneForgotten(0, 1));
    }

    @Test
    void shouldRejectAJobWithTaxCodesAtOnceWhenNoTrovaPecKeyIsConfigured() {
        resolver = resolver(new ResolveSettings(false, Duration.ofHours(24), ResolveSettings.WhenUnavailable.WAIT,
                Duration.ofSeconds(30), POLL_EVERY, Duration.ofDays(30), false, true));
        resolver.assigned(0);

        resolver.accept(0, 0, job("j1", List.of("anna@pec.it"), List.of(CODE), false), 100);

        assertThat(outbox.events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.REJECTED);
            assertThat(event.reason().orElseThrow()).contains("pecflow.trovapec.key");
        });
        assertThat(resolver.due()).isEmpty();
        assertThat(resolver.commitPoints()).isEqualTo(Map.of(0, 1L));
    }

    /** The search of the code is due or in flight; it is booked, waits once, then gets the answer. */
    private void pollUntilAnswered(String code, PollOutcome answer) {
        resolver.due();
        resolver.answered(new ResolveAnswer.Requested(code, new RequestOutcome.Accepted(TrovaPecToken.of("t1"))));
        clock.advance(POLL_EVERY);
        assertThat(resolver.due()).contains(new ResolveCall.PollLookup(code, "t1"));
        resolver.answered(new ResolveAnswer.Polled(code, "t1", new PollOutcome.Wait(TrovaPecToken.of("t1"))));
        clock.advance(POLL_EVERY);
        assertThat(resolver.due()).contains(new ResolveCall.PollLookup(code, "t1"));
        resolver.answered(new ResolveAnswer.Polled(code, "t1", answer));
    }

    private static ResolveAnswer checked(String domain, boolean certified) {
        return new ResolveAnswer.DomainChecked(domain, new PecApiOutcome.Ok<>(new DomainCheck(domain, certified, "",
                List.of())));
    }

    private Resolver resolver(ResolveSettings settings) {
        return new Resolver(settings, clock, outbox, ResolveListener.NONE);
    }

    private static SendJob job(String jobId, List<String> to, List<String> codes, boolean check) {
        return new SendJob(jobId, Optional.empty(), BOX, to, "Avviso " + jobId, "<p>x</p>", List.of(), Optional.empty(),
                Optional.empty(), Map.of(), codes, check);
    }

    /** Keeps what the resolver puts out, in order. */
    private static final class RecordingOutbox implements ResolveOutbox {
        final List<ResolveRecord> states = new ArrayList<>();
        final List<JobEvent> events = new ArrayList<>();
        final List<SendJob> forwarded = new ArrayList<>();

        @Override
        public void state(ResolveRecord record) {
            states.add(record);
        }

        @Override
        public void event(JobEvent event) {
            events.add(event);
        }

        @Override
        public void forward(SendJob job) {
            forwarded.add(job);
        }
    }
}
