package io.pecflow.engine.kafka;

import io.pecflow.engine.event.EventCodec;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.job.JobCodec;
import io.pecflow.engine.job.SendJob;
import io.pecflow.engine.resolve.ResolveOutbox;
import io.pecflow.engine.resolve.ResolveRecord;
import io.pecflow.engine.resolve.ResolveRecordCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.utils.Utils;

/**
 * Collects the resolver's records until the next transaction: state records go to the
 * resolve-state partition of their routing (so a tax code's pending search and its answer share
 * one, in order), events to the events topic keyed by jobId, finished jobs to the dispatch topic
 * keyed by mailbox, exactly as the intake forwards them. Resolve thread only.
 */
final class KafkaResolveOutbox implements ResolveOutbox {

    private final ResolveLoop.Settings settings;
    private final int statePartitions;
    private final ResolveRecordCodec states = new ResolveRecordCodec();
    private final EventCodec events = new EventCodec();
    private final JobCodec jobs = new JobCodec();
    private final List<ProducerRecord<byte[], byte[]>> pending = new ArrayList<>();

    KafkaResolveOutbox(ResolveLoop.Settings settings, int statePartitions) {
        this.settings = settings;
        this.statePartitions = statePartitions;
    }

    @Override
    public void state(ResolveRecord record) {
        int partition = Utils.toPositive(Utils.murmur2(bytes(record.routing()))) % statePartitions;
        pending.add(new ProducerRecord<>(settings.stateTopic(), partition, bytes(record.key()), states.write(record)));
    }

    @Override
    public void event(JobEvent event) {
        pending.add(new ProducerRecord<>(settings.eventsTopic(), bytes(event.key()), events.write(event)));
    }

    @Override
    public void forward(SendJob job) {
        pending.add(new ProducerRecord<>(settings.dispatchTopic(), bytes(job.mailbox()), jobs.write(job)));
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Sends everything collected into the producer's open transaction and forgets it. */
    void sendAll(Producer<byte[], byte[]> producer) {
        pending.forEach(producer::send);
        pending.clear();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
