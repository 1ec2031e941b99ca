package io.pecflow.adapter.massiva;

import static org.assertj.core.api.Assertions.assertThat;

import io.pecflow.adapter.Secret;
import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.PecMassivaSandbox;
import io.pecflow.sandbox.SandboxClock;
import io.pecflow.sandbox.SandboxOptions;
import io.pecflow.sandbox.SandboxStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real client against the running sandbox over real HTTP, through a whole life: send, acceptance,
 * delivery, non-delivery, quota, delete, inbox paging, 401, 429 and a lost response.
 *
 * <p>The sandbox runs on a manual clock: receipts land only when a test moves the clock, and the
 * one-send-a-second check is measured on the same clock's monotonic time, so advancing one second between
 * two sends of a mailbox keeps them legal without any real waiting.
 */
class PecMassivaClientAgainstSandboxIT {

    private static final Instant START = Instant.parse("2026-03-10T09:00:00Z"); // 10:00 in Rome
    private static final String TOKEN = "tok-7Qx9-sandbox";
    private static final String ADDRESS = "ufficio@pecmassiva.com";
    private static final String PASSWORD = "pw-Ufficio#2026";
    private static final String SMALL_ADDRESS = "piccola@pecmassiva.com";
    private static final String SMALL_PASSWORD = "pw-Piccola#1";
    private static final MailboxCredentials MAILBOX = MailboxCredentials.of(ADDRESS, PASSWORD);
    private static final MailboxCredentials SMALL_MAILBOX = MailboxCredentials.of(SMALL_ADDRESS, SMALL_PASSWORD);
    private static final String RECIPIENT = "mario.rossi@example.it";
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    private static SandboxClock clock;
    private static PecMassivaSandbox sandbox;
    private static PecMassivaClient client;

    @BeforeAll
    static void start() {
        clock = SandboxClock.manual(START);
        sandbox = PecMassivaSandbox.start(SandboxOptions.builder().port(0).token(TOKEN).clock(clock)
                .mailbox(ADDRESS, PASSWORD, MailboxPlan.STANDARD)
                .mailbox(SMALL_ADDRESS, SMALL_PASSWORD, MailboxPlan.perDay(1))
                .build());
        client = clientWith(Secret.of(TOKEN));
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    @BeforeEach
    void clean() {
        sandbox.reset();
        clock.advance(Duration.ofSeconds(2)); // clear of the previous test's rate interval
    }

    @Test
    void shouldSendAndThenSeeTheAcceptanceAndTheDeliveryClassifiedWithTheirDates() {
        Instant sentAt = clock.now();
        SendOutcome.Sent sent = sent(client.send(request(RECIPIENT, "Sollecito fattura 42"), MAILBOX));

        assertThat(sent.sentCount()).isEqualTo(1);
        assertThat(sent.code().value()).matches("\\d{15,}");
        assertThat(receipts(sent.code()).items()).as("404 Result empty before any receipt").isEmpty();

        clock.advance(ONE_SECOND);
        assertThat(kinds(sent.code())).containsExactly(ReceiptKind.ACCEPTANCE);

        clock.advance(ONE_SECOND);
        SendingReceipts receipts = receipts(sent.code());
        assertThat(kinds(sent.code())).containsExactly(ReceiptKind.ACCEPTANCE, ReceiptKind.DELIVERY);
        assertThat(receipts.items()).allSatisfy(receipt -> {
            assertThat(receipt.code()).contains(sent.code());
            assertThat(receipt.subject().originalSubject()).isEqualTo("Sollecito fattura 42");
            assertThat(receipt.recipient()).isEqualTo(ADDRESS);
        });
        assertThat(receipts.ofKind(ReceiptKind.ACCEPTANCE).getFirst().date()).contains(sentAt.plusSeconds(1));
        Receipt delivery = receipts.ofKind(ReceiptKind.DELIVERY).getFirst();
        assertThat(delivery.date()).contains(sentAt.plusSeconds(2));
        assertThat(delivery.concernedRecipient()).contains(RECIPIENT);
    }

    @Test
    void shouldReportANonDeliveryWithTheReasonForABouncingRecipient() {
        MessageCode code = sent(client.send(request("nessuno+bounce@example.it", "Diffida"), MAILBOX)).code();
        clock.advance(Duration.ofSeconds(2));

        Receipt failure = receipts(code).ofKind(ReceiptKind.NON_DELIVERY).getFirst();
        assertThat(kinds(code)).containsExactly(ReceiptKind.ACCEPTANCE, ReceiptKind.NON_DELIVERY);
        assertThat(failure.reason()).hasValueSatisfying(reason -> assertThat(reason).contains("5.1.1"));
        assertThat(failure.concernedRecipient()).contains("nessuno+bounce@example.it");
    }

    @Test
    void shouldWarnAfter12HoursAndGiveUpAfter24HoursForALateRecipient() {
        MessageCode code = sent(client.send(request("lento+late@example.it", "Convocazione"), MAILBOX)).code();

        clock.advance(Duration.ofHours(12));
        assertThat(kinds(code)).containsExactly(ReceiptKind.ACCEPTANCE, ReceiptKind.DELIVERY_WARNING);

        clock.advance(Duration.ofHours(12));
        assertThat(kinds(code)).containsExactly(ReceiptKind.ACCEPTANCE, ReceiptKind.DELIVERY_WARNING,
                ReceiptKind.NON_DELIVERY);
        assertThat(receipts(code).ofKind(ReceiptKind.NON_DELIVERY).getFirst().reason())
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("5.4.7"));
    }

