package io.pecflow.cli.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.pecflow.cli.ExitCode;
import io.pecflow.cli.testkit.Cli;
import io.pecflow.cli.testkit.Cli.Result;
import io.pecflow.cli.testkit.JobSchema;
import io.pecflow.cli.testkit.Json;
import io.pecflow.cli.testkit.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code publish} against a real Kafka broker. */
class PublishCommandIT {

    private static final String CSV = """
            to,subject,body,attachments,meta.customer
            mario.rossi@pec.example.it,Bill 1,<p>Your bill</p>,bill.pdf,C-1
            anna@pec.example.it;luca@pec.example.it,Bill 2,"Dear customers,
            here is your bill",,C-2
            ufficio@pec.example.it,Bill 3,Hello,,C-3
            """;

    @TempDir
    Path dir;

    private String topic;
    private Cli cli;

    @BeforeEach
    void createTopic() throws Exception {
        topic = Topics.create("pecflow.jobs.publish-it");
        cli = Cli.withEnv("SPRING_KAFKA_BOOTSTRAP_SERVERS", Topics.bootstrapServers(), "PECFLOW_TOPICS_JOBS", topic);
        Files.writeString(dir.resolve("bill.pdf"), "%PDF-1.4 the bill");
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void shouldPublishOneContractJobARowAndTheSameJobIdsWhenTheFileIsPublishedAgain() throws Exception {
        Path campaign = file("march-bills.csv", CSV);

        Result first = cli.run("publish", campaign.toString(), "--mailbox", "fatture@pecmassiva.com", "--json");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        JsonNode summary = Json.read(first.out());
        assertThat(summary.path("campaignId").stringValue()).isEqualTo("march-bills");
        assertThat(summary.path("published").intValue()).isEqualTo(3);
        List<ConsumerRecord<byte[], byte[]>> published = Topics.read(topic, 3);
        assertThat(published).hasSize(3).allSatisfy(record -> {
            String value = Topics.text(record.value());
            assertThat(JobSchema.errors(value)).isEmpty();
            JsonNode job = Json.read(value);
            assertThat(Topics.text(record.key())).isEqualTo(job.path("jobId").stringValue())
                    .startsWith("march-bills:");
            assertThat(job.path("campaignId").stringValue()).isEqualTo("march-bills");
            assertThat(job.path("mailbox").stringValue()).isEqualTo("fatture@pecmassiva.com");
        });
        List<String> firstIds = published.stream().map(record -> Topics.text(record.key())).sorted().toList();
        assertThat(summary.path("jobIds").valueStream().map(JsonNode::stringValue).sorted().toList())
                .isEqualTo(firstIds);

        Result again = cli.run("publish", campaign.toString(), "--mailbox", "fatture@pecmassiva.com");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("published   3");
        List<String> allIds = Topics.read(topic, 6).stream().map(record -> Topics.text(record.key())).toList();
        assertThat(allIds).hasSize(6).containsOnlyElementsOf(firstIds);
        firstIds.forEach(id -> assertThat(allIds).filteredOn(id::equals).hasSize(2));
    }

    @Test
    void shouldPublishNothingWhenARowIsBadAndOnlyTheGoodRowsWithSkipInvalid() throws Exception {
        Path campaign = file("bad.csv", """
                mailbox,to,subject,body
                fatture@pecmassiva.com,ok@pec.example.it,Fine,Hello
                fatture@pecmassiva.com,mario.rossi@,Subject,Hello
                fatture@pecmassiva.com,ok2@pec.example.it,,Hello
                """);

        Result refused = cli.run("publish", campaign.toString());
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.err()).contains(campaign + ":3: to[0]: 'mario.rossi@' is not an e-mail address")
                .contains(campaign + ":4: subject: is required")
                .contains("nothing published: 2 of 3 rows are bad; --skip-invalid publishes the 1 good ones");
        assertThat(Topics.count(topic)).isZero();

        Result skipped = cli.run("publish", campaign.toString(), "--skip-invalid", "--campaign", "retry 1");
        assertThat(skipped.exitCode()).as(skipped.toString()).isZero();
        JsonNode job = Json.read(Topics.read(topic, 1).getFirst().value());
        assertThat(job.path("to").path(0).stringValue()).isEqualTo("ok@pec.example.it");
        assertThat(job.path("campaignId").stringValue()).isEqualTo("retry 1");
        assertThat(Topics.count(topic)).isEqualTo(1);
    }

    @Test
    void shouldCheckJsonLinesInADryRunWithoutPublishing() throws Exception {
        Path campaign = file("jobs.ndjson", """
                {"jobId":"bill-0001","to":"a@pec.example.it","subject":"S","body":"B"}
                {"to":["b@pec.example.it"],"subject":"S","body":"","attachments":["bill.pdf"]}
                """);

        Result dryRun = cli.run("publish", campaign.toString(), "--mailbox", "fatture@pecmassiva.com", "--dry-run");

        assertThat(dryRun.exitCode()).as(dryRun.toString()).isZero();
        assertThat(dryRun.out()).contains("bill-0001").contains("jobs:").contains("2 jobs would be published");
        assertThat(Topics.count(topic)).isZero();
    }

    @Test
    void shouldFailClearlyWhenTheTopicDoesNotExist() throws Exception {
        Path campaign = file("march.csv", CSV);
        Path config = file("pecflow.properties", "spring.kafka.properties.max.block.ms=1500\n");

        Result result = cli.run("publish", campaign.toString(), "--mailbox", "fatture@pecmassiva.com",
                "--jobs-topic", "pecflow.no-such-topic", "--config", config.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(result.err()).contains("the topic 'pecflow.no-such-topic' cannot be found");
    }
}
