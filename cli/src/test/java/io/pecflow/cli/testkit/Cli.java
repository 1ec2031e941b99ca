package io.pecflow.cli.testkit;

import io.pecflow.cli.CliContext;
import io.pecflow.cli.PecFlowCli;
import io.pecflow.cli.output.Terminal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Runs {@code pecflow} in this JVM with an environment of the test's own and captures what it writes. */
public final class Cli {

    private final Map<String, String> env = new HashMap<>();

    public static Cli withEnv(String... namesAndValues) {
        Cli cli = new Cli();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            cli.env.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return cli;
    }

    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(env, new PrintWriter(out), new PrintWriter(err), Terminal.plain(),
                Clock.systemUTC());
        int exitCode = PecFlowCli.run(context, args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** What a run left: its exit code and its two outputs. */
    public record Result(int exitCode, String out, String err) {

        public String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }
}
