package io.pecflow.engine.kafka;

import io.pecflow.engine.clock.EngineClock;
import io.pecflow.engine.dispatch.Completion;
import io.pecflow.engine.dispatch.Dispatcher;
import io.pecflow.engine.dispatch.SendRunner;
import io.pecflow.engine.dispatch.SendTask;
import io.pecflow.engine.job.JobCodec;
import io.pecflow.engine.receipt.ReceiptAnswer;
import io.pecflow.engine.receipt.ReceiptCall;
import io.pecflow.engine.receipt.ReceiptCalls;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One life of the {@link DispatchLoop}: one set of Kafka clients, a fresh {@link Dispatcher} and
 * send runner, and the steps of the dispatch thread (read, take outcomes, decide, commit, start),
 * the hand-over on rebalances and the drain on stop. After a failure the loop starts a new one
 * from the durable state.
 */
final class DispatchIncarnation implements ConsumerRebalanceListener {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchLoop.class);

    private final DispatchLoop loop;
    private final DispatchLoop.Settings settings;
    private final EngineClock clock;
    private final JobCodec codec = new JobCodec();
    private final DispatchLoop.Clients kafka;
    private final KafkaOutbox outbox;
    private final KafkaPayloadSource payloads;
    private final StateRestorer restorer;
    private final Dispatcher dispatcher;
    private final SendRunner runner;
    /** Calls decided whose records are not committed yet. */
    private final List<SendTask> tasksToStart = new ArrayList<>();
    private final List<ReceiptCall> callsToStart = new ArrayList<>();
    private final ReceiptCalls receiptCalls;
    private final StepCommits commits;
    private Instant nextProbe;
    private long nextReportNanos;
    private boolean paused;

    DispatchIncarnation(DispatchLoop loop, DispatchLoop.Clients kafka, DispatchLoop.Settings settings, EngineClock clock,
                        Function<DispatchLoop.DispatcherParts, Dispatcher> dispatchers,
                        Function<Runnable, SendRunner> runners, Function<Runnable, ReceiptCalls> receiptCallers) {
        this.loop = loop;
        this.settings = settings;
        this.clock = clock;
        this.kafka = kafka;
        this.outbox = new KafkaOutbox(settings.stateTopic(), settings.eventsTopic());
        this.payloads = new KafkaPayloadSource(kafka.payloadReader(), settings.dispatchTopic());
        this.restorer = new StateRestorer(kafka.restoreReader(), settings.stateTopic());
        this.dispatcher = dispatchers.apply(new DispatchLoop.DispatcherParts(outbox, payloads));
        this.runner = runners.apply(loop::wakeUp);
        this.receiptCalls = receiptCallers.apply(loop::wakeUp);
        this.nextProbe = clock.now().plus(settings.suspendedProbe());
        this.commits = new StepCommits(settings.dispatchTopic());
    }

    void run() {
        loop.attach(kafka.consumer());
        try {
            kafka.consumer().subscribe(List.of(settings.dispatchTopic()), this);
            while (loop.isRunning()) {
                step();
            }
            drain();
        } finally {
            loop.attach(null);
            runner.close();
            receiptCalls.close();
        }
    }

    private void step() {
        for (ConsumerRecord<byte[], byte[]> record : poll()) {
            read(record);
        }
        takeOutcomes();
        tasksToStart.addAll(dispatcher.schedule());
        callsToStart.addAll(dispatcher.receipts().due());
        commitAndStart();
        probeSuspended();
        backPressure();
        if (System.nanoTime() - nextReportNanos >= 0) {
            nextReportNanos = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            dispatcher.report();
        }
    }

    private Iterable<ConsumerRecord<byte[], byte[]>> poll() {
        return StageLoop.pollOrWoken(kafka.consumer(), pollTimeout());
    }

    private Duration pollTimeout() {
        Instant next = dispatcher.partitions().nextTimedEvent().orElse(null);
        Instant receiptsDue = dispatcher.receipts().nextDue().orElse(null);
        if (receiptsDue != null && (next == null || receiptsDue.isBefore(next))) {
            next = receiptsDue;
        }
        Duration timeout = StageLoop.waitFor(java.util.Optional.ofNullable(next), clock.now(), settings.pollTimeout());
        // Pacing waits are short and many: look again soon while a mailbox has a send ready.
        return timeout.toMillis() > 5 && dispatcher.partitions().hasSendsDueSoon(clock.now())
                ? Duration.ofMillis(5) : timeout;
    }

    private void read(ConsumerRecord<byte[], byte[]> record) {
        try {
            dispatcher.accept(record.partition(), record.offset(), codec.read(record.value()));
        } catch (IllegalArgumentException unreadable) {
            dispatcher.unreadable(record.partition(), record.offset(), unreadable.getMessage());
        }
    }

    private void takeOutcomes() {
        for (Completion done = runner.nextCompletion(); done != null; done = runner.nextCompletion()) {
            dispatcher.completed(done);
        }
        for (SendRunner.ProbeResult probe = runner.nextProbeResult(); probe != null;
             probe = runner.nextProbeResult()) {
            dispatcher.probed(probe.probe(), probe.works());
        }
        for (ReceiptAnswer answer = receiptCalls.nextAnswer(); answer != null; answer = receiptCalls.nextAnswer()) {
            dispatcher.receipts().answered(answer);
        }
    }

    private void commit() {
        Map<Integer, Long> points = dispatcher.partitions().commitPoints();
        if (commits.commit(kafka, outbox, points)) {
            dispatcher.partitions().committed(points);
        }
    }

    /**
     * Commits, then starts the calls decided so far: never before their records are durable. A
     * commit refused during a rebalance keeps them waiting for the next step's commit.
     */
    private void commitAndStart() {
        commit();
        if (commits.pending(outbox)) {
            return;
        }
        tasksToStart.forEach(runner::start);
        tasksToStart.clear();
        callsToStart.forEach(receiptCalls::start);
        callsToStart.clear();
    }

    private void probeSuspended() {
        if (clock.now().isBefore(nextProbe)) {
            return;
        }
        nextProbe = clock.now().plus(settings.suspendedProbe());
        dispatcher.partitions().suspendedMailboxes().forEach(runner::probe);
    }

    private void backPressure() {
        long waiting = dispatcher.partitions().waiting();
        if (!paused && waiting > settings.maxPending()) {
            kafka.consumer().pause(kafka.consumer().assignment());
            paused = true;
            LOG.warn("{} sends waiting (more than {}): reading of new jobs paused", waiting, settings.maxPending());
        } else if (paused && waiting < settings.maxPending() * 9 / 10) {
            kafka.consumer().resume(kafka.consumer().paused());
            paused = false;
            LOG.info("{} sends waiting: reading of new jobs resumed", waiting);
        }
    }

    /** Stops deciding sends, waits for those in flight (up to the grace), commits their outcomes. */
    private void drain() {
        long deadline = System.nanoTime() + settings.shutdownGrace().toNanos();
        commitAndStart();
        while ((runner.inFlight() > 0 || commits.pending(outbox)) && System.nanoTime() < deadline) {
            poll();
            takeOutcomes();
            commitAndStart();
        }
        takeOutcomes();
        commit();
        if (runner.inFlight() > 0) {
            LOG.warn("Stopped with {} sends still in flight; they will be AMBIGUOUS after restart", runner.inFlight());
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
        if (revoked.isEmpty()) {
            return;
        }
        List<Integer> partitions = new ArrayList<>(revoked.stream().map(TopicPartition::partition).toList());
        long deadline = System.nanoTime() + settings.shutdownGrace().toNanos();
        // The group's generation is valid here: what a refused commit kept goes now, and its calls start.
        commitAndStart();
        if (commits.pending(outbox)) {
            throw new IllegalStateException("could not commit before handing over partitions " + partitions);
        }
        while (partitions.stream().anyMatch(dispatcher.partitions()::inFlight) && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
            takeOutcomes();
        }
        takeOutcomes();
        commit();
        partitions.forEach(partition -> {
            dispatcher.released(partition);
            payloads.forget(partition);
            commits.forget(partition);
        });
        LOG.info("Dispatch partitions {} handed over", partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> lost) {
        if (commits.pending(outbox)) {
            // Records kept from a refused commit may concern the lost partitions, whose new owner must
            // not see them: start again from the durable state (the calls they decided never started).
            throw new IllegalStateException("partitions " + lost + " lost while a refused commit was pending");
        }
        lost.forEach(tp -> {
            dispatcher.released(tp.partition());
            payloads.forget(tp.partition());
            commits.forget(tp.partition());
        });
        LOG.warn("Dispatch partitions {} lost without hand-over", lost);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
        for (TopicPartition tp : assigned) {
            dispatcher.assigned(tp.partition(), restorer.restore(tp.partition()));
        }
        if (!assigned.isEmpty()) {
            LOG.info("Dispatch partitions {} taken over", assigned.stream().map(TopicPartition::partition).toList());
        }
        if (paused) {
            kafka.consumer().pause(assigned);
        }
    }
}
