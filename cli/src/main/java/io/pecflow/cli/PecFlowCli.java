package io.pecflow.cli;

import io.pecflow.cli.config.DurationConverter;
import io.pecflow.cli.lookup.LookupCommand;
import io.pecflow.cli.output.Terminal;
import io.pecflow.cli.pec.ComunicaCommand;
import io.pecflow.cli.pec.MailboxCommand;
import io.pecflow.cli.publish.PublishCommand;
import io.pecflow.cli.watch.WatchCommand;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.ScopeType;

/**
 * The {@code pecflow} command line: publish campaigns to the engine, watch their progress, and
 * manage mailboxes (PEC API) and address lookups (TrovaPEC). {@link #main} runs it on the real
 * console; {@link #run} on any {@link CliContext}, as tests do.
 */
@Command(name = "pecflow", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = PecFlowCli.Version.class,
        description = "Bulk certified mail (PEC): publish campaigns, watch them, manage mailboxes.",
        subcommands = {PublishCommand.class, WatchCommand.class, MailboxCommand.class, ComunicaCommand.class,
                LookupCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Settings: option, else environment variable, else --config file, else default.",
                "Exit codes: 0 done, 1 failed, 2 usage, 3 bad input (nothing published), 4 timed out."})
public final class PecFlowCli extends CommandGroup {

    public static void main(String[] args) {
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(System.out, true, charset);
        PrintWriter err = new PrintWriter(System.err, true, charset);
        CliContext context = new CliContext(System.getenv(), out, err, Terminal.detect(System.getenv()),
                Clock.systemUTC());
        System.exit(run(context, args));
    }

    /** @return the exit code (see {@link ExitCode}) */
    public static int run(CliContext context, String... args) {
        CommandLine commandLine = new CommandLine(new PecFlowCli(), new CliFactory(context));
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.registerConverter(Duration.class, new DurationConverter());
        commandLine.setParameterExceptionHandler(PecFlowCli::wrongCommandLine);
        commandLine.setExecutionExceptionHandler((failure, command, parsed) -> {
            context.err().println("pecflow: " + (failure instanceof CliException expected ? expected.getMessage()
                    : "unexpected failure: " + failure));
            context.err().flush();
            return failure instanceof CliException expected ? expected.exitCode() : ExitCode.FAILED;
        });
        int exitCode = commandLine.execute(args);
        context.out().flush();
        context.err().flush();
        return exitCode;
    }

    /**
     * Says what is wrong with the command line. Unlike picocli's own message, it never repeats
     * the arguments it could not match: after a mistyped {@code --pec-api-tokn} the next one is
     * a secret.
     */
    private static int wrongCommandLine(ParameterException wrong, String[] args) {
        CommandLine command = wrong.getCommandLine();
        PrintWriter err = command.getErr();
        if (wrong instanceof UnmatchedArgumentException unmatched) {
            List<String> options = unmatched.getUnmatched().stream().filter(arg -> arg.startsWith("-")).toList();
            err.println("pecflow: " + (options.isEmpty()
                    ? unmatched.getUnmatched().size() + " unexpected argument(s)"
                    : "unknown option '" + options.getFirst().split("=", 2)[0] + "'"));
            UnmatchedArgumentException.printSuggestions(unmatched, err);
        } else {
            err.println("pecflow: " + wrong.getMessage());
        }
        err.println("see: " + command.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = PecFlowCli.class.getPackage().getImplementationVersion();
            return new String[] {"pecflow " + (version == null ? "(development build)" : version)};
        }
    }
}
