package io.pecflow.engine.calls;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs blocking provider calls, each on its own named virtual thread, and hands their answers back
 * through a queue to the one thread that owns a stage; {@code onAnswer} wakes that thread after
 * each. A call that throws (a bug) is answered by its fallback, so every call gets an answer.
 * Thread-safe.
 *
 * @param <A> the answers
 */
public final class CallQueue<A> implements AutoCloseable {

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final Runnable onAnswer;
    private final Duration closeWait;
    private final ExecutorService threads;
    private final Queue<A> answers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();

    /** @param threadPrefix the virtual threads' name, numbered from 0 */
    public CallQueue(String threadPrefix, Runnable onAnswer) {
        this(threadPrefix, onAnswer, CLOSE_WAIT);
    }

    /** @param closeWait how long {@link #close()} waits for the calls still on the wire */
    public CallQueue(String threadPrefix, Runnable onAnswer, Duration closeWait) {
        this.onAnswer = onAnswer;
        this.closeWait = closeWait;
        this.threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(threadPrefix, 0).factory());
    }

    /**
     * @param call   the call, run on its own virtual thread
     * @param ifBug  the answer when the call throws
     */
    public void start(Supplier<A> call, Function<RuntimeException, A> ifBug) {
        inFlight.incrementAndGet();
        threads.execute(() -> {
            try {
                answers.add(call.get());
            } catch (RuntimeException bug) {
                answers.add(ifBug.apply(bug));
            } finally {
                inFlight.decrementAndGet();
                onAnswer.run();
            }
        });
    }

    /** @return the next answer, or null when none waits */
    public A next() {
        return answers.poll();
    }

    /** @return the calls not answered yet */
    public int inFlight() {
        return inFlight.get();
    }

    /** Waits (5 s unless told otherwise) for calls still on the wire; their answers are left unread. */
    @Override
    public void close() {
        threads.shutdown();
        try {
            threads.awaitTermination(closeWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
