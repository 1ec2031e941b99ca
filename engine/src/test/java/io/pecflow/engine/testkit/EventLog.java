package io.pecflow.engine.testkit;

import io.pecflow.engine.event.EventCodec;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** Reads an events topic (committed records only) in the background, as an upstream consumer would. */
public final class EventLog implements AutoCloseable {

    private final List<JobEvent> events = new CopyOnWriteArrayList<>();
    private final List<ConsumerRecord<byte[], byte[]>> raw = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile boolean running = true;

    public EventLog(String topic) {
        EventCodec codec = new EventCodec();
        KafkaConsumer<byte[], byte[]> consumer = TestKafka.committedReader("test-events");
        consumer.subscribe(List.of(topic));
        reader = Thread.ofPlatform().name("test-event-log").start(() -> {
            try (consumer) {
                while (running) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        raw.add(record);
                        events.add(codec.read(record.value()));
                    }
                }
            }
        });
    }

    public List<JobEvent> all() {
        return List.copyOf(events);
    }

    public List<ConsumerRecord<byte[], byte[]>> records() {
        return List.copyOf(raw);
    }

    public List<JobEvent> ofType(EventType type) {
        return events.stream().filter(event -> event.type() == type).toList();
    }

    public List<JobEvent> forJob(String jobId) {
        return events.stream().filter(event -> event.jobId().equals(jobId)).toList();
    }

    /**
     * @return per jobId, the terminal dispatch events (SUBMITTED, FAILED, AMBIGUOUS, EXPIRED) in order;
     *         not the receipt tracker's later word on an AMBIGUOUS send (recovered or left to a person)
     */
    public Map<String, List<EventType>> terminalByJob() {
        return events.stream().filter(event -> switch (event.type()) {
            case SUBMITTED, FAILED, EXPIRED -> !event.recovered();
            case AMBIGUOUS -> !event.reason().orElse("").startsWith("no evidence");
            default -> false;
        }).collect(Collectors.groupingBy(JobEvent::jobId, Collectors.mapping(JobEvent::type,
                Collectors.toCollection(ArrayList::new))));
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join(Duration.ofSeconds(5));
    }
}
