package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SandboxMainTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private SandboxMain.Launch launch(String... args) {
        return SandboxMain.launch(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void shouldExitWithCode2OnABadOption() {
        assertThat(launch("--time-scale", "fast")).isEqualTo(new SandboxMain.Launch.Exit(2));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--time-scale: not a number: 'fast'");
    }

    @Test
    void shouldPrintTheHelpAndExitWithCode0() {
        assertThat(launch("--help")).isEqualTo(new SandboxMain.Launch.Exit(0));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage:").contains("--lost-response-rate");
    }

    @Test
    void shouldStartWithTheDemoMailboxesAndPrintTheReadyLine() {
        SandboxMain.Launch launch = launch("--port", "0");

        assertThat(launch).isInstanceOf(SandboxMain.Launch.Started.class);
        try (PecMassivaSandbox sandbox = ((SandboxMain.Launch.Started) launch).sandbox()) {
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(sandbox.mailboxes()).containsExactlyInAnyOrderElementsOf(SandboxMain.DEMO_MAILBOXES);
            assertThat(printed).contains("demo1@pecmassiva.com").contains("Bearer token: sandbox-token")
                    .contains("TrovaPEC: " + sandbox.baseUrl() + "/index_ws.php  key trovapec-key")
                    .contains("PEC Massiva sandbox listening on " + sandbox.baseUrl());
        }
    }

    @Test
    void shouldNeverPrintATokenOrKeyGivenOnTheCommandLine() {
        SandboxMain.Launch launch = launch("--port", "0", "--token", "tok-given", "--trovapec-key", "key-given");

        try (PecMassivaSandbox sandbox = ((SandboxMain.Launch.Started) launch).sandbox()) {
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("Bearer token: (as given)").contains("/index_ws.php  key (as given)")
                    .doesNotContain("tok-given").doesNotContain("key-given");
            assertThat(sandbox.options().token()).isEqualTo("tok-given");
        }
    }
}
