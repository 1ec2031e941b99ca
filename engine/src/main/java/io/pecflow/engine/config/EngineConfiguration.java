package io.pecflow.engine.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.pecflow.adapter.Secret;
import io.pecflow.adapter.massiva.MailboxCredentials;
import io.pecflow.adapter.massiva.PecMassivaClient;
import io.pecflow.adapter.massiva.PecMassivaConfig;
import io.pecflow.engine.clock.EngineClock;
import io.pecflow.engine.clock.ShiftableEngineClock;
import io.pecflow.engine.dispatch.DispatchSettings;
import io.pecflow.engine.dispatch.Dispatcher;
import io.pecflow.engine.dispatch.MailboxDirectory;
import io.pecflow.engine.dispatch.OutcomePolicy;
import io.pecflow.engine.dispatch.RetryPolicy;
import io.pecflow.engine.dispatch.SendRunner;
import io.pecflow.engine.receipt.ReceiptCalls;
import io.pecflow.engine.receipt.ReceiptSettings;
import io.pecflow.engine.receipt.ReceiptTracker;
import io.pecflow.engine.intake.IntakeLoop;
import io.pecflow.engine.job.JobLimits;
import io.pecflow.engine.job.JobReader;
import io.pecflow.engine.kafka.DispatchLoop;
import io.pecflow.engine.kafka.KafkaClients;
import io.pecflow.engine.kafka.ResolveLoop;
import io.pecflow.engine.resolve.ResolveCalls;
import io.pecflow.engine.resolve.ResolveSettings;
import io.pecflow.engine.resolve.Resolver;
import io.pecflow.engine.metrics.EngineMetrics;
import io.pecflow.engine.metrics.KafkaConsumerMetrics;
import io.pecflow.engine.metrics.ProviderStatus;
import io.pecflow.engine.metrics.TimedPecMassivaClient;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.boot.health.contributor.HealthIndicator;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the engine by hand: the one place that knows Spring, Kafka and HTTP together. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PecFlowProperties.class)
public class EngineConfiguration {

    @Bean
    ShiftableEngineClock engineClock() {
        return new ShiftableEngineClock(EngineClock.system());
    }

    @Bean
    ProviderStatus providerStatus() {
        return new ProviderStatus();
    }

    @Bean
    KafkaConsumerMetrics engineConsumerMetrics(MeterRegistry registry) {
        return new KafkaConsumerMetrics(registry);
    }

    @Bean
    HealthIndicator kafkaHealthIndicator(org.springframework.kafka.core.KafkaAdmin admin) {
        return EngineHealth.kafka(() -> Admin.create(admin.getConfigurationProperties()), Duration.ofSeconds(3));
    }

    @Bean
    HealthIndicator providerHealthIndicator(ProviderStatus status, EngineMetrics metrics) {
        return EngineHealth.provider(status, metrics::suspendedMailboxes);
    }

    @Bean(destroyMethod = "close")
    PecMassivaClient pecMassivaClient(PecFlowProperties properties, MeterRegistry registry, ProviderStatus status) {
        PecFlowProperties.Provider provider = properties.provider();
        if (provider.token().isBlank()) {
            throw new IllegalStateException("pecflow.provider.token is required (for example from the environment "
                    + "variable PECFLOW_PROVIDER_TOKEN or a secret file)");
        }
        return new TimedPecMassivaClient(PecMassivaClient.create(PecMassivaConfig.builder(provider.baseUrl(),
                        Secret.of(provider.token()))
                .connectTimeout(provider.connectTimeout()).requestTimeout(provider.requestTimeout())
                .maxConcurrentRequests(provider.maxConcurrentRequests())
                .recipientEncoding(provider.recipientAsString() ? PecMassivaConfig.RecipientEncoding.STRING_WHEN_SINGLE
                        : PecMassivaConfig.RecipientEncoding.ARRAY)
                .build()), registry, status, java.time.Clock.systemUTC());
    }

