package io.pecflow.engine.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.testkit.EngineHarness;
import io.pecflow.engine.testkit.Jobs;
import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.SandboxOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Bad input through a real broker: every bad record is rejected or dead-lettered, the good ones around it are sent. */
class JobIntakeIT {

    private static final List<byte[]> NOT_JOBS = List.of(utf8("not json at all"), utf8("[1, 2, 3]"), utf8("\"a string\""),
            utf8(""), utf8("{}"), utf8("{\"jobId\": 42, \"mailbox\": \"invii@pec.acme.example\"}"),
            new byte[] {(byte) 0xC3, (byte) 0x28, '{', '}'}, utf8("{\"jobId\": \"truncated\", \"to\": [\"a@b.it\""));

    private EngineHarness harness;

    @AfterEach
    void stop() throws Exception {
        harness.close();
    }

    @Test
    void shouldRejectOrDeadLetterEveryBadRecordAndSendTheGoodOnesAroundThem() {
        harness = new EngineHarness(SandboxOptions.builder().minInterval(Duration.ZERO));
        harness.mailbox(JobJson.MAILBOX, "pw-acme", MailboxPlan.STANDARD, "per-second=0");
        ConfigurableApplicationContext engine = harness.startEngine("e1",
                "pecflow.jobs.limits.max-subject-chars=20", "pecflow.jobs.limits.max-body-bytes=100B",
                "pecflow.jobs.limits.max-attachment-bytes=50B", "pecflow.jobs.limits.max-total-bytes=200B",
                "pecflow.jobs.limits.max-size-times-recipients-bytes=300B", "pecflow.jobs.limits.max-recipients=3",
                "pecflow.jobs.limits.max-metadata-entries=2", "pecflow.jobs.limits.max-metadata-key-chars=5",
                "pecflow.jobs.limits.max-metadata-value-chars=10");
        List<BadJobs.BadJob> corpus = BadJobs.corpus().toList();
        List<String> good = new ArrayList<>();
        int index = 0;
        for (BadJobs.BadJob bad : corpus) {
            harness.publish(null, bad.json());
            if (index++ % 10 == 0) {
                String jobId = "good-" + index;
                good.add(jobId);
                harness.publish(Jobs.aJob(jobId, JobJson.MAILBOX, "r" + index + "@pec.rossi.example"));
            }
        }
        NOT_JOBS.forEach(record -> harness.publish(null, record));
        harness.publish(utf8("a-key"), null);
        DeadLetters deadLetters = new DeadLetters(harness.topic("jobs.dlt"));

        await().atMost(Duration.ofSeconds(60)).until(() -> harness.events().ofType(EventType.REJECTED).size() >= corpus.size()
                && harness.events().ofType(EventType.SUBMITTED).size() >= good.size()
                && deadLetters.read().size() >= NOT_JOBS.size() + 1);

        List<String> reasons = harness.events().ofType(EventType.REJECTED).stream()
                .map(event -> event.reason().orElseThrow()).toList();
        assertThat(reasons).hasSize(corpus.size());
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(25).allSatisfy(bad -> assertThat(reasons)
                .as("a REJECTED reason for: %s", bad.kind()).anyMatch(reason -> reason.contains(
                        bad.expected().replaceFirst(" \\(now is [^)]*\\)$", ""))));
        assertThat(harness.events().ofType(EventType.SUBMITTED)).extracting(JobEvent::jobId)
                .containsExactlyInAnyOrderElementsOf(good);
        assertThat(deadLetters.read()).hasSize(NOT_JOBS.size() + 1).allSatisfy(record -> {
            assertThat(record.headers().lastHeader("pecflow-dlt-reason")).isNotNull();
            assertThat(record.headers().lastHeader("pecflow-dlt-source-offset")).isNotNull();
        });
        assertThat(deadLetters.read()).extracting(ConsumerRecord::value).filteredOn(value -> value != null)
                .usingElementComparator(java.util.Arrays::compare).containsAll(NOT_JOBS);
        assertThat(engine.getBean(MeterRegistry.class).get("pec.jobs.in").tag("outcome", "dead_lettered")
                .counter().count()).isEqualTo(NOT_JOBS.size() + 1);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the dead-letter topic as an operator's tool would. */
    private static final class DeadLetters {
        private final KafkaConsumer<byte[], byte[]> consumer;
        private final Map<Long, ConsumerRecord<byte[], byte[]>> seen = new ConcurrentHashMap<>();
        private int counter;

        DeadLetters(String topic) {
            consumer = io.pecflow.engine.testkit.TestKafka.committedReader("dlt-reader");
            consumer.subscribe(List.of(topic));
        }

        synchronized List<ConsumerRecord<byte[], byte[]>> read() {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> seen.put((long) counter++, record));
            return List.copyOf(seen.values());
        }
    }
}
