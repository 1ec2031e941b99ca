package io.pecflow.cli;

import io.pecflow.cli.output.Terminal;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What every command is given instead of reaching for globals: the environment variables, the
 * two output streams, what kind of terminal they go to, and the clock. Tests hand in their own.
 * Immutable; the writers are the caller's.
 *
 * @param env      the environment variables (as {@link System#getenv()})
 * @param out      results: tables, JSON, written files
 * @param err      progress, warnings and errors
 * @param terminal whether output can be redrawn in place
 * @param clock    wall time, for deadlines and for throttling plain progress lines
 */
public record CliContext(Map<String, String> env, PrintWriter out, PrintWriter err, Terminal terminal, Clock clock) {

    public CliContext {
        env = Map.copyOf(env);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(clock, "clock");
    }
}
