package io.pecflow.cli.pec;

import io.pecflow.cli.CliContext;
import picocli.CommandLine.Parameters;

/** A PEC API command about one mailbox or communication, named by its id. */
abstract class ByIdCommand extends PecApiCommand {

    @Parameters(paramLabel = "<id>", description = "The id, as list shows it.")
    String id;

    ByIdCommand(CliContext context) {
        super(context);
    }
}
