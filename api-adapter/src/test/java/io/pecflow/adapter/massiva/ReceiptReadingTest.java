package io.pecflow.adapter.massiva;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReceiptReadingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ACCETTAZIONE: Invio di prova pec massiva 2020082610003492                                   | ACCEPTANCE
            CONSEGNA: Invio di prova pec massiva 2020082610003492                                       | DELIVERY
            POSTA CERTIFICATA: Invio di prova pec massiva 2020082610003492                              | TRANSPORT_ENVELOPE
            AVVISO DI NON ACCETTAZIONE: Fattura 12 202009211526363                                       | NON_ACCEPTANCE
            AVVISO DI MANCATA CONSEGNA: Fattura 12 202009211526363                                       | NON_DELIVERY
            AVVISO DI MANCATA CONSEGNA PER SUP. TEMPO MASSIMO: Fattura 12 202009211526363                | DELIVERY_WARNING
            AVVISO DI MANCATA CONSEGNA PER VIRUS: Fattura 12 202009211526363                             | VIRUS
            PROBLEMA DI SICUREZZA: Fattura 12 202009211526363                                            | VIRUS
            PRESA IN CARICO: Fattura 12 202009211526363                                                  | TAKEN_IN_CHARGE
            ANOMALIA MESSAGGIO: Fattura 12 202009211526363                                               | TRANSPORT_ENVELOPE
            consegna: lower case still counts 202009211526363                                            | DELIVERY
            Re: a reply that is no receipt 202009211526363                                              | UNKNOWN
            ''                                                                                           | UNKNOWN
            """)
    void shouldClassifyBySubjectPrefix(String subject, ReceiptKind expected) {
        assertThat(ReceiptSubject.parse(subject).kind()).isEqualTo(expected);
    }

    @Test
    void shouldTakeTheSendingCodeAndTheOriginalSubjectApart() {
        ReceiptSubject subject = ReceiptSubject.parse("CONSEGNA: Invio di prova pec massiva 2020082610003492");

        assertThat(subject.code()).contains(MessageCode.of("2020082610003492"));
        assertThat(subject.originalSubject()).isEqualTo("Invio di prova pec massiva");
    }

    @Test
    void shouldTakeOnlyTheLastNumberAsTheCodeWhenTheSubjectEndsWithDigitsToo() {
        ReceiptSubject subject = ReceiptSubject.parse("ACCETTAZIONE: Avviso 2024 2020082610003492");

        assertThat(subject.code()).contains(MessageCode.of("2020082610003492"));
        assertThat(subject.originalSubject()).isEqualTo("Avviso 2024");
    }

    @Test
    void shouldGiveNoCodeWhenTheSubjectEndsWithoutOne() {
        assertThat(ReceiptSubject.parse("ACCETTAZIONE: Avviso 2024").code()).isEmpty();
        assertThat(ReceiptSubject.parse(null).kind()).isEqualTo(ReceiptKind.UNKNOWN);
    }

    @Test
    void shouldTellFinalAndFailureKinds() {
        assertThat(ReceiptKind.DELIVERY.isFinal()).isTrue();
        assertThat(ReceiptKind.DELIVERY.isFailure()).isFalse();
        assertThat(ReceiptKind.NON_DELIVERY.isFailure()).isTrue();
        assertThat(ReceiptKind.DELIVERY_WARNING.isFinal()).isFalse();
        assertThat(ReceiptKind.ACCEPTANCE.isFinal()).isFalse();
        assertThat(ReceiptKind.TRANSPORT_ENVELOPE.isReceipt()).isFalse();
        assertThat(ReceiptKind.UNKNOWN.isReceipt()).isFalse();
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "Per conto di: dev-api@pecmassiva.com"                      | dev-api@pecmassiva.com
            "dev-api@pecmassiva.com"                                    | dev-api@pecmassiva.com
            posta-certificata@pecmassiva.com                            | posta-certificata@pecmassiva.com
            Ufficio Protocollo <Protocollo@Comune.Example.IT>           | protocollo@comune.example.it
            "Per conto di: a@b.it" <posta-certificata@provider.it>      | a@b.it
            `  `                                                        | ``
            """)
    void shouldNormaliseRawSenderStrings(String raw, String expected) {
        assertThat(PecAddresses.normalise(raw + " ")).isEqualTo(expected);
    }

    @Test
    void shouldReadBothDateFormatsSeen() {
        assertThat(ProviderDates.parse("Wed, 26 Aug 2020 10:00:35 +0200"))
                .contains(Instant.parse("2020-08-26T08:00:35Z"));
        assertThat(ProviderDates.parse("Mon, 1 Feb 2021 09:05:00 +0100 (CET)"))
                .contains(Instant.parse("2021-02-01T08:05:00Z"));
        assertThat(ProviderDates.parse("2020-08-26 10:00:35")).contains(Instant.parse("2020-08-26T08:00:35Z"));
        assertThat(ProviderDates.parse("2021-01-15 10:00:00")).contains(Instant.parse("2021-01-15T09:00:00Z"));
        assertThat(ProviderDates.parse("yesterday")).isEmpty();
        assertThat(ProviderDates.parse(null)).isEmpty();
    }

    @Test
    void shouldFindTheConcernedRecipientAndTheReasonInAReceiptText() {
        Receipt receipt = Receipt.read("AVVISO DI MANCATA CONSEGNA: Avviso 2020082610003492",
                "posta-certificata@pecmassiva.com", "dev-api@pecmassiva.com", "Wed, 26 Aug 2020 10:00:36 +0200",
                "Il giorno 26/08/2020 alle ore 10:00:36 (+0200) nel messaggio \"Avviso 2020082610003492\" "
                        + "proveniente da \"dev-api@pecmassiva.com\" ed indirizzato a \"Mario.Rossi@Example.it\" "
                        + "è stato rilevato un errore: 5.1.1 - indirizzo non valido.",
                OptionalLong.of(7));

        assertThat(receipt.concernedRecipient()).contains("mario.rossi@example.it");
        assertThat(receipt.reason()).contains("5.1.1 - indirizzo non valido");
        assertThat(receipt.inboxId()).hasValue(7);
        assertThat(receipt.toString()).doesNotContain("Mario");
    }

    @Test
    void shouldKeepAnUnknownItemWithoutFailing() {
        Receipt receipt = Receipt.read("Something else entirely", null, null, "garbage", null, OptionalLong.empty());

        assertThat(receipt.kind()).isEqualTo(ReceiptKind.UNKNOWN);
        assertThat(receipt.date()).isEmpty();
        assertThat(receipt.rawDate()).isEqualTo("garbage");
        assertThat(receipt.reason()).isEmpty();
    }
}