    @Bean
    MailboxDirectory mailboxDirectory(PecFlowProperties properties) {
        Map<String, MailboxDirectory.Mailbox> mailboxes = new LinkedHashMap<>();
        for (MailboxProperties mailbox : properties.mailboxes()) {
            String password = mailbox.resolvePassword();
            if (password.isEmpty()) {
                throw new IllegalStateException("pecflow.mailboxes[" + mailbox.address()
                        + "]: a password or a password-file is required");
            }
            if (mailboxes.put(mailbox.address(), new MailboxDirectory.Mailbox(mailbox.address(),
                    MailboxCredentials.of(mailbox.username(), password), mailbox.limits())) != null) {
                throw new IllegalStateException("pecflow.mailboxes lists " + mailbox.address() + " twice");
            }
        }
        return new MailboxDirectory(mailboxes);
    }

    @Bean
    EngineMetrics engineMetrics(MeterRegistry registry, PecFlowProperties properties) {
        return new EngineMetrics(registry, properties.metrics().mailboxTags());
    }

    @Bean
    KafkaClients kafkaClients(KafkaProperties kafka, PecFlowProperties properties) {
        return new KafkaClients(kafka.buildConsumerProperties(), kafka.buildProducerProperties(),
                properties.instanceId(), properties.topics().groupPrefix());
    }

    @Bean
    JobReader jobReader(PecFlowProperties properties, MailboxDirectory mailboxes) {
        PecFlowProperties.Limits limits = properties.jobs().limits();
        return new JobReader(new JobLimits(limits.maxSubjectChars(), limits.maxBodyBytes().toBytes(),
                limits.maxAttachmentBytes().toBytes(), limits.maxTotalBytes().toBytes(),
                limits.maxSizeTimesRecipientsBytes().toBytes(), limits.maxRecipients(), limits.maxMetadataEntries(),
                limits.maxMetadataKeyChars(), limits.maxMetadataValueChars()), mailboxes.addresses());
    }

    @Bean(destroyMethod = "close")
    ResolveProviders resolveProviders(PecFlowProperties properties) {
        return ResolveProviders.of(properties);
    }

    @Bean
    ResolveSettings resolveSettings(PecFlowProperties properties, ResolveProviders providers) {
        PecFlowProperties.Recipients recipients = properties.recipients();
        PecFlowProperties.Trovapec trovapec = properties.trovapec();
        if (recipients.requireCertified() && providers.pecApi().isEmpty()) {
            throw new IllegalStateException("pecflow.recipients.require-certified needs pecflow.pec-api.token (for"
                    + " example from the environment variable PECFLOW_PEC_API_TOKEN or a secret file)");
        }
        try {
            return new ResolveSettings(recipients.requireCertified(), recipients.cacheTtl(),
                    ResolveSettings.WhenUnavailable.valueOf(recipients.whenUnavailable().strip().toUpperCase(Locale.ROOT)),
                    recipients.retryEvery(), trovapec.pollEvery(), trovapec.cacheTtl(), providers.trovaPec().isPresent(),
                    providers.pecApi().isPresent());
        } catch (IllegalArgumentException invalid) {
            throw new IllegalStateException("pecflow.recipients / pecflow.trovapec: " + invalid.getMessage()
                    + " (when-unavailable is wait or send)", invalid);
        }
    }

    @Bean
    IntakeLoop intakeLoop(KafkaClients kafka, JobReader reader, PecFlowProperties properties, EngineClock clock,
                          EngineMetrics metrics, KafkaConsumerMetrics consumerMetrics, ResolveSettings resolve) {
        PecFlowProperties.Topics topics = properties.topics();
        return new IntakeLoop(() -> consumerMetrics.bind("intake", kafka.groupConsumer("intake", 500)),
                () -> kafka.transactionalProducer("intake"), reader, new IntakeLoop.IntakeTopics(topics.jobs(),
                topics.dispatch(), topics.resolve(), topics.events(), topics.deadLetter()), clock, metrics,
                resolve::needsResolving);
    }

