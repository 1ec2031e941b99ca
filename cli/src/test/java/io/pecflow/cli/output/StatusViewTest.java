package io.pecflow.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusViewTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final StringWriter written = new StringWriter();
    private final HandClock clock = new HandClock();

    @Test
    void shouldWritePlainLinesAtMostOncePerIntervalAndAlwaysTheLastOnFinish() {
        StatusView view = StatusView.on(new PrintWriter(written), Terminal.plain(), clock, Duration.ofSeconds(5));

        view.show(List.of("1/10"));
        view.show(List.of("2/10"));
        clock.advance(Duration.ofSeconds(5));
        view.show(List.of("3/10"));
        view.show(List.of("3/10"));
        view.finish(List.of("10/10"));

        assertThat(written.toString().lines()).containsExactly("1/10", "3/10", "10/10");
    }

    @Test
    void shouldRedrawInPlaceOnATerminal() {
        StatusView view = StatusView.on(new PrintWriter(written), new Terminal(true), clock, Duration.ofSeconds(5));

        view.show(List.of("a", "b"));
        clock.advance(Duration.ofSeconds(1));
        view.finish(List.of("c", "d"));

        assertThat(written.toString()).isEqualTo("a\nb\n\u001b[2F\u001b[Jc\nd\n".replace("\n", System.lineSeparator()));
    }
}
