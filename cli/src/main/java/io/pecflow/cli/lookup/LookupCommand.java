package io.pecflow.cli.lookup;

import io.pecflow.adapter.trovapec.HttpFailure;
import io.pecflow.adapter.trovapec.LookupOutcome;
import io.pecflow.adapter.trovapec.Malformed;
import io.pecflow.adapter.trovapec.PollOutcome;
import io.pecflow.adapter.trovapec.Refused;
import io.pecflow.adapter.trovapec.RequestOutcome;
import io.pecflow.adapter.trovapec.TaxCode;
import io.pecflow.adapter.trovapec.TrovaPecClient;
import io.pecflow.adapter.trovapec.TrovaPecConfig;
import io.pecflow.adapter.trovapec.Unreachable;
import io.pecflow.cli.CliContext;
import io.pecflow.cli.CliException;
import io.pecflow.cli.ExitCode;
import io.pecflow.cli.config.CommonOptions;
import io.pecflow.cli.config.Settings;
import io.pecflow.cli.config.TrovaPecOptions;
import io.pecflow.cli.output.Output;
import io.pecflow.cli.output.Spinner;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pecflow lookup <tax code>}: a company's PEC address from TrovaPEC, waiting until it answers. */
@Command(name = "lookup", sortOptions = false,
        description = {"Find a company's PEC address (TrovaPEC).",
                "By its VAT number or tax code. The service answers within minutes; the command waits,",
                "polling, until it does."})
public final class LookupCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(paramLabel = "<tax code>", description = "A VAT number (11 digits) or a personal tax code (16 characters).")
    private String code;

    @Option(names = "--poll-interval", paramLabel = "<duration>", defaultValue = "10s",
            description = "How long to wait before each poll (default: 10s).")
    private Duration pollInterval;

    @Option(names = "--timeout", paramLabel = "<duration>", defaultValue = "5m",
            description = "Give up after this long (default: 5m).")
    private Duration timeout;

    @Option(names = "--force", description = "Delete a search for this code still on file, then search again.")
    private boolean force;

    @Mixin
    private TrovaPecOptions trovaPec;

    @Mixin
    private CommonOptions common;

    LookupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        TaxCode taxCode = taxCode();
        if (pollInterval.isZero()) {
            throw CliException.usage("--poll-interval must be positive");
        }
        Settings settings = common.settings(context);
        TrovaPecConfig config = trovaPec.config(settings);
        if (common.verbose()) {
            settings.printUsed(context.err());
        }
        Spinner spinner = new Spinner(config.clock(), context.err(), context.terminal(), "asking TrovaPEC for " + taxCode);
        LookupOutcome outcome;
        try (TrovaPecClient client = TrovaPecClient.create(config.withClock(spinner))) {
            if (force) {
                client.delete(taxCode); // whatever it answers, the search below says what stands
            }
            outcome = client.lookup(taxCode, pollInterval, timeout);
        } finally {
            spinner.stop();
        }
        return show(taxCode, outcome, new Output(context, common.json()));
    }

    private TaxCode taxCode() {
        try {
            return TaxCode.of(code);
        } catch (IllegalArgumentException wrong) {
            throw CliException.usage(wrong.getMessage());
        }
    }

    private int show(TaxCode taxCode, LookupOutcome outcome, Output output) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("taxCode", taxCode.value());
        switch (outcome) {
            case PollOutcome.Found found -> {
                result.put("found", true);
                result.put("address", found.address());
            }
            case PollOutcome.NotFound notFound -> result.put("found", false);
            case LookupOutcome.TimedOut timedOut -> throw new CliException(ExitCode.TIMED_OUT, "TrovaPEC had no answer"
                    + " after " + timedOut.waited().toSeconds() + " s; its search (token " + timedOut.token()
                    + ") stays on file: --force searches again");
            case RequestOutcome.AlreadyRequested already -> throw CliException.failed("a search for " + taxCode
                    + " is already on file at TrovaPEC (" + already.message() + "); --force deletes it and searches again");
            case Refused refused -> throw CliException.failed("TrovaPEC refused the search: " + refused.text());
            case Malformed malformed -> throw CliException.failed("TrovaPEC gave an answer that cannot be read: "
                    + malformed.text());
            case HttpFailure failure -> throw CliException.failed("TrovaPEC answered HTTP " + failure.status() + ": "
                    + failure.text());
            case Unreachable unreachable -> throw CliException.failed("TrovaPEC cannot be reached: " + unreachable.reason());
        }
        output.record(result);
        return ExitCode.OK;
    }
}
