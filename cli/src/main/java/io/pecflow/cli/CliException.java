package io.pecflow.cli;

/**
 * An expected way for a command to end badly: its message is shown to the user as it is (so it
 * must never hold a secret) and the command exits with {@link #exitCode()}.
 */
public final class CliException extends RuntimeException {

    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** A failure ({@link ExitCode#FAILED}). */
    public static CliException failed(String message) {
        return new CliException(ExitCode.FAILED, message);
    }

    /** A wrong command line or setting ({@link ExitCode#USAGE}). */
    public static CliException usage(String message) {
        return new CliException(ExitCode.USAGE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
