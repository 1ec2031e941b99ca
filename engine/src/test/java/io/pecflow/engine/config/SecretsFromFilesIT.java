package io.pecflow.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pecflow.engine.event.EventType;
import io.pecflow.engine.testkit.EngineHarness;
import io.pecflow.engine.testkit.Jobs;
import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The token from a config tree and a mailbox password from a file, as Kubernetes mounts secrets,
 * and shown nowhere.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsFromFilesIT {

    private static final String BOX = "segreto@pecmassiva.com";
    private static final String PASSWORD = "file-only-Pa55word";

    @Test
    void shouldSendWithSecretsReadFromFilesAndNeverShowThem(@TempDir Path secrets, CapturedOutput output) throws Exception {
        try (EngineHarness harness = new EngineHarness(SandboxOptions.builder())) {
            harness.sandbox().addMailbox(BOX, PASSWORD, MailboxPlan.STANDARD);
            Path tree = Files.createDirectories(secrets.resolve("tree"));
            Files.writeString(tree.resolve("pecflow.provider.token"), EngineHarness.TOKEN + "\n");
            Path passwordFile = Files.writeString(secrets.resolve("segreto-password"), PASSWORD + "\n");
            ConfigurableApplicationContext engine = harness.startEngine("secrets",
                    "spring.config.import=optional:configtree:" + tree + "/", "pecflow.provider.token=",
                    "pecflow.mailboxes[0].address=" + BOX, "pecflow.mailboxes[0].password-file=" + passwordFile);

            harness.publish(Jobs.aJob("secret-1", BOX, "a@example.it"));

            await().atMost(Duration.ofSeconds(30)).until(() -> harness.events().ofType(EventType.SUBMITTED).size() == 1);
            assertThat(engine.getBean(PecFlowProperties.class).toString()).doesNotContain(PASSWORD, EngineHarness.TOKEN);
            assertThat(engine.getBean(Environment.class).getProperty("pecflow.provider.token")).isEqualTo(EngineHarness.TOKEN);
            assertThat(output.getAll()).doesNotContain(PASSWORD);
            assertThat(harness.events().records()).allSatisfy(record -> assertThat(
                    new String(record.value(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(PASSWORD));
        }
    }
}
