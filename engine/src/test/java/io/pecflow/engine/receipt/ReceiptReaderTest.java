package io.pecflow.engine.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import io.pecflow.adapter.massiva.MessageCode;
import io.pecflow.adapter.massiva.Receipt;
import io.pecflow.adapter.massiva.ReceiptKind;
import io.pecflow.adapter.massiva.SendingReceipts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ReceiptReaderTest {

    private static final String CODE = "2020082610003492";
    private static final Instant SENT = Instant.parse("2020-08-26T08:00:34Z");

    private final ReceiptReader reader = new ReceiptReader();
    private final TrackedMessage submitted = TrackedMessage.submitted(CODE, "job-1", 0, "mario@pec.example.it",
            "dev-api@pecmassiva.com", SENT);

    private static Receipt item(String prefix, String date, String text) {
        return Receipt.read(prefix + " Invio di prova pec massiva " + CODE, "posta-certificata@pecmassiva.com",
                "dev-api@pecmassiva.com", date, text, OptionalLong.empty());
    }

    private static SendingReceipts receipts(Receipt... items) {
        return new SendingReceipts(MessageCode.of(CODE), List.of(items));
    }

    @Test
    void shouldReadTheDocumentsExampleAsAcceptedThenDelivered() {
        ReceiptReader.Reading reading = reader.read(submitted, receipts(
                item("ACCETTAZIONE:", "Wed, 26 Aug 2020 10:00:35 +0200", ""),
                item("POSTA CERTIFICATA:", "Wed, 26 Aug 2020 10:00:35 +0200", "Salve"),
                item("CONSEGNA:", "Wed, 26 Aug 2020 10:00:36 +0200", "Salve")), SENT.plusSeconds(5));

        assertThat(reading.facts()).extracting(ReceiptFact::status)
                .containsExactly(DeliveryStatus.ACCEPTED, DeliveryStatus.DELIVERED);
        assertThat(reading.facts().get(1).at()).isEqualTo(Instant.parse("2020-08-26T08:00:36Z"));
        assertThat(reading.message().status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void shouldTellNothingTwiceAndNeverMoveBack() {
        TrackedMessage delivered = reader.read(submitted, receipts(item("CONSEGNA:", "Wed, 26 Aug 2020 10:00:36 +0200", "")),
                SENT).message();

        ReceiptReader.Reading again = reader.read(delivered, receipts(
                item("ACCETTAZIONE:", "Wed, 26 Aug 2020 10:00:35 +0200", ""),
                item("CONSEGNA:", "Wed, 26 Aug 2020 10:00:36 +0200", "")), SENT.plusSeconds(60));

        assertThat(again.facts()).isEmpty();
        assertThat(again.message().status()).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void shouldGiveTheReasonOfANonDelivery() {
        ReceiptReader.Reading reading = reader.read(submitted, receipts(item("AVVISO DI MANCATA CONSEGNA:",
                "Wed, 26 Aug 2020 10:00:37 +0200", "Il giorno ... ed indirizzato a \"mario@pec.example.it\" "
                        + "è stato rilevato un errore: 5.1.1 - indirizzo non valido")), SENT);

        assertThat(reading.facts()).singleElement().satisfies(fact -> {
            assertThat(fact.status()).isEqualTo(DeliveryStatus.NOT_DELIVERED);
            assertThat(fact.receiptKind()).contains(ReceiptKind.NON_DELIVERY);
            assertThat(fact.reason()).contains("5.1.1 - indirizzo non valido");
        });
    }

    @Test
    void shouldReportTheTwelveHourWarningBeforeTheFinalNotice() {
        ReceiptReader.Reading warned = reader.read(submitted, receipts(
                item("AVVISO DI MANCATA CONSEGNA PER SUP. TEMPO MASSIMO:", "Wed, 26 Aug 2020 22:00:35 +0200", "")), SENT);

        assertThat(warned.facts()).extracting(ReceiptFact::status).containsExactly(DeliveryStatus.WARNED);
        assertThat(warned.message().status().isFinal()).isFalse();
    }

    @Test
    void shouldIgnoreReceiptsAboutAnotherRecipientOfTheSameSending() {
        ReceiptReader.Reading reading = reader.read(submitted, receipts(item("CONSEGNA:",
                "Wed, 26 Aug 2020 10:00:36 +0200", "... ed indirizzato a \"luigi@pec.example.it\" è stato consegnato")), SENT);

        assertThat(reading.facts()).isEmpty();
    }

    @Test
    void shouldKeepUnknownSubjectsAsideWithoutFailing() {
        ReceiptReader.Reading reading = reader.read(submitted, receipts(item("Re: Fwd:", "garbage", "")), SENT);

        assertThat(reading.facts()).isEmpty();
        assertThat(reading.unknown()).hasSize(1);
    }

    @Test
    void shouldGiveUpAsNoReceiptOnlyAfterTwentyFourHoursAndTheMargin() {
        PollSchedule schedule = PollSchedule.defaults();

        assertThat(reader.expire(submitted, schedule, SENT.plus(Duration.ofHours(24)))).isEmpty();
        assertThat(reader.expire(submitted, schedule, SENT.plus(Duration.ofHours(25))))
                .hasValueSatisfying(fact -> assertThat(fact.status()).isEqualTo(DeliveryStatus.NO_RECEIPT));
    }

    @Test
    void shouldPollSoonThenBackOffThenAroundTheMarks() {
        PollSchedule schedule = PollSchedule.defaults();
        assertThat(schedule.nextPollAfter(SENT, SENT)).contains(SENT.plusSeconds(5));
        assertThat(schedule.nextPollAfter(SENT, SENT.plusSeconds(5))).contains(SENT.plusSeconds(20));
        assertThat(schedule.nextPollAfter(SENT, SENT.plus(Duration.ofHours(24).plusMinutes(6))))
                .contains(schedule.deadline(submitted));
        assertThat(schedule.nextPollAfter(SENT, schedule.deadline(submitted))).isEmpty();
        assertThat(schedule.steps()).contains(Duration.ofHours(12).plusMinutes(5), Duration.ofHours(24).plusMinutes(5));
    }
}
