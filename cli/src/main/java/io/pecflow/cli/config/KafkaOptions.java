package io.pecflow.cli.config;

import java.util.HashMap;
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

        /**
         * @param clientId the client's name, unless the config file sets {@code client.id}
         * @return a Kafka client configuration: the config file's client properties, the client
         *         id and the bootstrap servers, for the caller to complete
         */
        public Map<String, Object> clientConfig(String clientId) {
            Map<String, Object> config = new HashMap<>(clientProperties);
            config.putIfAbsent("client.id", clientId);
            config.put("bootstrap.servers", bootstrapServers);
            return config;
        }

        @Override
        public String toString() {
            return "KafkaTarget[" + bootstrapServers + ", jobs=" + jobsTopic + ", events=" + eventsTopic + "]";
        }
    }
}
