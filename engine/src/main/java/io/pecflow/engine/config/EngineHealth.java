package io.pecflow.engine.config;

import io.pecflow.engine.metrics.ProviderStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The engine's own health contributors: {@code kafka} (is a broker reachable) and {@code provider}
 * (does the provider answer; which mailboxes are suspended). Only {@code kafka} belongs to the
 * readiness group: a provider outage or a suspended mailbox shows in {@code /actuator/health}
 * without taking the instance out of service (its jobs wait, nothing is lost).
 */
final class EngineHealth {

    private EngineHealth() {
    }

    /** Reachable when the cluster describes itself within the timeout. */
    static HealthIndicator kafka(Supplier<Admin> admins, Duration timeout) {
        return () -> {
            try (Admin admin = admins.get()) {
                var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
                int brokers = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
                return Health.up().withDetail("brokers", brokers)
                        .withDetail("clusterId", cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS)).build();
            } catch (Exception unreachable) {
                if (unreachable instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                return Health.down().withDetail("error", unreachable.getClass().getSimpleName()).build();
            }
        };
    }

    /** Down while the latest call got no answer; suspended mailboxes are listed either way. */
    static HealthIndicator provider(ProviderStatus status, Supplier<List<String>> suspendedMailboxes) {
        return () -> {
            Health.Builder health = status.unreachable() ? Health.down() : Health.up();
            status.lastAnswer().ifPresent(at -> health.withDetail("lastAnswer", at.toString()));
            status.lastFailure().ifPresent(failure -> health.withDetail("lastFailure",
                    Map.of("at", failure.at().toString(), "outcome", failure.outcome())));
            return health.withDetail("suspendedMailboxes", suspendedMailboxes.get()).build();
        };
    }
}
