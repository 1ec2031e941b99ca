package io.pecflow.cli.output;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Where the output goes: an interactive terminal, where progress is redrawn in place, or a pipe,
 * a file or a CI log, where it is written as plain lines. Immutable.
 *
 * @param interactive true for a terminal that understands {@code \r} and ANSI cursor moves
 */
public record Terminal(boolean interactive) {

    /** @return a pipe or a file: plain lines only */
    public static Terminal plain() {
        return new Terminal(false);
    }

    /**
     * @param env the environment variables; {@code TERM=dumb} means plain
     * @return a terminal when standard output is one (on JDK 22+ asked of {@code Console.isTerminal()})
     */
    public static Terminal detect(Map<String, String> env) {
        Console console = System.console();
        if (console == null || "dumb".equals(env.get("TERM"))) {
            return plain();
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return new Terminal((Boolean) isTerminal.invoke(console));
        } catch (ReflectiveOperationException olderJdk) {
            return new Terminal(true); // before JDK 22 a console exists only for a terminal
        }
    }
}
