package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TrovaPecTest {

    static final String KEY = "k-123";
    final TrovaPec trovaPec = new TrovaPec(TrovaPecSettings.defaults().withKey(KEY).withWaits(2)
            .withBalance(new BigDecimal("0.25")), 1);

    private String book(String code) {
        TrovaPecAnswer answer = trovaPec.request(KEY, code);
        assertThat(answer).isInstanceOf(TrovaPecAnswer.Booked.class);
        return ((TrovaPecAnswer.Booked) answer).token();
    }

    @Test
    void shouldAnswerWaitTheConfiguredNumberOfTimesThenTheAddress() {
        String token = book("01234567890");

        assertThat(trovaPec.poll(KEY, token).line()).isEqualTo("WAIT|" + token);
        assertThat(trovaPec.poll(KEY, token).line()).isEqualTo("WAIT|" + token);
        assertThat(trovaPec.poll(KEY, token).line()).isEqualTo("OK|esempio.srl@pec.it|pec trovata");
        assertThat(trovaPec.poll(KEY, token).line()).isEqualTo("OK|esempio.srl@pec.it|pec trovata");
        assertThat(trovaPec.stats()).isEqualTo(new TrovaPecStats(1, 4, 2, 0, 1));
    }

    @Test
    void shouldAnswerNotFoundForACodeOutsideTheDirectory() {
        TrovaPec noWaits = new TrovaPec(TrovaPecSettings.defaults().withKey(KEY).withWaits(0), 1);
        String token = ((TrovaPecAnswer.Booked) noWaits.request(KEY, "98765432109")).token();

        assertThat(noWaits.poll(KEY, token).line()).isEqualTo("OK||pec non trovata");
    }

    @Test
    void shouldBookTokensOfItsOwnForEachCode() {
        assertThat(book("01234567890")).matches("[0-9a-f]{32}").isNotEqualTo(book("12345678901"));
    }

    @Test
    void shouldRefuseARepeatedRequestUntilTheFirstIsDeleted() {
        String first = book("rssmra80a01h501u");

        assertThat(trovaPec.request(KEY, "RSSMRA80A01H501U").line()).isEqualTo("Error|Richiesta già presente");
        assertThat(trovaPec.delete(KEY, "RSSMRA80A01H501U").line()).isEqualTo("OK|richiesta cancellata correttamente");
        assertThat(trovaPec.poll(KEY, first).line()).isEqualTo("ERROR|token non valido");
        assertThat(book("RSSMRA80A01H501U")).isNotEqualTo(first);
    }

    @Test
    void shouldChargeEachBookedSearchAndRefuseOnceTheBalanceCannotCoverIt() {
        assertThat(trovaPec.balance(KEY).line()).isEqualTo("0.25");
        book("01234567890");
        book("12345678901");

        assertThat(trovaPec.balance(KEY).line()).isEqualTo("0.05");
        assertThat(trovaPec.request(KEY, "RSSMRA80A01H501U").line()).isEqualTo("ERROR|saldo insufficiente");
        assertThat(trovaPec.balance()).isEqualByComparingTo("0.05");
    }

    @Test
    void shouldRefuseAWrongOrMissingKeyWithoutSayingWhatTheKeyIs() {
        for (TrovaPecAnswer answer : new TrovaPecAnswer[] {trovaPec.request("wrong", "01234567890"),
                trovaPec.poll(null, "x"), trovaPec.delete("", "01234567890"), trovaPec.balance("k-12")}) {
            assertThat(answer.line()).isEqualTo("ERROR|user-key non valida").doesNotContain(KEY);
        }
        assertThat(trovaPec.stats().errors()).isEqualTo(4);
        assertThat(trovaPec.balance()).isEqualByComparingTo("0.25");
    }

    @Test
    void shouldTellMissingAndMalformedParametersApart() {
        assertThat(trovaPec.request(KEY, null).line()).isEqualTo("ERROR|parametro cf mancante");
        assertThat(trovaPec.request(KEY, "123").line()).isEqualTo("ERROR|partita iva o codice fiscale non valido");
        assertThat(trovaPec.poll(KEY, "").line()).isEqualTo("ERROR|parametro token mancante");
        assertThat(trovaPec.poll(KEY, "feedface").line()).isEqualTo("ERROR|token non valido");
        assertThat(trovaPec.delete(KEY, "01234567890").line()).isEqualTo("ERROR|nessuna richiesta per questo codice");
    }

    @Test
    void shouldFindAnEntryAddedWhileASearchWaits() {
        String token = book("11111111111");
        trovaPec.addTaxCode("11111111111", "Nuova.Srl@PEC.it");

        trovaPec.poll(KEY, token);
        trovaPec.poll(KEY, token);

        assertThat(trovaPec.poll(KEY, token)).isEqualTo(new TrovaPecAnswer.Found("nuova.srl@pec.it"));
    }

    @Test
    void shouldForgetSearchesAndRestoreTheBalanceOnResetButKeepTheDirectory() {
        trovaPec.addTaxCode("11111111111", "nuova.srl@pec.it");
        String token = book("11111111111");

        trovaPec.reset();

        assertThat(trovaPec.poll(KEY, token).line()).isEqualTo("ERROR|token non valido");
        assertThat(trovaPec.balance()).isEqualByComparingTo("0.25");
        assertThat(trovaPec.stats()).isEqualTo(new TrovaPecStats(0, 0, 0, 1, 0));
        String again = book("11111111111");
        trovaPec.poll(KEY, again);
        trovaPec.poll(KEY, again);
        assertThat(trovaPec.poll(KEY, again).line()).isEqualTo("OK|nuova.srl@pec.it|pec trovata");
    }
}