    @Test
    void shouldReportAVirusNoticeAndOnlyTheAcceptanceForASilentRecipientEvenAfter48Hours() {
        MessageCode virus = sent(client.send(request("infetto+virus@example.it", "Allegato"), MAILBOX)).code();
        clock.advance(ONE_SECOND);
        MessageCode silent = sent(client.send(request("muto+silent@example.it", "Silenzio"), MAILBOX)).code();

        clock.advance(Duration.ofHours(48));

        assertThat(kinds(virus)).containsExactly(ReceiptKind.ACCEPTANCE, ReceiptKind.VIRUS);
        assertThat(receipts(virus).ofKind(ReceiptKind.VIRUS).getFirst().concernedRecipient())
                .contains("infetto+virus@example.it");
        assertThat(kinds(silent)).containsExactly(ReceiptKind.ACCEPTANCE);
    }

    @Test
    void shouldSeeTheQuotaGrowWithReceiptsAndShrinkWhenTheSendingsReceiptsAreDeleted() {
        long before = ok(client.quota(MAILBOX)).usage();
        MessageCode code = sent(client.send(request(RECIPIENT, "Avviso di pagamento"), MAILBOX)).code();
        clock.advance(Duration.ofSeconds(2));

        MailboxQuota grown = ok(client.quota(MAILBOX));
        assertThat(grown.usage()).isGreaterThan(before);
        assertThat(grown.limit()).isPositive();
        assertThat(ok(client.deleteSendingReceipts(code, MAILBOX))).isNotBlank();

        assertThat(receipts(code).items()).isEmpty();
        assertThat(client.deleteSendingReceipts(code, MAILBOX)).isInstanceOf(CallOutcome.NotFound.class);
        assertThat(ok(client.quota(MAILBOX)).usage()).isLessThan(grown.usage()).isEqualTo(before);
        assertThat(client.quota("Archivio", MAILBOX)).isInstanceOf(CallOutcome.Rejected.class);
    }

    @Test
    void shouldPageThroughMoreThan25InboxMessagesAndFindReadAndDeleteOne() {
        List<MessageCode> codes = new ArrayList<>();
        for (int i = 1; i <= 15; i++) { // two receipts each: 30 inbox messages
            codes.add(sent(client.send(request(RECIPIENT, "Comunicazione n. " + i), MAILBOX)).code());
            clock.advance(ONE_SECOND);
        }
        clock.advance(Duration.ofSeconds(2));

        InboxPage first = ok(client.inbox(InboxQuery.page(1), MAILBOX));
        InboxPage second = ok(client.inbox(InboxQuery.page(2), MAILBOX));
        assertThat(first.total()).isEqualTo(30);
        assertThat(first.pageCount()).isEqualTo(2);
        assertThat(first.items()).hasSize(25);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.total()).isEqualTo(30);
        assertThat(second.items()).hasSize(5);
        assertThat(second.hasNext()).isFalse();
        assertThat(Stream.concat(first.items().stream(), second.items().stream())
                .map(receipt -> receipt.inboxId().orElseThrow()).distinct()).hasSize(30);

