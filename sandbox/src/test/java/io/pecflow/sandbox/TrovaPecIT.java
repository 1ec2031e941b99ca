package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** TrovaPEC at {@code /index_ws.php}: form posts, result polls, plain-text answers. */
class TrovaPecIT extends ManualSandboxIT {

    static final String KEY = "tp-secret-key";

    @BeforeAll
    static void start() {
        startSandbox(SandboxOptions.builder().trovaPecKey(KEY).trovaPecWaits(2)
                .taxCode("98765432109", "ufficio@pec.cliente.it").trovaPecBalance(new BigDecimal("1.00")), "t");
    }

    private static String book(String code) {
        SandboxHttp.Text booked = http.form("/index_ws.php", "key=" + KEY + "&cf=" + code);
        assertThat(booked.status()).isEqualTo(200);
        assertThat(booked.body()).startsWith("OK|");
        return booked.body().substring(3);
    }

    private static String poll(String token) {
        return http.text("GET", "/index_ws.php?key=" + KEY + "&token=" + token).body();
    }

    @Test
    void shouldAnswerWaitTwiceThenThePecOfAConfiguredTaxCode() {
        String token = book("98765432109");

        List<String> answers = new ArrayList<>();
        String answer;
        do {
            answer = poll(token);
            answers.add(answer);
        } while (answer.startsWith("WAIT|") && answers.size() < 10);

        assertThat(answers).containsExactly("WAIT|" + token, "WAIT|" + token, "OK|ufficio@pec.cliente.it|pec trovata");
        assertThat(sandbox.trovaPecStats()).isEqualTo(new TrovaPecStats(1, 3, 2, 0, 1));
    }

    @Test
    void shouldAnswerInPlainTextUtf8() {
        book("01234567890");

        SandboxHttp.Text repeated = http.form("/index_ws.php", "key=" + KEY + "&cf=01234567890");

        assertThat(repeated.header("Content-Type")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(repeated.body()).isEqualTo("Error|Richiesta già presente");
    }

    @Test
    void shouldSayNotFoundForACodeOutsideTheDirectory() {
        String token = book("55555555555");
        poll(token);
        poll(token);

        assertThat(poll(token)).isEqualTo("OK||pec non trovata");
    }

    @Test
    void shouldDeleteARequestSoTheCodeCanBeAskedAgain() {
        book("RSSMRA80A01H501U");

        SandboxHttp.Text deleted = http.form("/index_ws.php", "key=" + KEY + "&cf-delete=RSSMRA80A01H501U");

        assertThat(deleted.body()).isEqualTo("OK|richiesta cancellata correttamente");
        book("RSSMRA80A01H501U");
    }

    @Test
    void shouldLowerTheBalanceWithEachRequest() {
        assertThat(http.form("/index_ws.php", "key=" + KEY + "&saldo").body()).isEqualTo("1.00");
        book("01234567890");
        book("12345678901");

        assertThat(http.form("/index_ws.php", "saldo=&key=" + KEY).body()).isEqualTo("0.80");
        assertThat(sandbox.trovaPecBalance()).isEqualByComparingTo("0.80");
    }

    @Test
    void shouldAcceptTheFieldsAsQueryParametersOfAPost() {
        assertThat(http.form("/index_ws.php?key=" + KEY + "&cf=12345678901", "").body()).startsWith("OK|");
    }

    @Test
    void shouldAnswerAWrongKeyWithAnErrorThatNeverEchoesAKey() {
        SandboxHttp.Text post = http.form("/index_ws.php", "key=not-" + KEY + "&cf=01234567890");
        SandboxHttp.Text get = http.text("GET", "/index_ws.php?key=wrong&token=abc");

        assertThat(post.status()).isEqualTo(200);
        assertThat(post.body()).isEqualTo("ERROR|user-key non valida");
        assertThat(get.body()).isEqualTo("ERROR|user-key non valida");
        assertThat(sandbox.trovaPecStats().errors()).isEqualTo(2);
        assertThat(sandbox.trovaPecBalance()).isEqualByComparingTo("1.00");
    }

    @Test
    void shouldNeedNoBearerTokenButRefuseOtherMethodsAndPaths() {
        SandboxHttp.Text put = http.text("PUT", "/index_ws.php");
        SandboxHttp.Text elsewhere = http.text("GET", "/index_ws.php/more");

        assertThat(put.status()).isEqualTo(405);
        assertThat(put.header("Allow")).isEqualTo("GET, POST");
        assertThat(elsewhere.status()).isEqualTo(404);
    }

    @Test
    void shouldForgetSearchesOnReset() {
        String token = book("01234567890");

        http.admin("POST", "/_sandbox/reset", null);

        assertThat(poll(token)).isEqualTo("ERROR|token non valido");
        assertThat(sandbox.trovaPecBalance()).isEqualByComparingTo("1.00");
    }

    @Test
    void shouldFindATaxCodeAddedWhileRunning() {
        sandbox.addTaxCode("22222222222", "nuova@pec.it");
        String token = book("22222222222");
        poll(token);
        poll(token);

        assertThat(poll(token)).isEqualTo("OK|nuova@pec.it|pec trovata");
    }
}
