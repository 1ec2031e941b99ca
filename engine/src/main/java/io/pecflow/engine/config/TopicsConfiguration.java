package io.pecflow.engine.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates the topics the engine uses when they are missing ({@code pecflow.topics.create}, default
 * true). The dispatch topic and its state topic must have the same number of partitions: a
 * mailbox's jobs and its ledger share a partition number. The resolve topic keeps its jobs as long
 * as the dispatch topic does; its state topic is compacted.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "pecflow.topics.create", havingValue = "true", matchIfMissing = true)
public class TopicsConfiguration {

    private static final String LARGE_MESSAGES = String.valueOf(64 * 1024 * 1024);

    @Bean
    KafkaAdmin.NewTopics pecflowTopics(PecFlowProperties properties) {
        PecFlowProperties.Topics topics = properties.topics();
        Optional<Integer> partitions = Optional.of(topics.partitions());
        Optional<Short> replication = topics.replicationFactor() < 1 ? Optional.empty()
                : Optional.of(topics.replicationFactor());
        List<NewTopic> all = new ArrayList<>();
        all.add(new NewTopic(topics.jobs(), partitions, replication)
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, LARGE_MESSAGES)));
        all.add(new NewTopic(topics.events(), partitions, replication));
        all.add(new NewTopic(topics.deadLetter(), partitions, replication)
                .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, LARGE_MESSAGES)));
        all.add(new NewTopic(topics.dispatch(), partitions, replication).configs(Map.of(
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, LARGE_MESSAGES,
                TopicConfig.RETENTION_MS_CONFIG, String.valueOf(topics.dispatchRetention().toMillis()))));
        all.add(new NewTopic(topics.dispatchState(), partitions, replication).configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        all.add(new NewTopic(topics.resolve(), partitions, replication).configs(Map.of(
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, LARGE_MESSAGES,
                TopicConfig.RETENTION_MS_CONFIG, String.valueOf(topics.dispatchRetention().toMillis()))));
        all.add(new NewTopic(topics.resolveState(), partitions, replication).configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        return new KafkaAdmin.NewTopics(all.toArray(NewTopic[]::new));
    }
}
