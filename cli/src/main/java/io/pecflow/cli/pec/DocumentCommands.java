package io.pecflow.cli.pec;

import io.pecflow.adapter.pec.Document;
import io.pecflow.adapter.pec.PecApiClient;
import io.pecflow.adapter.pec.PecApiOutcome;
import io.pecflow.cli.CliContext;
import io.pecflow.cli.ExitCode;
import io.pecflow.cli.output.Output;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The two shapes of document commands: a form downloaded to {@code --out}, files uploaded with {@code --document}. */
final class DocumentCommands {

    private DocumentCommands() {
    }

    /** {@code <id> --out <file>}: a PDF the PEC API gives, written to a file. */
    abstract static class Download extends ByIdCommand {

        @Option(names = "--out", paramLabel = "<file>", required = true, description = "Where to write the PDF.")
        private Path out;

        Download(CliContext context) {
            super(context);
        }

        /** @return the document, e.g. "activation form" */
        abstract String what();

        abstract PecApiOutcome<Document> download(PecApiClient client);

        @Override
        final int run(PecApiClient client, Output output) {
            output.record(Documents.write(value(download(client), "download the " + what()), out, what() + " of " + id));
            return ExitCode.OK;
        }
    }

    /** {@code <id> --document <file>...}: files uploaded, the changed item shown. */
    abstract static class Upload extends ByIdCommand {

        @Option(names = "--document", paramLabel = "<file>", required = true,
                description = "A file to upload; repeat for several.")
        private List<Path> documents;

        Upload(CliContext context) {
            super(context);
        }

        /** @return the changed item, as a view */
        abstract Map<String, Object> upload(PecApiClient client, List<Document> documents);

        @Override
        final int run(PecApiClient client, Output output) {
            output.record(upload(client, Documents.read(documents)));
            return ExitCode.OK;
        }
    }
}
