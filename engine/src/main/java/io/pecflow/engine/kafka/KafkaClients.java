package io.pecflow.engine.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Makes the engine's Kafka clients from the application's {@code spring.kafka.*} settings plus the
 * settings correctness needs, which configuration cannot turn off: read-committed consumers that
 * never auto-commit, and idempotent transactional producers with {@code acks=all}.
 */
public final class KafkaClients {

    private final Map<String, Object> consumerBase;
    private final Map<String, Object> producerBase;
    private final String instanceId;
    private final String groupPrefix;

    public KafkaClients(Map<String, Object> consumerBase, Map<String, Object> producerBase, String instanceId,
                        String groupPrefix) {
        this.consumerBase = Map.copyOf(consumerBase);
        this.producerBase = Map.copyOf(producerBase);
        this.instanceId = instanceId;
        this.groupPrefix = groupPrefix;
    }

    /** A consumer in the group {@code <prefix>-<role>}, committing only through transactions. */
    public KafkaConsumer<byte[], byte[]> groupConsumer(String role, int maxPollRecords) {
        Map<String, Object> config = consumerConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupPrefix + "-" + role);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, groupPrefix + "-" + role + "-" + instanceId);
        config.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config);
    }

    /** A consumer outside any group, for reading partitions by hand (restores, fetches). */
    public KafkaConsumer<byte[], byte[]> readerConsumer(String role) {
        Map<String, Object> config = consumerConfig();
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, groupPrefix + "-" + role + "-" + instanceId);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(config);
    }

    /**
     * A transactional producer whose id is stable for this instance and role, so that a restarted
     * instance fences its former self and aborts what it left open.
     */
    public KafkaProducer<byte[], byte[]> transactionalProducer(String role) {
        Map<String, Object> config = new HashMap<>(producerBase);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, groupPrefix + "-" + role + "-" + instanceId);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, groupPrefix + "-" + role + "-" + instanceId);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 1);
        // Short: a crashed instance's open transaction holds back readers until it times out.
        config.putIfAbsent(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 64 * 1024 * 1024);
        // A transaction started while the last one's markers are still being written is told
        // CONCURRENT_TRANSACTIONS and retried after this back-off: the default 100 ms would sit in
        // every busy step.
        config.putIfAbsent(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 20);
        // A produce stuck in retries fails the transaction after this, and the loop restarts from
        // the durable state instead of hanging for Kafka's default two minutes.
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config);
        producer.initTransactions();
        return producer;
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>(consumerBase);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // A read-committed fetch waiting at the broker is not woken when a transaction commits, only
        // by new data or this timeout: keep it short so a committed job moves on at once.
        config.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        return config;
    }
}
