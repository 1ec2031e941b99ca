package io.pecflow.cli;

/** The exit codes of {@code pecflow}, the same for every command. */
public final class ExitCode {

    /** Done. */
    public static final int OK = 0;
    /** The call, the send or the wait failed (a provider refusal, Kafka unreachable, records not acknowledged). */
    public static final int FAILED = 1;
    /** The command line is wrong (an unknown option, a missing setting). */
    public static final int USAGE = 2;
    /** The input file has bad rows: nothing was published. */
    public static final int INVALID_INPUT = 3;
    /** {@code watch} or {@code lookup} ran out of time. */
    public static final int TIMED_OUT = 4;

    private ExitCode() {
    }
}
