package io.pecflow.engine.kafka;

import io.pecflow.engine.clock.EngineClock;
import io.pecflow.engine.job.JobCodec;
import io.pecflow.engine.resolve.ResolveAnswer;
import io.pecflow.engine.resolve.ResolveCall;
import io.pecflow.engine.resolve.ResolveCalls;
import io.pecflow.engine.resolve.ResolveOutbox;
import io.pecflow.engine.resolve.Resolver;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One life of the {@link ResolveLoop}: one set of Kafka clients, a fresh {@link Resolver} and
 * calls runner, the steps of the resolve thread (read, take answers, decide, commit, start) and
 * the hand-over on rebalances. It restores the resolve state before it reads a job, and reads it
 * up to date again before it takes a partition over.
 */
final class ResolveIncarnation implements ConsumerRebalanceListener {

    private static final Logger LOG = LoggerFactory.getLogger(ResolveLoop.class);

    private final ResolveLoop loop;
    private final ResolveLoop.Settings settings;
    private final EngineClock clock;
    private final ResolveLoop.Clients kafka;
    /** Calls decided whose records are not committed yet. */
    private final List<ResolveCall> callsToStart = new java.util.ArrayList<>();
    private final KafkaResolveOutbox outbox;
    private final ResolveStateTail tail;
    private final Resolver resolver;
    private final ResolveCalls calls;
    private final JobCodec codec = new JobCodec();
    private final StepCommits commits;
    private boolean paused;

    ResolveIncarnation(ResolveLoop loop, ResolveLoop.Clients kafka, ResolveLoop.Settings settings, EngineClock clock,
                       Function<ResolveOutbox, Resolver> resolvers, Function<Runnable, ResolveCalls> callers) {
        this.loop = loop;
        this.settings = settings;
        this.clock = clock;
        this.kafka = kafka;
        this.outbox = new KafkaResolveOutbox(settings, kafka.producer().partitionsFor(settings.stateTopic()).size());
        this.tail = new ResolveStateTail(kafka.stateReader(), settings.stateTopic());
        this.resolver = resolvers.apply(outbox);
        this.calls = callers.apply(loop::wakeUp);
        this.commits = new StepCommits(settings.resolveTopic());
    }

    void run() {
        loop.attach(kafka.consumer());
        try {
            tail.start(resolver::restored);
            kafka.consumer().subscribe(List.of(settings.resolveTopic()), this);
            while (loop.isRunning()) {
                step();
            }
            takeAnswers();
            commit();
        } finally {
            loop.attach(null);
            calls.close();
        }
    }

    private void step() {
        Iterable<ConsumerRecord<byte[], byte[]>> records = poll();
        tail.follow(resolver::restored);
        for (ConsumerRecord<byte[], byte[]> record : records) {
            read(record);
        }
        takeAnswers();
        callsToStart.addAll(resolver.due());
        commit();
        if (!commits.pending(outbox)) { // a commit refused during a rebalance: start them after the next one
            callsToStart.forEach(calls::start);
            callsToStart.clear();
        }
        backPressure();
    }

    private Iterable<ConsumerRecord<byte[], byte[]>> poll() {
        return StageLoop.pollOrWoken(kafka.consumer(), StageLoop.waitFor(resolver.nextDue(), clock.now(),
                settings.pollTimeout()));
    }

    private void read(ConsumerRecord<byte[], byte[]> record) {
        try {
            resolver.accept(record.partition(), record.offset(), codec.read(record.value()),
                    record.serializedValueSize());
        } catch (IllegalArgumentException unreadable) {
            resolver.unreadable(record.partition(), record.offset(), unreadable.getMessage());
        }
    }

    private void takeAnswers() {
        for (ResolveAnswer answer = calls.nextAnswer(); answer != null; answer = calls.nextAnswer()) {
            resolver.answered(answer);
        }
    }

    private void commit() {
        commits.commit(kafka, outbox, resolver.commitPoints());
    }

    private void backPressure() {
        long held = resolver.heldBytes();
        if (!paused && held > settings.maxHeldBytes()) {
            kafka.consumer().pause(kafka.consumer().assignment());
            paused = true;
            LOG.warn("{} jobs ({} bytes) wait for tax codes or domain checks: reading of new ones paused",
                    resolver.jobsInProgress(), held);
        } else if (paused && held < settings.maxHeldBytes() * 9 / 10) {
            kafka.consumer().resume(kafka.consumer().paused());
            paused = false;
            LOG.info("{} jobs wait for tax codes or domain checks: reading of new ones resumed", resolver.jobsInProgress());
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
        if (revoked.isEmpty()) {
            return;
        }
        takeAnswers();
        commit();
        revoked.forEach(tp -> {
            resolver.released(tp.partition());
            commits.forget(tp.partition());
        });
        LOG.info("Resolve partitions {} handed over", revoked.stream().map(TopicPartition::partition).toList());
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> lost) {
        if (commits.pending(outbox)) {
            // Records kept from a refused commit may concern the lost partitions: start again from the durable state.
            throw new IllegalStateException("partitions " + lost + " lost while a refused commit was pending");
        }
        lost.forEach(tp -> {
            resolver.released(tp.partition());
            commits.forget(tp.partition());
        });
        LOG.warn("Resolve partitions {} lost without hand-over", lost);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
        if (assigned.isEmpty()) {
            return;
        }
        tail.catchUp(resolver::restored);
        assigned.forEach(tp -> resolver.assigned(tp.partition()));
        LOG.info("Resolve partitions {} taken over", assigned.stream().map(TopicPartition::partition).toList());
        if (paused) {
            kafka.consumer().pause(assigned);
        }
    }
}
