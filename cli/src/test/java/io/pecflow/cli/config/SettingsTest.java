package io.pecflow.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pecflow.cli.CliException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    private Path config(String text) throws Exception {
        Path file = dir.resolve("pecflow.properties");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void shouldNameEnvironmentVariablesTheWaySpringBootBindsTheProperties() {
        assertThat(Setting.BOOTSTRAP_SERVERS.envName()).isEqualTo("SPRING_KAFKA_BOOTSTRAP_SERVERS");
        assertThat(Setting.PEC_API_URL.envName()).isEqualTo("PECFLOW_PEC_API_URL");
        assertThat(Setting.PEC_API_TOKEN.envName()).isEqualTo("PECFLOW_PEC_API_TOKEN");
        assertThat(Setting.TROVAPEC_URL.envName()).isEqualTo("PECFLOW_TROVAPEC_URL");
        assertThat(Setting.TROVAPEC_KEY.envName()).isEqualTo("PECFLOW_TROVAPEC_KEY");
        assertThat(Setting.PROVIDER_TOKEN.envName()).isEqualTo("PECFLOW_PROVIDER_TOKEN");
        assertThat(Setting.JOBS_TOPIC.envName()).isEqualTo("PECFLOW_TOPICS_JOBS");
    }

    @Test
    void shouldPreferTheOptionThenTheEnvironmentThenTheConfigFileThenTheDefault() throws Exception {
        Path file = config("spring.kafka.bootstrap-servers=file:9092\npecflow.topics.jobs=file.jobs\n");
        Settings settings = Settings.load(Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", "env:9092"), Optional.of(file));

        assertThat(settings.value(Setting.BOOTSTRAP_SERVERS, "option:9092")).contains("option:9092");
        assertThat(settings.value(Setting.BOOTSTRAP_SERVERS, null)).contains("env:9092");
        assertThat(settings.value(Setting.JOBS_TOPIC, " ")).contains("file.jobs");
        assertThat(settings.value(Setting.EVENTS_TOPIC, null)).contains("pecflow.events");
        assertThat(settings.value(Setting.TROVAPEC_KEY, null)).isEmpty();
    }

    @Test
    void shouldListTheSettingsUsedWithTheirSourcesAndNeverASecret() throws Exception {
        Path file = config("spring.kafka.properties.sasl.jaas.config=org.example.Login password=\"kafka-secret\"\n");
        Settings settings = Settings.load(Map.of("PECFLOW_PEC_API_TOKEN", "env-secret"), Optional.of(file));
        settings.value(Setting.PEC_API_TOKEN, null);
        settings.value(Setting.TROVAPEC_KEY, "option-secret");
        settings.value(Setting.PEC_API_URL, null);
        assertThat(settings.kafkaClientProperties()).containsEntry("sasl.jaas.config",
                "org.example.Login password=\"kafka-secret\"");

        StringWriter printed = new StringWriter();
        settings.printUsed(new PrintWriter(printed));

        assertThat(printed.toString())
                .contains("pecflow.pec-api.token = ***  (env PECFLOW_PEC_API_TOKEN)")
                .contains("pecflow.trovapec.key = ***  (option)")
                .contains("pecflow.pec-api.url = https://pec.openapi.it  (default)")
                .contains("sasl.jaas.config")
                .doesNotContain("env-secret", "option-secret", "kafka-secret");
    }

    @Test
    void shouldSayEveryWayToGiveAMissingSetting() {
        Settings settings = Settings.load(Map.of(), Optional.empty());

        assertThatThrownBy(() -> settings.required(Setting.TROVAPEC_KEY, null, "--trovapec-key"))
                .isInstanceOf(CliException.class)
                .hasMessage("no pecflow.trovapec.key: give --trovapec-key, or set PECFLOW_TROVAPEC_KEY,"
                        + " or pecflow.trovapec.key in --config");
    }

    @Test
    void shouldTakeThePecApiTokenFromTheProviderTokenWhenItHasNoneOfItsOwn() {
        Settings settings = Settings.load(Map.of("PECFLOW_PROVIDER_TOKEN", "shared"), Optional.empty());

        assertThat(new PecApiOptions().config(settings).token().reveal()).isEqualTo("shared");
    }

    @Test
    void shouldAddTheTrovaPecEndpointToABareHost() {
        Settings settings = Settings.load(Map.of("PECFLOW_TROVAPEC_URL", "http://127.0.0.1:8089",
                "PECFLOW_TROVAPEC_KEY", "k"), Optional.empty());

        assertThat(new TrovaPecOptions().config(settings).endpoint()).hasToString("http://127.0.0.1:8089/index_ws.php");
    }

    @Test
    void shouldRefuseAConfigFileThatCannotBeRead() {
        assertThatThrownBy(() -> Settings.load(Map.of(), Optional.of(dir.resolve("missing.properties"))))
                .isInstanceOf(CliException.class).hasMessageContaining("cannot read the config file");
    }
}