        MessageCode wanted = codes.get(7);
        InboxPage found = ok(client.inbox(InboxQuery.search(wanted.value(), 1), MAILBOX));
        assertThat(found.total()).isEqualTo(2);
        assertThat(found.items()).extracting(Receipt::kind)
                .containsExactlyInAnyOrder(ReceiptKind.ACCEPTANCE, ReceiptKind.DELIVERY);
        assertThat(found.items()).allSatisfy(receipt -> assertThat(receipt.code()).contains(wanted));

        long id = found.items().stream().filter(r -> r.kind() == ReceiptKind.DELIVERY).findFirst()
                .orElseThrow().inboxId().orElseThrow();
        InboxMessage message = ok(client.inboxMessage(id, MAILBOX));
        assertThat(message.receipt().kind()).isEqualTo(ReceiptKind.DELIVERY);
        assertThat(message.receipt().code()).contains(wanted);
        assertThat(message.body()).contains("Comunicazione n. 8 " + wanted.value())
                .contains("è stato consegnato nella casella di destinazione");
        assertThat(message.receipt().concernedRecipient()).contains(RECIPIENT);

        assertThat(ok(client.deleteInboxMessage(id, MAILBOX))).isNotBlank();
        assertThat(client.inboxMessage(id, MAILBOX)).isInstanceOf(CallOutcome.NotFound.class);
        assertThat(ok(client.inbox(InboxQuery.page(1), MAILBOX)).total()).isEqualTo(29);
    }

    @Test
    void shouldBeUnauthorizedWithAWrongMailboxPasswordWithoutShowingIt() {
        String wrong = "pw-Sbagliata#9";
        MailboxCredentials badMailbox = MailboxCredentials.of(ADDRESS, wrong);

        SendOutcome send = client.send(request(RECIPIENT, "Prova"), badMailbox);
        CallOutcome<InboxPage> inbox = client.inbox(InboxQuery.page(1), badMailbox);
        CallOutcome<MailboxQuota> quota = client.quota(badMailbox);

        assertThat(send).isInstanceOf(SendOutcome.Unauthorized.class);
        assertThat(inbox).isInstanceOf(CallOutcome.Unauthorized.class);
        assertThat(quota).isInstanceOf(CallOutcome.Unauthorized.class);
        assertThat(Stream.of(send, inbox, quota, badMailbox).map(Object::toString))
                .allSatisfy(text -> assertThat(text).doesNotContain(wrong, PASSWORD, TOKEN));
        SandboxStats.Counters counters = sandbox.stats().mailbox(ADDRESS);
        assertThat(counters.unauthorizedRejections()).isEqualTo(3);
        assertThat(counters.acceptedSends()).isZero();
    }

    @Test
    void shouldBeUnauthorizedWithAWrongTokenWithoutShowingIt() {
        String wrongToken = "tok-Revocato-000";
        try (PecMassivaClient revoked = clientWith(Secret.of(wrongToken))) {
            SendOutcome send = revoked.send(request(RECIPIENT, "Prova"), MAILBOX);
            CallOutcome<SendingReceipts> receipts = revoked.sendingReceipts(MessageCode.of("2026031010000001"), MAILBOX);

            assertThat(send).isInstanceOf(SendOutcome.Unauthorized.class);
            assertThat(receipts).isInstanceOf(CallOutcome.Unauthorized.class);
            assertThat(Stream.of(send, receipts, revoked).map(Object::toString))
                    .allSatisfy(text -> assertThat(text).doesNotContain(wrongToken, PASSWORD, TOKEN));
        }
        assertThat(sandbox.stats().total().unauthorizedRejections()).isEqualTo(2);
        assertThat(sandbox.stats().total().acceptedSends()).isZero();
    }

    @Test
    void shouldBeThrottledWhenOneMailboxSendsTwiceWithinASecond() {
        sent(client.send(request(RECIPIENT, "Primo"), MAILBOX));

        SendOutcome second = client.send(request(RECIPIENT, "Secondo"), MAILBOX);

        assertThat(second).isEqualTo(new SendOutcome.Throttled("Too many requests", Optional.of(ONE_SECOND)));
        SandboxStats.Counters counters = sandbox.stats().mailbox(ADDRESS);
        assertThat(counters.rateViolations()).isEqualTo(1);
        assertThat(counters.acceptedSends()).isEqualTo(1);
        clock.advance(ONE_SECOND);
        sent(client.send(request(RECIPIENT, "Secondo"), MAILBOX));
    }

    @Test
    void shouldBeThrottledWhenTheDailyQuotaIsUsedUpAndSendAgainTheNextDay() {
        sent(client.send(request(SMALL_ADDRESS, RECIPIENT, "Unico del giorno"), SMALL_MAILBOX));
        clock.advance(ONE_SECOND);

        SendOutcome second = client.send(request(SMALL_ADDRESS, RECIPIENT, "Uno di troppo"), SMALL_MAILBOX);

        assertThat(second).isInstanceOfSatisfying(SendOutcome.Throttled.class,
                throttled -> assertThat(throttled.message()).isEqualTo("Daily quota exceeded"));
        assertThat(sandbox.stats().mailbox(SMALL_ADDRESS).quotaRejections()).isEqualTo(1);
        assertThat(sandbox.stats().mailbox(SMALL_ADDRESS).rateViolations()).isZero();
        clock.advance(Duration.ofDays(1));
        sent(client.send(request(SMALL_ADDRESS, RECIPIENT, "Uno di troppo"), SMALL_MAILBOX));
    }

    @Test
    void shouldCallALostAnswerAmbiguousWhileTheSendWasCarriedOutOnceAndNotRetried() {
        sandbox.faults().loseNextResponses(1);

        SendOutcome outcome = client.send(request(RECIPIENT, "Risposta persa"), MAILBOX);

        assertThat(outcome).isInstanceOf(SendOutcome.Ambiguous.class);
        assertThat(outcome.toString()).doesNotContain(PASSWORD, TOKEN);
        SandboxStats.Counters counters = sandbox.stats().mailbox(ADDRESS);
        assertThat(counters.acceptedSends()).isEqualTo(1);
        assertThat(counters.lostResponses()).isEqualTo(1);
        assertThat(counters.rateViolations()).as("a retry would have come within the second").isZero();
        assertThat(sandbox.sends(ADDRESS)).hasSize(1);

        clock.advance(Duration.ofSeconds(2)); // the receipts still tell what happened
        InboxPage found = ok(client.inbox(InboxQuery.search("Risposta persa", 1), MAILBOX));
        assertThat(found.items()).extracting(Receipt::kind)
                .containsExactlyInAnyOrder(ReceiptKind.ACCEPTANCE, ReceiptKind.DELIVERY);
        assertThat(found.items().getFirst().code()).contains(MessageCode.of(sandbox.sends(ADDRESS).getFirst().code()));
    }

    private static PecMassivaClient clientWith(Secret token) {
        return PecMassivaClient.create(PecMassivaConfig.builder(sandbox.baseUrl(), token)
                .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(5)).build());
    }

    private static SendRequest request(String recipient, String subject) {
        return request(ADDRESS, recipient, subject);
    }

    private static SendRequest request(String sender, String recipient, String subject) {
        return SendRequest.of(sender, recipient, subject,
                "<p>Gentile cliente, le scriviamo in merito a: <b>" + subject + "</b>.</p>");
    }

    private static SendOutcome.Sent sent(SendOutcome outcome) {
        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        return (SendOutcome.Sent) outcome;
    }

    private static <T> T ok(CallOutcome<T> outcome) {
        assertThat(outcome).isInstanceOf(CallOutcome.Ok.class);
        return outcome.okValue().orElseThrow();
    }

    private static SendingReceipts receipts(MessageCode code) {
        return ok(client.sendingReceipts(code, MAILBOX));
    }

    private static List<ReceiptKind> kinds(MessageCode code) {
        return receipts(code).items().stream().map(Receipt::kind).toList();
    }
}
