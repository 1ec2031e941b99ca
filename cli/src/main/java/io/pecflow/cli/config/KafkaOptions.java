package io.pecflow.cli.config;

import java.util.Map;
import picocli.CommandLine.Option;

/** Where the Kafka topics are: {@code --bootstrap-servers}, {@code --jobs-topic}, {@code --events-topic}. A picocli mixin. */
public final class KafkaOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "<host:port,...>",
            description = "The Kafka cluster (env SPRING_KAFKA_BOOTSTRAP_SERVERS; default localhost:9092).")
    private String bootstrapServers;

    @Option(names = "--jobs-topic", paramLabel = "<topic>",
            description = "The send jobs topic (env PECFLOW_TOPICS_JOBS; default pecflow.jobs).")
    private String jobsTopic;

    @Option(names = "--events-topic", paramLabel = "<topic>",
            description = "The events topic (env PECFLOW_TOPICS_EVENTS; default pecflow.events).")
    private String eventsTopic;

    /** @return the resolved Kafka settings */
    public KafkaTarget resolve(Settings settings) {
        return new KafkaTarget(settings.required(Setting.BOOTSTRAP_SERVERS, bootstrapServers, "--bootstrap-servers"),
                settings.required(Setting.JOBS_TOPIC, jobsTopic, "--jobs-topic"),
                settings.required(Setting.EVENTS_TOPIC, eventsTopic, "--events-topic"),
                settings.kafkaClientProperties());
    }

    /**
     * Resolved Kafka settings. Immutable.
     *
     * @param bootstrapServers the cluster
     * @param jobsTopic        where send jobs go
     * @param eventsTopic      where the engine's events are
     * @param clientProperties extra Kafka client settings (security, SASL, ...); may hold secrets, never printed
     */
    public record KafkaTarget(String bootstrapServers, String jobsTopic, String eventsTopic,
                              Map<String, String> clientProperties) {

        public KafkaTarget {
            clientProperties = Map.copyOf(clientProperties);
        }

        @Override
        public String toString() {
            return "KafkaTarget[" + bootstrapServers + ", jobs=" + jobsTopic + ", events=" + eventsTopic + "]";
        }
    }
}
