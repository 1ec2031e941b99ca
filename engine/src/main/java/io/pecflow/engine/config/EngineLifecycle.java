package io.pecflow.engine.config;

import io.pecflow.engine.intake.IntakeLoop;
import io.pecflow.engine.kafka.DispatchLoop;
import io.pecflow.engine.kafka.ResolveLoop;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the intake, dispatch and resolve threads with the application and stops them gracefully
 * on SIGTERM: all stop taking work, the dispatch waits for sends in flight and commits, within the
 * grace period; the resolve stage commits what is finished (its calls are made again after a restart).
 */
public class EngineLifecycle implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(EngineLifecycle.class);

    private final IntakeLoop intake;
    private final DispatchLoop dispatch;
    private final ResolveLoop resolve;
    private final Duration grace;
    private final Runnable awaitTopics;
    private Thread intakeThread;
    private Thread dispatchThread;
    private Thread resolveThread;

    public EngineLifecycle(IntakeLoop intake, DispatchLoop dispatch, ResolveLoop resolve, Duration grace,
                           Runnable awaitTopics) {
        this.intake = intake;
        this.dispatch = dispatch;
        this.resolve = resolve;
        this.grace = grace;
        this.awaitTopics = awaitTopics;
    }

    @Override
    public synchronized void start() {
        awaitTopics.run();
        intakeThread = Thread.ofPlatform().name("pecflow-intake").start(intake);
        dispatchThread = Thread.ofPlatform().name("pecflow-dispatch").start(dispatch);
        resolveThread = Thread.ofPlatform().name("pecflow-resolve").start(resolve);
        LOG.info("PecFlow engine started");
    }

    @Override
    public synchronized void stop() {
        if (intakeThread == null) {
            return;
        }
        intake.stop();
        resolve.stop();
        dispatch.stop();
        join(intakeThread, Duration.ofSeconds(5));
        join(resolveThread, Duration.ofSeconds(10));
        join(dispatchThread, grace.plusSeconds(3));
        intakeThread = null;
        dispatchThread = null;
        resolveThread = null;
        LOG.info("PecFlow engine stopped");
    }

    private static void join(Thread thread, Duration timeout) {
        try {
            if (!thread.join(timeout)) {
                LOG.warn("{} did not stop within {}", thread.getName(), timeout);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return intakeThread != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
