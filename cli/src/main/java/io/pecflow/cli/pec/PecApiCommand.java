package io.pecflow.cli.pec;

import io.pecflow.adapter.pec.PecApiClient;
import io.pecflow.adapter.pec.PecApiConfig;
import io.pecflow.adapter.pec.PecApiOutcome;
import io.pecflow.cli.CliContext;
import io.pecflow.cli.CliException;
import io.pecflow.cli.config.CommonOptions;
import io.pecflow.cli.config.PecApiOptions;
import io.pecflow.cli.config.Settings;
import io.pecflow.cli.output.Output;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * The shape of every command over the PEC API: resolve the settings, open a client, make the
 * call, show the answer. A subclass does the middle part in {@link #run}.
 */
abstract class PecApiCommand implements Callable<Integer> {

    final CliContext context;

    @Mixin
    PecApiOptions api;

    @Mixin
    CommonOptions common;

    PecApiCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public final Integer call() {
        Settings settings = common.settings(context);
        PecApiConfig config = api.config(settings);
        if (common.verbose()) {
            settings.printUsed(context.err());
        }
        try (PecApiClient client = PecApiClient.create(config)) {
            return run(client, new Output(context, common.json()));
        }
    }

    /** @return the exit code */
    abstract int run(PecApiClient client, Output output);

    /**
     * @param what the call, for the error message ("register the mailbox")
     * @return the value of an {@link PecApiOutcome.Ok}
     * @throws CliException for any other outcome, saying what the provider answered
     */
    static <T> T value(PecApiOutcome<T> outcome, String what) {
        return switch (outcome) {
            case PecApiOutcome.Ok<T> ok -> ok.value();
            case PecApiOutcome.Failed<T> failed -> throw CliException.failed("cannot " + what + ": " + describe(failed));
        };
    }

    static String describe(PecApiOutcome.Failed<?> failed) {
        String kind = switch (failed) {
            case PecApiOutcome.BadRequest<?> ignored -> "the request was refused (400)";
            case PecApiOutcome.Unauthorized<?> ignored -> "the token was refused (401/403)";
            case PecApiOutcome.PaymentRequired<?> ignored -> "not enough credit in the wallet (402)";
            case PecApiOutcome.NotFound<?> ignored -> "not found (404)";
            case PecApiOutcome.NotAcceptable<?> ignored -> "a value was refused (406)";
            case PecApiOutcome.PreconditionRequired<?> ignored -> "a field is missing or the state is wrong (428)";
            case PecApiOutcome.Unavailable<?> ignored -> "the service is unavailable, try again later";
            case PecApiOutcome.ServerError<?> error -> "the provider failed (HTTP " + error.status() + ")";
            case PecApiOutcome.Unreachable<?> unreachable -> unreachable.mayHaveArrived()
                    ? "no answer, but the request may have arrived: check before repeating it"
                    : "the PEC API cannot be reached";
        };
        String code = failed.errorCode().isPresent() ? " [error " + failed.errorCode().getAsInt() + "]" : "";
        return kind + ": " + failed.message() + code;
    }
}
