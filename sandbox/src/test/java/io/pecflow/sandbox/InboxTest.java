package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InboxTest {

    static final Instant T0 = Instant.parse("2020-08-26T08:00:34Z");

    private static Sending sending(String code, long messageKib) {
        return new Sending(code, "a@pecmassiva.com", List.of("x@example.it"), "Oggetto", "Corpo", messageKib, T0);
    }

    private static Receipt receipt(ReceiptKind kind, String code, long secondsAfter) {
        return new Receipt(kind, T0.plusSeconds(secondsAfter), sending(code, 1), "x@example.it");
    }

    @Test
    void shouldLandOnlyDueReceiptsInDueOrderWithIdsFromOne() {
        Inbox inbox = new Inbox(1_000);
        inbox.schedule(receipt(ReceiptKind.DELIVERY, "c1", 2));
        inbox.schedule(receipt(ReceiptKind.ACCEPTANCE, "c1", 1));
        inbox.schedule(receipt(ReceiptKind.DELIVERY_WARNING, "c1", 43_200));

        inbox.deliverDue(T0.plusSeconds(2));

        assertThat(inbox.ofCode("c1")).extracting(i -> i.receipt().kind())
                .containsExactly(ReceiptKind.ACCEPTANCE, ReceiptKind.DELIVERY);
        assertThat(inbox.ofCode("c1")).extracting(InboxItem::id).containsExactly(1L, 2L);
        assertThat(inbox.pendingCount()).isEqualTo(1);
    }

    @Test
    void shouldLandAnEnvelopeBeforeTheDeliveryReceiptOfTheSameMoment() {
        Inbox inbox = new Inbox(1_000);
        inbox.schedule(receipt(ReceiptKind.DELIVERY, "c1", 2));
        inbox.schedule(receipt(ReceiptKind.ENVELOPE, "c1", 2));

        inbox.deliverDue(T0.plusSeconds(2));

        assertThat(inbox.ofCode("c1")).extracting(i -> i.receipt().kind())
                .containsExactly(ReceiptKind.ENVELOPE, ReceiptKind.DELIVERY);
    }

    @Test
    void shouldDropWhatDoesNotFitAndKeepWhatStillFits() {
        Inbox inbox = new Inbox(20);
        inbox.schedule(receipt(ReceiptKind.DELIVERY, "c1", 1)); // 9 KiB
        inbox.schedule(receipt(ReceiptKind.DELIVERY, "c2", 2)); // 9 KiB
        inbox.schedule(receipt(ReceiptKind.DELIVERY, "c3", 3)); // 9 KiB: does not fit
        inbox.schedule(receipt(ReceiptKind.ACCEPTANCE, "c4", 4)); // 8 KiB: does not fit either

        inbox.deliverDue(T0.plusSeconds(10));

        assertThat(inbox.size()).isEqualTo(2);
        assertThat(inbox.usageKib()).isEqualTo(18);
        assertThat(inbox.dropped()).isEqualTo(2);
    }

    @Test
    void shouldFreeSpaceOnDelete() {
        Inbox inbox = new Inbox(100);
        inbox.schedule(receipt(ReceiptKind.ACCEPTANCE, "c1", 1));
        inbox.schedule(receipt(ReceiptKind.DELIVERY, "c1", 2));
        inbox.schedule(receipt(ReceiptKind.ACCEPTANCE, "c2", 3));
        inbox.deliverDue(T0.plusSeconds(3));

        assertThat(inbox.removeCode("c1")).isEqualTo(2);
        assertThat(inbox.remove(3)).isTrue();
        assertThat(inbox.remove(3)).isFalse();
        assertThat(inbox.usageKib()).isZero();
        assertThat(inbox.ofCode("c2")).isEmpty();
    }

    @Test
    void shouldPageNewestFirstAndFilterBySubject() {
        Inbox inbox = new Inbox(10_000);
        for (int i = 0; i < 30; i++) {
            inbox.schedule(receipt(i % 2 == 0 ? ReceiptKind.ACCEPTANCE : ReceiptKind.DELIVERY, "c" + i, i));
        }
        inbox.deliverDue(T0.plusSeconds(100));

        InboxPage first = inbox.page("", 1);
        InboxPage accepted = inbox.page("accettazione", 1);

        assertThat(first.items()).hasSize(25).first().extracting(InboxItem::id).isEqualTo(30L);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(inbox.page("", 2).items()).hasSize(5).last().extracting(InboxItem::id).isEqualTo(1L);
        assertThat(accepted.total()).isEqualTo(15);
        assertThat(accepted.items()).allMatch(i -> i.subject().startsWith("ACCETTAZIONE: "));
    }
}