    @Bean
    ResolveLoop resolveLoop(KafkaClients kafka, PecFlowProperties properties, EngineClock clock, ResolveSettings settings,
                            ResolveProviders providers, EngineMetrics metrics, KafkaConsumerMetrics consumerMetrics) {
        PecFlowProperties.Topics topics = properties.topics();
        return new ResolveLoop(
                () -> new ResolveLoop.Clients(consumerMetrics.bind("resolve", kafka.groupConsumer("resolve", 500)),
                        kafka.transactionalProducer("resolve"), kafka.readerConsumer("resolve-state")),
                outbox -> new Resolver(settings, clock, outbox, metrics),
                wake -> new ResolveCalls(providers.trovaPec(), providers.pecApi(), wake),
                new ResolveLoop.Settings(topics.resolve(), topics.resolveState(), topics.dispatch(), topics.events(),
                        properties.dispatch().pollTimeout(), properties.dispatch().payloadCache().toBytes()),
                clock);
    }

    @Bean
    DispatchLoop dispatchLoop(KafkaClients kafka, PecFlowProperties properties, EngineClock clock,
                              MailboxDirectory mailboxes, PecMassivaClient client, EngineMetrics metrics,
                              KafkaConsumerMetrics consumerMetrics) {
        PecFlowProperties.Dispatch dispatch = properties.dispatch();
        PecFlowProperties.Retry retry = dispatch.retry();
        OutcomePolicy policy = new OutcomePolicy(new RetryPolicy(retry.maxAttempts(), retry.initialDelay(),
                retry.maxDelay(), retry.multiplier(), retry.jitter()), ambiguousPolicy(dispatch.ambiguousPolicy()),
                RandomGenerator.getDefault());
        DispatchSettings settings = new DispatchSettings(dispatch.splitRecipients(),
                policy.resendsAmbiguous(), ZoneId.of(dispatch.zone()), dispatch.payloadCache().toBytes(),
                dispatch.suspendedProbe(), dispatch.pacingLookAhead(), dispatch.maxInFlightUnpaced());
        PecFlowProperties.Topics topics = properties.topics();
        ReceiptSettings receipts = properties.receipts().toSettings();
        return new DispatchLoop(
                () -> new DispatchLoop.Clients(consumerMetrics.bind("dispatch", kafka.groupConsumer("dispatch", 500)),
                        kafka.transactionalProducer("dispatch"),
                        kafka.readerConsumer("restore"), kafka.readerConsumer("fetch")),
                parts -> new Dispatcher(settings, mailboxes, policy, clock, parts.outbox(), parts.payloads(), metrics,
                        new ReceiptTracker(receipts, clock, parts.outbox(),
                                address -> mailboxes.find(address).map(MailboxDirectory.Mailbox::credentials), metrics)),
                wake -> new SendRunner(client, clock, wake, properties.provider().requestTimeout().plusSeconds(1)),
                wake -> new ReceiptCalls(client, wake),
                new DispatchLoop.Settings(topics.dispatch(), topics.dispatchState(), topics.events(),
                        dispatch.pollTimeout(), dispatch.shutdownGrace(), dispatch.suspendedProbe(), dispatch.maxPending()),
                clock);
    }

    @Bean
    EngineLifecycle engineLifecycle(IntakeLoop intake, DispatchLoop dispatch, ResolveLoop resolve,
                                    PecFlowProperties properties, org.springframework.kafka.core.KafkaAdmin admin) {
        PecFlowProperties.Topics topics = properties.topics();
        return new EngineLifecycle(intake, dispatch, resolve, properties.dispatch().shutdownGrace(),
                () -> TopicReadiness.await(admin, java.util.List.of(topics.jobs(), topics.events(), topics.deadLetter(),
                        topics.dispatch(), topics.dispatchState(), topics.resolve(), topics.resolveState()),
                        java.time.Duration.ofSeconds(60)));
    }

    private static OutcomePolicy.AmbiguousPolicy ambiguousPolicy(String value) {
        try {
            return OutcomePolicy.AmbiguousPolicy.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalStateException("pecflow.dispatch.ambiguous-policy must be park or resend, not " + value);
        }
    }
}
