package io.pecflow.engine.testkit;

import io.pecflow.engine.PecFlowEngineApplication;
import io.pecflow.sandbox.MailboxPlan;
import io.pecflow.sandbox.PecMassivaSandbox;
import io.pecflow.sandbox.SandboxOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A test's world: the sandbox on a free port, the shared broker with topics of this test's own,
 * engines started and stopped at will, a producer for jobs and a reader of events.
 */
public final class EngineHarness implements AutoCloseable {

    public static final String TOKEN = "test-token";

    private final String suffix = Long.toString(System.nanoTime(), 36);
    private final PecMassivaSandbox sandbox;
    private final Map<String, String> mailboxes = new LinkedHashMap<>();
    private final Map<String, String> mailboxSettings = new LinkedHashMap<>();
    private final List<ConfigurableApplicationContext> engines = new ArrayList<>();
    private final KafkaProducer<byte[], byte[]> producer;
    private EventLog events;

    public EngineHarness(SandboxOptions.Builder sandboxOptions) {
        this.sandbox = PecMassivaSandbox.start(sandboxOptions.port(0).token(TOKEN).build());
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000,
                ProducerConfig.LINGER_MS_CONFIG, 0));
    }

    /** Adds a mailbox to the sandbox and to every engine started later. */
    public EngineHarness mailbox(String address, String password, MailboxPlan plan, String engineSettings) {
        sandbox.addMailbox(address, password, plan);
        mailboxes.put(address, password);
        mailboxSettings.put(address, engineSettings);
        return this;
    }

    public PecMassivaSandbox sandbox() {
        return sandbox;
    }

    public String topic(String name) {
        return "pecflow." + name + "." + suffix;
    }

    /** @return the properties an engine of this harness runs with */
    public Map<String, Object> engineProperties(String instanceId) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", TestKafka.bootstrapServers());
        properties.put("spring.main.banner-mode", "off");
        properties.put("server.port", "0");
        // A killed engine's partitions move on after this long (production keeps Kafka's 45 s).
        properties.put("spring.kafka.consumer.properties.session.timeout.ms", "6000");
        properties.put("spring.kafka.consumer.properties.heartbeat.interval.ms", "1000");
        properties.put("pecflow.instance-id", instanceId + "-" + suffix);
        properties.put("pecflow.provider.base-url", sandbox.baseUrl().toString());
        properties.put("pecflow.provider.token", TOKEN);
        properties.put("pecflow.provider.request-timeout", "5s");
        properties.put("pecflow.topics.jobs", topic("jobs"));
        properties.put("pecflow.topics.events", topic("events"));
        properties.put("pecflow.topics.dead-letter", topic("jobs.dlt"));
        properties.put("pecflow.topics.dispatch", topic("dispatch"));
        properties.put("pecflow.topics.dispatch-state", topic("dispatch-state"));
        properties.put("pecflow.topics.resolve", topic("resolve"));
        properties.put("pecflow.topics.resolve-state", topic("resolve-state"));
        // The sandbox serves the PEC API and TrovaPEC too, on the same base URL.
        properties.put("pecflow.pec-api.base-url", sandbox.baseUrl().toString());
        properties.put("pecflow.pec-api.token", TOKEN);
        properties.put("pecflow.trovapec.base-url", sandbox.baseUrl().toString());
        properties.put("pecflow.trovapec.key", sandbox.options().trovaPec().key());
        properties.put("pecflow.topics.partitions", "3");
        properties.put("pecflow.topics.group-prefix", "pecflow-" + suffix);
        properties.put("pecflow.dispatch.retry.initial-delay", "200ms");
        properties.put("pecflow.dispatch.retry.max-delay", "1s");
        int index = 0;
        for (Map.Entry<String, String> mailbox : mailboxes.entrySet()) {
            String prefix = "pecflow.mailboxes[" + index++ + "].";
            properties.put(prefix + "address", mailbox.getKey());
            properties.put(prefix + "password", mailbox.getValue());
            for (String setting : mailboxSettings.get(mailbox.getKey()).split(",")) {
                if (!setting.isBlank()) {
                    String[] pair = setting.split("=", 2);
                    properties.put(prefix + pair[0].strip(), pair[1].strip());
                }
            }
        }
        return properties;
    }

    /** Starts an engine in this JVM; extra properties as {@code key=value}. */
    public ConfigurableApplicationContext startEngine(String instanceId, String... extra) {
        Map<String, Object> properties = engineProperties(instanceId);
        for (String pair : extra) {
            String[] parts = pair.split("=", 2);
            properties.put(parts[0], parts[1]);
        }
        // Default properties yield to any other source (a SERVER_PORT in the environment, say): the
        // port goes on the command line, so that several engines of one JVM each get a free one.
        ConfigurableApplicationContext engine = new SpringApplicationBuilder(PecFlowEngineApplication.class)
                .properties(properties).run("--server.port=" + properties.get("server.port"));
        engines.add(engine);
        return engine;
    }

    public EventLog events() {
        if (events == null) {
            events = new EventLog(topic("events"));
        }
        return events;
    }

    public void publish(String json) {
        publish(null, json.getBytes(StandardCharsets.UTF_8));
    }

    public void publish(byte[] key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic("jobs"), key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new IllegalStateException("could not publish a job", failed);
        }
    }

    /** Publishes many jobs without waiting for each; returns once all are acknowledged. */
    public void publishAll(java.util.stream.Stream<String> jobs) {
        jobs.forEach(json -> producer.send(new ProducerRecord<>(topic("jobs"), null, json.getBytes(StandardCharsets.UTF_8))));
        producer.flush();
    }

    @Override
    public void close() throws Exception {
        for (ConfigurableApplicationContext engine : engines) {
            if (engine.isActive()) {
                engine.close();
            }
        }
        if (events != null) {
            events.close();
        }
        producer.close();
        sandbox.close();
    }
}
