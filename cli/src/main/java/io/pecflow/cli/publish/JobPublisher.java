package io.pecflow.cli.publish;

import io.pecflow.cli.CliException;
import io.pecflow.cli.campaign.JobJson;
import io.pecflow.cli.campaign.ValidJob;
import io.pecflow.cli.config.KafkaOptions.KafkaTarget;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes send jobs on the jobs topic with an idempotent producer (acks from all in-sync
 * replicas, retries without duplicates), one record a job keyed by its jobId, and waits until
 * every record is acknowledged or has failed. Attachments are read and encoded as each job is
 * sent, so a campaign need not fit in memory. One use per instance, from one thread.
 */
public final class JobPublisher implements AutoCloseable {

    private static final Duration TICK = Duration.ofMillis(100);

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;

    public JobPublisher(KafkaTarget target) {
        this.topic = target.jobsTopic();
        Map<String, Object> config = target.clientConfig("pecflow-cli");
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 10);
        config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 64 * 1024 * 1024);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try {
            this.producer = new KafkaProducer<>(config);
        } catch (KafkaException misconfigured) {
            throw CliException.usage("cannot create the Kafka producer: " + misconfigured.getMessage());
        }
    }

    /**
     * Sends every job and waits for every acknowledgement.
     *
     * @param progress told the number of finished records (acknowledged or failed) now and then,
     *                 on this thread
     * @return what was acknowledged and what failed
     * @throws CliException when the topic cannot be found at all
     */
    public PublishResult publish(List<ValidJob> jobs, IntConsumer progress) {
        requireTopic();
        AtomicInteger acknowledged = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch finished = new CountDownLatch(jobs.size());
        for (ValidJob job : jobs) {
            try {
                producer.send(new ProducerRecord<>(topic, job.jobId(), JobJson.write(job)), (metadata, error) -> {
                    if (error == null) {
                        acknowledged.incrementAndGet();
                    } else {
                        failures.add("line " + job.line() + " (" + job.jobId() + "): " + error.getMessage());
                    }
                    finished.countDown();
                });
            } catch (KafkaException | UncheckedIOException notSent) {
                failures.add("line " + job.line() + " (" + job.jobId() + "): " + notSent.getMessage());
                finished.countDown();
            }
            progress.accept(jobs.size() - (int) finished.getCount());
        }
        awaitAll(finished, jobs.size(), progress);
        return new PublishResult(acknowledged.get(), List.copyOf(failures));
    }

    private void requireTopic() {
        try {
            producer.partitionsFor(topic);
        } catch (KafkaException notThere) {
            throw CliException.failed("the topic '" + topic + "' cannot be found: " + notThere.getMessage()
                    + " (is the cluster reachable, and has the engine created its topics?)");
        }
    }

    private static void awaitAll(CountDownLatch finished, int total, IntConsumer progress) {
        try {
            while (!finished.await(TICK.toMillis(), TimeUnit.MILLISECONDS)) {
                progress.accept(total - (int) finished.getCount());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw CliException.failed("interrupted while waiting for Kafka's acknowledgements");
        }
        progress.accept(total);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }

    /**
     * @param acknowledged records the cluster acknowledged
     * @param failures     one line per record that was not, saying which and why
     */
    public record PublishResult(int acknowledged, List<String> failures) {
        public PublishResult {
            failures = List.copyOf(failures);
        }
    }
}
