package io.pecflow.cli.output;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A few lines of progress that change over time. On a terminal they are redrawn in place (at
 * most every 100 ms); elsewhere each changed version is written as a plain block, at most once
 * per interval, so that a log gets a readable history rather than a flood. {@link #finish}
 * always writes the last version. Not thread-safe: one thread draws.
 */
public final class StatusView {

    private static final Duration REDRAW = Duration.ofMillis(100);
    /** Cursor to the start of the line {@code n} lines up ({@code ESC [ n F}), then clear to the end of the screen. */
    private static final String UP_AND_CLEAR = "\u001b[%dF\u001b[J";

    private final PrintWriter writer;
    private final Clock clock;
    private final boolean inPlace;
    private final Duration interval;
    private List<String> shown = List.of();
    private int drawnLines;
    private Instant lastDrawn = Instant.MIN;

    private StatusView(PrintWriter writer, Clock clock, boolean inPlace, Duration interval) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.inPlace = inPlace;
        this.interval = inPlace ? REDRAW : interval;
    }

    /**
     * @param plainInterval how often at most a plain block is written
     * @return a view drawing on {@code writer} in the way the terminal allows
     */
    public static StatusView on(PrintWriter writer, Terminal terminal, Clock clock, Duration plainInterval) {
        return new StatusView(writer, clock, terminal.interactive(), plainInterval);
    }

    /** Shows these lines if they changed and the last drawing is old enough. */
    public void show(List<String> lines) {
        Instant now = clock.instant();
        if (lines.equals(shown) || now.isBefore(lastDrawn.plus(interval))) {
            return;
        }
        draw(lines, now);
    }

    /** Shows these lines now, unless they are exactly what is shown already. */
    public void finish(List<String> lines) {
        if (!lines.equals(shown) || drawnLines == 0) {
            draw(lines, clock.instant());
        }
    }

    private void draw(List<String> lines, Instant now) {
        if (inPlace && drawnLines > 0) {
            writer.print(UP_AND_CLEAR.formatted(drawnLines));
        }
        lines.forEach(writer::println);
        if (!inPlace && lines.size() > 1) {
            writer.println();
        }
        writer.flush();
        shown = List.copyOf(lines);
        drawnLines = lines.size();
        lastDrawn = now;
    }
}
