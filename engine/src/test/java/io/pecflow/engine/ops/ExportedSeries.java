package io.pecflow.engine.ops;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.pecflow.adapter.massiva.CallOutcome;
import io.pecflow.adapter.massiva.MessageCode;
import io.pecflow.adapter.massiva.PecMassivaClient;
import io.pecflow.adapter.massiva.SendOutcome;
import io.pecflow.engine.dispatch.DispatchListener.MailboxFigures;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.metrics.EngineMetrics;
import io.pecflow.engine.metrics.KafkaConsumerMetrics;
import io.pecflow.engine.metrics.ProviderStatus;
import io.pecflow.engine.metrics.TimedPecMassivaClient;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The series the engine really exports, as Prometheus names them: the engine's own meters
 * (driven through every outcome, event and kind) and the Kafka consumer metrics, scraped from a
 * Prometheus registry. Maps each series name to its labels and each label to the values seen.
 */
final class ExportedSeries {

    /** Labels Prometheus or the engine's common tags add to every series. */
    static final Set<String> TARGET_LABELS = Set.of("instance", "job", "application", "namespace", "pod", "service",
            "container", "endpoint");

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? \\S+.*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Map<String, Map<String, Set<String>>> series;

    private ExportedSeries(Map<String, Map<String, Set<String>>> series) {
        this.series = series;
    }

    static ExportedSeries scrape() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        driveEngineMeters(registry);
        KafkaConsumerMetrics kafka = new KafkaConsumerMetrics(registry);
        try (KafkaConsumer<byte[], byte[]> intake = consumer(); KafkaConsumer<byte[], byte[]> dispatch = consumer()) {
            kafka.bind("intake", intake);
            kafka.bind("dispatch", dispatch);
            return new ExportedSeries(parse(registry.scrape()));
        } finally {
            registry.close();
        }
    }

    private static void driveEngineMeters(PrometheusMeterRegistry registry) {
        EngineMetrics metrics = new EngineMetrics(registry, true);
        String box = "box@pecmassiva.com";
        for (EventType type : EventType.values()) {
            metrics.event(type, box);
            metrics.receiptEvent(type, box);
        }
        metrics.suspended(box, true);
        metrics.pacingWait(box, Duration.ofMillis(10));
        metrics.mailbox(new MailboxFigures(box, 1, 2, 3, 3_500, 3, 0));
        metrics.delivered(box, Duration.ofSeconds(3));
        metrics.receiptCall("fetch", box, 1, false);
        metrics.receiptCall("fetch", box, 1, true);
        metrics.unmatchedReceipt(box, false);
        metrics.unmatchedReceipt(box, true);
        metrics.storage(box, 0.5);
        metrics.awaiting(4);

        List<SendOutcome> sends = List.of(new SendOutcome.Sent(MessageCode.of("1001"), 1),
                new SendOutcome.Rejected(400, "bad"), new SendOutcome.Unauthorized("no"),
                new SendOutcome.Throttled("slow", Optional.empty()), new SendOutcome.ServerError(500, "err"),
                new SendOutcome.NotSent("refused"), new SendOutcome.Ambiguous("timeout"));
        List<CallOutcome<String>> calls = List.of(new CallOutcome.Ok<>("ok"), new CallOutcome.NotFound<>("none"),
                new CallOutcome.Rejected<>(400, "bad"), new CallOutcome.Unauthorized<>("no"),
                new CallOutcome.Throttled<>("slow", Optional.empty()), new CallOutcome.ServerError<>(500, "err"),
                new CallOutcome.Unreachable<>("down"));
        for (SendOutcome send : sends) {
            timed(registry, send).send(null, null);
        }
        for (CallOutcome<String> call : calls) {
            timed(registry, call).deleteSendingReceipts(MessageCode.of("1001"), null);
        }
    }

    /** @return the engine's timed client around a client that answers every call with {@code answer} */
    private static PecMassivaClient timed(PrometheusMeterRegistry registry, Object answer) {
        PecMassivaClient fixed = (PecMassivaClient) Proxy.newProxyInstance(PecMassivaClient.class.getClassLoader(),
                new Class<?>[] {PecMassivaClient.class}, (proxy, method, args) -> answer);
        return new TimedPecMassivaClient(fixed, registry, new ProviderStatus(), Clock.systemUTC());
    }

    private static KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9",
                ConsumerConfig.GROUP_ID_CONFIG, "ops-files-test"), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    private static Map<String, Map<String, Set<String>>> parse(String scrape) {
        Map<String, Map<String, Set<String>>> found = new TreeMap<>();
        for (String line : scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                throw new AssertionError("unexpected scrape line: " + line);
            }
            Map<String, Set<String>> labels = found.computeIfAbsent(sample.group(1), name -> new TreeMap<>());
            Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
            while (label.find()) {
                labels.computeIfAbsent(label.group(1), name -> new TreeSet<>()).add(label.group(2));
            }
        }
        return found;
    }

    Set<String> names() {
        return series.keySet();
    }

    boolean has(String name) {
        return series.containsKey(name);
    }

    /** @return the labels of a series, the target labels Prometheus adds among them */
    Set<String> labels(String name) {
        Set<String> labels = new TreeSet<>(series.getOrDefault(name, Map.of()).keySet());
        labels.addAll(TARGET_LABELS);
        return labels;
    }

    /** @return the values seen of one label of a series */
    Set<String> values(String name, String label) {
        return series.getOrDefault(name, Map.of()).getOrDefault(label, Set.of());
    }
}
