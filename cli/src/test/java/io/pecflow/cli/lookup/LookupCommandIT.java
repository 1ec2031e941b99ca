package io.pecflow.cli.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import io.pecflow.cli.ExitCode;
import io.pecflow.cli.testkit.Cli;
import io.pecflow.cli.testkit.Cli.Result;
import io.pecflow.cli.testkit.Json;
import io.pecflow.sandbox.PecMassivaSandbox;
import io.pecflow.sandbox.SandboxOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code lookup} against the sandbox's TrovaPEC over real HTTP. */
class LookupCommandIT {

    private static final String KEY = "trovapec-it-key-7788";

    private static PecMassivaSandbox sandbox;
    private static Cli cli;

    @BeforeAll
    static void startSandbox() {
        sandbox = PecMassivaSandbox.start(SandboxOptions.builder().port(0).trovaPecKey(KEY).trovaPecWaits(2)
                .taxCode("09876543210", "ufficio@pec.esempio.it").build());
        cli = Cli.withEnv("PECFLOW_TROVAPEC_URL", sandbox.baseUrl().toString(), "PECFLOW_TROVAPEC_KEY", KEY);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void shouldWaitThroughTheServicesWaitAnswersUntilItNamesTheAddress() {
        Result found = cli.run("lookup", "09876543210", "--poll-interval", "50ms");

        assertThat(found.exitCode()).as(found.toString()).isZero();
        assertThat(found.out()).contains("address  ufficio@pec.esempio.it").contains("found    yes");
        assertThat(found.err()).contains("asking TrovaPEC for 09876543210 ...");
    }

    @Test
    void shouldSayInJsonWhenNoAddressIsFound() {
        Result result = cli.run("lookup", "11111111111", "--poll-interval", "50ms", "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode json = Json.read(result.out());
        assertThat(json.path("found").booleanValue()).isFalse();
        assertThat(json.path("taxCode").stringValue()).isEqualTo("11111111111");
    }

    @Test
    void shouldGiveUpAtTheTimeoutAndSearchAgainWithForce() {
        Result timedOut = cli.run("lookup", "RSSMRA80A01H501U", "--poll-interval", "60ms", "--timeout", "100ms");
        assertThat(timedOut.exitCode()).as(timedOut.toString()).isEqualTo(ExitCode.TIMED_OUT);
        assertThat(timedOut.err()).contains("TrovaPEC had no answer");

        Result already = cli.run("lookup", "RSSMRA80A01H501U", "--poll-interval", "50ms");
        assertThat(already.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(already.err()).contains("already on file").contains("--force");

        Result forced = cli.run("lookup", "rssmra80a01h501u", "--poll-interval", "50ms", "--force");
        assertThat(forced.exitCode()).as(forced.toString()).isZero();
        assertThat(forced.out()).contains("mario.rossi@pec.it");
    }

    @Test
    void shouldRefuseACodeOfNeitherShape() {
        Result result = cli.run("lookup", "12345");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("a tax code is either a VAT number (11 digits) or a personal tax code");
    }

    @Test
    void shouldReportAWrongKeyWithoutShowingIt() {
        Result result = Cli.withEnv("PECFLOW_TROVAPEC_URL", sandbox.baseUrl().toString())
                .run("lookup", "01234567890", "--trovapec-key", "wrong-key-5521", "--verbose");

        assertThat(result.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(result.err()).contains("TrovaPEC refused the search").contains("pecflow.trovapec.key = ***");
        assertThat(result.all()).doesNotContain("wrong-key-5521");
    }
}
