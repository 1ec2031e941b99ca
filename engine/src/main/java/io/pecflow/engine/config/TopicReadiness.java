package io.pecflow.engine.config;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Waits until every partition of the engine's topics answers at its leader before the loops
 * start. A partition created a moment ago may be listed with a leader that does not act as one
 * yet; writing to it then can fail with sequence errors that hold a transactional producer until
 * its delivery timeout. Asking each partition's end offset, which only its leader answers, tells.
 */
final class TopicReadiness {

    private static final Logger LOG = LoggerFactory.getLogger(TopicReadiness.class);

    private TopicReadiness() {
    }

    static void await(KafkaAdmin kafkaAdmin, Collection<String> topics, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String problem = "";
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            while (System.nanoTime() < deadline) {
                try {
                    Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames()
                            .get(10, TimeUnit.SECONDS);
                    Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
                    descriptions.values().forEach(description -> description.partitions().forEach(partition ->
                            partitions.put(new TopicPartition(description.name(), partition.partition()),
                                    OffsetSpec.latest())));
                    admin.listOffsets(partitions).all().get(10, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    problem = notYet.getMessage();
                }
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }
        LOG.warn("Topics {} not all ready after {} ({}); starting anyway", topics, timeout, problem);
    }
}
