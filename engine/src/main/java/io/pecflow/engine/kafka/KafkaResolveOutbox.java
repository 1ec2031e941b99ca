package io.pecflow.engine.kafka;

import io.pecflow.engine.event.EventCodec;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.job.JobCodec;
import io.pecflow.engine.job.SendJob;
import io.pecflow.engine.resolve.ResolveOutbox;
import io.pecflow.engine.resolve.ResolveRecord;
import io.pecflow.engine.resolve.ResolveRecordCodec;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.utils.Utils;

/**
 * Collects the resolver's records until the next transaction: state records go to the
 * resolve-state partition of their routing (so a tax code's pending search and its answer share
 * one, in order), events to the events topic keyed by jobId, finished jobs to the dispatch topic
 * keyed by mailbox, exactly as the intake forwards them. Resolve thread only.
 */
final class KafkaResolveOutbox extends RecordBatch implements ResolveOutbox {

    private final ResolveLoop.Settings settings;
    private final int statePartitions;
    private final ResolveRecordCodec states = new ResolveRecordCodec();
    private final EventCodec events = new EventCodec();
    private final JobCodec jobs = new JobCodec();

    KafkaResolveOutbox(ResolveLoop.Settings settings, int statePartitions) {
        this.settings = settings;
        this.statePartitions = statePartitions;
    }

    @Override
    public void state(ResolveRecord record) {
        int partition = Utils.toPositive(Utils.murmur2(utf8(record.routing()))) % statePartitions;
        add(new ProducerRecord<>(settings.stateTopic(), partition, utf8(record.key()), states.write(record)));
    }

    @Override
    public void event(JobEvent event) {
        add(new ProducerRecord<>(settings.eventsTopic(), utf8(event.key()), events.write(event)));
    }

    @Override
    public void forward(SendJob job) {
        add(new ProducerRecord<>(settings.dispatchTopic(), utf8(job.mailbox()), jobs.write(job)));
    }
}
