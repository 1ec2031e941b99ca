package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shaded jar as a process: bad options, the ready line, and a clean stop on SIGTERM. */
class CommandLineIT {

    static final Path JAR = Path.of("target", "pecflow-sandbox.jar");
    static final Pattern READY = Pattern.compile("PEC Massiva sandbox listening on (http://\\S+)");

    private static Process run(String... options) throws IOException {
        assertThat(JAR).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", JAR.toString()));
        command.addAll(List.of(options));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void shouldExitWithCode2AndAClearMessageOnABadOption() throws Exception {
        Process process = run("--port", "not-a-port");

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("--port").contains("not-a-port").contains("--help");
    }

    @Test
    void shouldStartPrintTheReadyLineAndStopCleanlyOnSigterm() throws Exception {
        Process process = run("--port", "0", "--token", "cli-token", "--mailbox", "cli@pecmassiva.com:pw:DAY=10");
        StringBuilder output = new StringBuilder();
        Thread reader = Thread.ofVirtual().start(() -> copy(process, output));
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> READY.matcher(snapshot(output)).find());
            Matcher ready = READY.matcher(snapshot(output));
            assertThat(ready.find()).isTrue();
            SandboxHttp http = new SandboxHttp(URI.create(ready.group(1)), "cli-token");

            assertThat(http.get("/inbox", "cli@pecmassiva.com", "pw").status()).isEqualTo(200);
            assertThat(http.admin("GET", "/_sandbox/mailboxes", null).json().toString()).contains("DAY=10");
        } finally {
            process.toHandle().destroy(); // SIGTERM; unlike Process.destroy() it leaves our end of the pipe open
        }
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        reader.join(Duration.ofSeconds(5));
        assertThat(snapshot(output)).contains("Bearer token: (as given)").doesNotContain("cli-token").contains("stopped");
    }

    @Test
    void shouldPrintTheHelp() throws Exception {
        Process process = run("--help");

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("--time-scale").contains("--no-limits").contains("--outage-for");
    }

    private static void copy(Process process, StringBuilder output) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static String snapshot(StringBuilder output) {
        synchronized (output) {
            return output.toString();
        }
    }
}
