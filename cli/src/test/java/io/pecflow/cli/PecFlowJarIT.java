package io.pecflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pecflow.sandbox.PecMassivaSandbox;
import io.pecflow.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar, {@code target/pecflow.jar}, started as a user would: {@code java -jar}. */
class PecFlowJarIT {

    private static final Path JAR = Path.of("target", "pecflow.jar");

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run java(Map<String, String> env, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toString());
        builder.command().addAll(List.of(args));
        builder.environment().putAll(env);
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pecflow ended").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void shouldListEveryCommandInItsHelp() throws Exception {
        Run help = java(Map.of(), "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("publish", "watch", "mailbox", "comunica", "lookup");
        assertThat(java(Map.of(), "--version").out()).startsWith("pecflow ");
    }

    @Test
    void shouldCallTheProvidersFromTheJarWithSettingsFromTheEnvironment() throws Exception {
        try (PecMassivaSandbox sandbox = PecMassivaSandbox.start(SandboxOptions.builder().port(0)
                .token("jar-it-token").trovaPecKey("jar-it-key").trovaPecWaits(1).build())) {
            Map<String, String> env = Map.of("PECFLOW_PROVIDER_TOKEN", "jar-it-token",
                    "PECFLOW_PEC_API_URL", sandbox.baseUrl().toString(),
                    "PECFLOW_TROVAPEC_URL", sandbox.baseUrl().toString(), "PECFLOW_TROVAPEC_KEY", "jar-it-key");

            Run verify = java(env, "mailbox", "verify", "legalmail.it", "--verbose");
            Run lookup = java(env, "lookup", "12345678901", "--poll-interval", "100ms", "--json", "--verbose");

            assertThat(verify.exitCode()).as(verify.err()).isZero();
            assertThat(verify.out()).contains("certified  yes");
            assertThat(lookup.exitCode()).as(lookup.err()).isZero();
            assertThat(lookup.out()).contains("\"address\" : \"amministrazione@legalmail.it\"");
            assertThat(verify.out() + verify.err() + lookup.out() + lookup.err())
                    .doesNotContain("jar-it-token", "jar-it-key");
        }
    }

    @Test
    void shouldExitWithTheUsageCodeOnAnUnknownOption() throws Exception {
        Run wrong = java(Map.of(), "publish", "--no-such-option", "x.csv");

        assertThat(wrong.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(wrong.err()).contains("unknown option '--no-such-option'").contains("see: pecflow publish --help");
    }
}
