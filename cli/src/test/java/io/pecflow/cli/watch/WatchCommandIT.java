package io.pecflow.cli.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.pecflow.cli.ExitCode;
import io.pecflow.cli.testkit.Cli;
import io.pecflow.cli.testkit.Cli.Result;
import io.pecflow.cli.testkit.Json;
import io.pecflow.cli.testkit.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code watch} against a real Kafka broker, the engine's events published by the test as the contract writes them. */
class WatchCommandIT {

    private static final String A = "fatture@pecmassiva.com";
    private static final String B = "avvisi@pecmassiva.com";

    private String topic;
    private Cli cli;

    @BeforeEach
    void createTopic() {
        topic = Topics.create("pecflow.events.watch-it");
        cli = Cli.withEnv("SPRING_KAFKA_BOOTSTRAP_SERVERS", Topics.bootstrapServers(), "PECFLOW_TOPICS_EVENTS", topic);
    }

    /** An event as the engine writes it ({@code docs/examples/events}). */
    private static Map.Entry<String, String> event(String type, String jobId, String campaign, String mailbox,
                                                   String recipient) {
        String eventId = UUID.nameUUIDFromBytes((jobId + type + recipient).getBytes()).toString();
        String json = "{\"eventId\":\"" + eventId + "\",\"jobId\":\"" + jobId + "\",\"campaignId\":\"" + campaign
                + "\"" + (mailbox == null ? "" : ",\"mailbox\":\"" + mailbox + "\"") + ",\"type\":\"" + type
                + "\",\"at\":\"2026-11-23T08:00:21.733Z\"" + (recipient == null ? "" : ",\"recipient\":\"" + recipient
                + "\",\"messageCode\":\"2026112310003492\"") + "}";
        return Map.entry(jobId, json);
    }

    private static List<Map.Entry<String, String>> settledJob(String jobId, String campaign, String mailbox,
                                                              String finalType) {
        return List.of(event("ACCEPTED", jobId, campaign, mailbox, null),
                event("SUBMITTED", jobId, campaign, mailbox, "x@pec.example.it"),
                event(finalType, jobId, campaign, mailbox, "x@pec.example.it"),
                event("SETTLED", jobId, campaign, mailbox, null));
    }

    @Test
    void shouldCountTheCampaignPerMailboxAndEndWhenEveryJobItSawIsFinal() {
        List<Map.Entry<String, String>> events = new ArrayList<>();
        events.addAll(settledJob("s-1", "spring", A, "DELIVERED"));
        events.addAll(settledJob("s-2", "spring", B, "NOT_DELIVERED"));
        events.addAll(settledJob("s-2", "spring", B, "NOT_DELIVERED")); // published again after a crash
        events.add(event("REJECTED", "s-3", "spring", null, null));
        events.addAll(settledJob("o-1", "other", A, "DELIVERED"));
        events.add(event("ACCEPTED", "o-2", "other", A, null));
        events.add(Map.entry("junk", "not an event"));
        Topics.write(topic, events);

        Result result = cli.run("watch", "spring", "--json", "--timeout", "30s");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode summary = Json.read(result.out());
        assertThat(summary.path("complete").booleanValue()).isTrue();
        JsonNode total = summary.path("total");
        assertThat(total.path("jobs").intValue()).isEqualTo(3);
        assertThat(total.path("settled").intValue()).isEqualTo(3);
        assertThat(total.path("submitted").intValue()).isEqualTo(2);
        assertThat(total.path("delivered").intValue()).isEqualTo(1);
        assertThat(total.path("notDelivered").intValue()).isEqualTo(1);
        assertThat(total.path("failedOrRejected").intValue()).isEqualTo(1);
        assertThat(summary.path("mailboxes").valueStream().map(node -> node.path("mailbox").stringValue()).toList())
                .containsExactly("(no mailbox)", B, A);
        assertThat(result.err()).contains("campaign spring").contains("settled [").contains("100%  3/3");
    }

    @Test
    void shouldFollowNewEventsUntilTheGivenNumberOfJobsIsSettled() {
        CompletableFuture<Result> watching = CompletableFuture.supplyAsync(
                () -> cli.run("watch", "live", "--jobs", "2", "--timeout", "30s"));
        Topics.write(topic, settledJob("l-1", "live", A, "DELIVERED"));
        assertThat(watching).isNotDone();

        Topics.write(topic, settledJob("l-2", "live", A, "NO_RECEIPT"));

        assertThat(watching).succeedsWithin(Duration.ofSeconds(30)).satisfies(result -> {
            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).contains("campaign live: all 2 jobs settled (1 delivered, 0 not delivered,"
                    + " 1 without receipt");
        });
    }

    @Test
    void shouldGiveUpAtTheTimeoutWhileAJobIsNotFinal() {
        Topics.write(topic, List.of(event("ACCEPTED", "p-1", "pending", A, null),
                event("SUBMITTED", "p-1", "pending", A, "x@pec.example.it")));

        Result result = cli.run("watch", "pending", "--timeout", "1s");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.TIMED_OUT);
        assertThat(result.out()).contains("timed out after PT1S with 0 of 1 jobs settled");
    }

    @Test
    void shouldReadOnlyNewEventsWithNoFromBeginning() {
        Topics.write(topic, settledJob("d-1", "done", A, "DELIVERED"));

        Result fromEnd = cli.run("watch", "done", "--no-from-beginning", "--timeout", "1s", "--json");

        assertThat(fromEnd.exitCode()).isEqualTo(ExitCode.TIMED_OUT);
        assertThat(Json.read(fromEnd.out()).path("total").path("jobs").intValue()).isZero();
    }
}
