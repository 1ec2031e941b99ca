package io.pecflow.cli.output;

import io.pecflow.adapter.trovapec.PollingClock;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link PollingClock} that keeps a spinner turning on a terminal while it waits, so that a
 * TrovaPEC lookup (minutes, at the service) shows it is alive; elsewhere it writes one line when
 * waiting starts. Time and sleeping come from the clock it wraps. Used by one thread.
 */
public final class Spinner implements PollingClock {

    private static final String FRAMES = "|/-\\";
    private static final Duration FRAME = Duration.ofMillis(125);

    private final PollingClock clock;
    private final PrintWriter writer;
    private final boolean interactive;
    private final String label;
    private final long started;
    private int frame;
    private boolean announced;

    public Spinner(PollingClock clock, PrintWriter writer, Terminal terminal, String label) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.interactive = terminal.interactive();
        this.label = Objects.requireNonNull(label, "label");
        this.started = clock.nanoTime();
    }

    @Override
    public long nanoTime() {
        return clock.nanoTime();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (!interactive) {
            if (!announced) {
                writer.println(label + " ...");
                writer.flush();
                announced = true;
            }
            clock.sleep(duration);
            return;
        }
        long until = clock.nanoTime() + duration.toNanos();
        for (long left = duration.toNanos(); left > 0; left = until - clock.nanoTime()) {
            draw();
            clock.sleep(Duration.ofNanos(Math.min(left, FRAME.toNanos())));
        }
    }

    /** Clears the spinner's line (on a terminal). */
    public void stop() {
        if (interactive && frame > 0) {
            writer.print("\r\u001b[K");
            writer.flush();
        }
    }

    private void draw() {
        long seconds = Duration.ofNanos(clock.nanoTime() - started).toSeconds();
        writer.print("\r" + FRAMES.charAt(frame++ % FRAMES.length()) + " " + label + " (" + seconds + " s)\u001b[K");
        writer.flush();
    }
}
