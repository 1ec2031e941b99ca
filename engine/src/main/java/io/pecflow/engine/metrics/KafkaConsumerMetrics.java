package io.pecflow.engine.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;

/**
 * Exports the Kafka client's own metrics of the engine's group consumers, consumer lag among them
 * ({@code kafka.consumer.fetch.manager.records.lag.max{stage}}). A stage's consumer made anew
 * (after a failure) replaces the former's meters. Thread-safe.
 */
public final class KafkaConsumerMetrics {

    private final MeterRegistry registry;
    private final Map<String, KafkaClientMetrics> byStage = new ConcurrentHashMap<>();

    public KafkaConsumerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @return the consumer, its metrics bound under {@code stage} */
    public <C extends Consumer<?, ?>> C bind(String stage, C consumer) {
        KafkaClientMetrics metrics = new KafkaClientMetrics(consumer, List.of(Tag.of("stage", stage)));
        KafkaClientMetrics former = byStage.put(stage, metrics);
        if (former != null) {
            former.close();
        }
        metrics.bindTo(registry);
        return consumer;
    }
}
