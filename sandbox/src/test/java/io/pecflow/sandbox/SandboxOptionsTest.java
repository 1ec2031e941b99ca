package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SandboxOptionsTest {

    @Test
    void shouldUseTheDocumentedDefaultsOnTheCommandLine() {
        SandboxOptions o = SandboxOptions.parse(new String[0]);

        assertThat(o.port()).isEqualTo(8089);
        assertThat(o.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(o.token()).isEqualTo("sandbox-token");
        assertThat(o.mailboxes()).isEmpty();
        assertThat(o.timeScale()).isEqualTo(1.0);
        assertThat(o.acceptDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(o.deliveryDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(o.inboxLimitKib()).isEqualTo(1_048_576);
        assertThat(o.minInterval()).isEqualTo(Duration.ofMillis(1000));
        assertThat(o.enforceLimits()).isTrue();
        assertThat(o.receipts()).isTrue();
        assertThat(o.outageFor()).isZero();
        assertThat(o.clock()).isEmpty();
        assertThat(o.pecApi()).isEqualTo(PecApiSettings.defaults());
        assertThat(o.pecApi().certifiedDomains()).contains("legalmail.it", "pec.it", "pecmassiva.com", "pec.example.it")
                .doesNotContain("example.com", "gmail.com");
        assertThat(o.pecApi().activationDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.trovaPec()).isEqualTo(TrovaPecSettings.defaults());
        assertThat(o.trovaPec().key()).isEqualTo("trovapec-key");
        assertThat(o.trovaPec().waits()).isEqualTo(2);
        assertThat(o.trovaPec().balance()).isEqualByComparingTo("100");
    }

    @Test
    void shouldParseThePecApiAndTrovaPecOptions() {
        SandboxOptions o = SandboxOptions.parse(new String[] {
            "--certified-domain", "PEC.Cliente.IT", "--certified-domain=cert.altro.it", "--activation-delay", "0s",
            "--pec-credit", "12.50", "--trovapec-key", "tp", "--trovapec-waits", "0", "--trovapec-balance", "3",
            "--tax-code", "98765432109=Ufficio@pec.cliente.it", "--tax-code", "bncgpp70a01f205x=g.bianchi@pec.it"});

        assertThat(o.pecApi().certifiedDomains()).contains("pec.cliente.it", "cert.altro.it", "legalmail.it");
        assertThat(o.pecApi().activationDelay()).isZero();
        assertThat(o.pecApi().credit()).isEqualByComparingTo("12.50");
        assertThat(o.trovaPec().key()).isEqualTo("tp");
        assertThat(o.trovaPec().waits()).isZero();
        assertThat(o.trovaPec().balance()).isEqualByComparingTo("3");
        assertThat(o.trovaPec().taxCodes()).containsEntry("98765432109", "ufficio@pec.cliente.it")
                .containsEntry("BNCGPP70A01F205X", "g.bianchi@pec.it")
                .containsAllEntriesOf(TrovaPecSettings.DEFAULT_TAX_CODES);
    }

    @Test
    void shouldRejectABlankTrovaPecKey() {
        assertThatThrownBy(() -> SandboxOptions.builder().trovaPecKey(" "))
                .hasMessage("the TrovaPEC key must not be blank");
    }

    @Test
    void shouldNeverPrintTheTrovaPecKey() {
        assertThat(TrovaPecSettings.defaults().withKey("very-secret").toString()).doesNotContain("very-secret");
    }

    @Test
    void shouldDefaultToAFreePortWhenEmbedded() {
        assertThat(SandboxOptions.builder().build().port()).isZero();
    }

    @Test
    void shouldParseEveryOption() {
        SandboxOptions o = SandboxOptions.parse(new String[] {
            "--port", "0", "--bind", "0.0.0.0", "--token", "tok",
            "--mailbox", "a@pecmassiva.com:pw-a", "--mailbox", "b@flat.example.it:pw:with:colons:FLAT",
            "--mailbox=c@pecmassiva.com:pw-c:day=5", "--mailbox", "d@pecmassiva.com:pw-d:MONTH=7",
            "--time-scale", "3600", "--accept-delay", "500ms", "--delivery-delay", "PT3S",
            "--inbox-limit-kib", "2048", "--min-interval-ms", "250", "--no-limits", "--no-receipts",
            "--error-rate", "0.1", "--latency-ms", "20", "--lost-response-rate", "0.05",
            "--unauthorized", "a@pecmassiva.com", "--outage-at", "10", "--outage-for", "2.5", "--seed", "7"});

        assertThat(o.port()).isZero();
        assertThat(o.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(o.token()).isEqualTo("tok");
        assertThat(o.mailboxes()).containsExactly(
                new SandboxMailbox("a@pecmassiva.com", "pw-a", MailboxPlan.STANDARD),
                new SandboxMailbox("b@flat.example.it", "pw:with:colons", MailboxPlan.FLAT),
                new SandboxMailbox("c@pecmassiva.com", "pw-c", MailboxPlan.perDay(5)),
                new SandboxMailbox("d@pecmassiva.com", "pw-d", MailboxPlan.perMonth(7)));
        assertThat(o.timeScale()).isEqualTo(3600);
        assertThat(o.acceptDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(o.deliveryDelay()).isEqualTo(Duration.ofSeconds(3));
        assertThat(o.inboxLimitKib()).isEqualTo(2048);
        assertThat(o.minInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(o.enforceLimits()).isFalse();
        assertThat(o.receipts()).isFalse();
        assertThat(o.errorRate()).isEqualTo(0.1);
        assertThat(o.latency()).isEqualTo(Duration.ofMillis(20));
        assertThat(o.lostResponseRate()).isEqualTo(0.05);
        assertThat(o.unauthorized()).containsExactly("a@pecmassiva.com");
        assertThat(o.outageAt()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.outageFor()).isEqualTo(Duration.ofMillis(2500));
        assertThat(o.seed()).isEqualTo(7);
    }

    @ParameterizedTest
    @CsvSource({"1s,PT1S", "500ms,PT0.5S", "12h,PT12H", "PT1S,PT1S", "5m,PT5M", "2d,PT48H", "1.5s,PT1.5S"})
    void shouldReadDurationsInShortOrIsoForm(String text, String iso) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.parse(iso));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--bogus|unknown option '--bogus'",
        "--port|--port needs a value",
        "--port x|--port: not a whole number: 'x'",
        "--port 70000|port must be between 0 and 65535",
        "--time-scale 0|timeScale must be a positive number",
        "--accept-delay soon|not a duration: 'soon'",
        "--error-rate 1.5|errorRate must be between 0 and 1",
        "--mailbox nobody|expected ADDRESS:PASSWORD[:PLAN]",
        "--mailbox a@b.it:pw:DAY=0|unknown plan 'DAY=0'",
        "--mailbox a@b.it:pw --mailbox A@B.IT:other|mailbox A@B.IT is given twice",
        "--outage-at 5|--outage-at needs --outage-for",
        "--accept-delay 5s --delivery-delay 1s|deliveryDelay (PT1S) must not be shorter than acceptDelay (PT5S)",
        "--no-limits=yes|--no-limits takes no value",
        "--token a --token b|--token is given twice",
        "--certified-domain gmail|--certified-domain: not a domain name: 'gmail'",
        "--activation-delay -5s|not a duration: '-5s'",
        "--activation-delay -PT5S|activationDelay must not be negative",
        "--pec-credit -1|credit must be a non-negative amount in euros",
        "--pec-credit 1.005|credit must be a non-negative amount in euros with at most two decimals",
        "--trovapec-balance lots|--trovapec-balance: not an amount in euros: 'lots'",
        "--trovapec-waits -1|waits must not be negative",
        "--trovapec-key a --trovapec-key b|--trovapec-key is given twice",
        "--tax-code 12345678901|--tax-code: expected CODE=ADDRESS, got '12345678901'",
        "--tax-code 123=a@pec.it|not a VAT number (11 digits) or tax code (16 letters and digits): '123'",
        "--tax-code 12345678901=nobody|not a mail address: 'nobody'"})
    void shouldRejectABadOptionWithAClearMessage(String args, String message) {
        assertThatThrownBy(() -> SandboxOptions.parse(args.split(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void shouldSpotAHelpRequest() {
        assertThat(SandboxOptions.helpRequested(new String[] {"--port", "1", "--help"})).isTrue();
        assertThat(SandboxOptions.helpRequested(new String[] {"--port", "1"})).isFalse();
        assertThat(SandboxOptions.usage()).contains("--mailbox ADDR:PASS[:PLAN]");
    }

    @Test
    void shouldKeepEverythingInToBuilder() {
        SandboxClock clock = SandboxClock.manual(java.time.Instant.EPOCH);
        SandboxOptions o = SandboxOptions.builder().token("x").clock(clock).seed(9).build();

        SandboxOptions copy = o.toBuilder().build();

        assertThat(copy.token()).isEqualTo("x");
        assertThat(copy.clock()).containsSame(clock);
        assertThat(copy.seed()).isEqualTo(9);
    }

    @Test
    void shouldNeverPrintAPassword() {
        assertThat(new SandboxMailbox("a@b.it", "secret", MailboxPlan.FLAT).toString()).doesNotContain("secret");
    }
}
