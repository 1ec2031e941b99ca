package io.pecflow.cli.pec;

import io.pecflow.adapter.pec.CommunicationRequest;
import io.pecflow.adapter.pec.Document;
import io.pecflow.adapter.pec.PecApiClient;
import io.pecflow.adapter.pec.PecApiOutcome;
import io.pecflow.adapter.pec.Qualification;
import io.pecflow.cli.CliContext;
import io.pecflow.cli.CliException;
import io.pecflow.cli.CommandGroup;
import io.pecflow.cli.ExitCode;
import io.pecflow.cli.output.Output;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pecflow comunica ...}: telling the Business Register a PEC address (Comunica PEC) over the PEC API. */
@Command(name = "comunica", description = "Tell the Business Register a PEC address (Comunica PEC) over the PEC API.",
        subcommands = {ComunicaCommand.Create.class, ComunicaCommand.Show.class, ComunicaCommand.ListAll.class,
                ComunicaCommand.Procura.class, ComunicaCommand.Upload.class})
public final class ComunicaCommand extends CommandGroup {

    @Command(name = "create", sortOptions = false, description = "Start a communication (charges the wallet).")
    static final class Create extends PecApiCommand {

        @Option(names = "--address", required = true, description = "The PEC address to communicate.")
        private String address;
        @Option(names = "--tax-code", required = true, description = "The applicant's tax code.")
        private String taxCode;
        @Option(names = "--first-name", required = true, description = "The applicant's first name.")
        private String firstName;
        @Option(names = "--last-name", required = true, description = "The applicant's last name.")
        private String lastName;
        @Option(names = "--qualification", required = true, description = "The applicant's role: ${COMPLETION-CANDIDATES}.")
        private Qualification qualification;
        @Option(names = "--email", required = true, description = "The applicant's e-mail.")
        private String email;
        @Option(names = "--mobile", required = true, description = "The applicant's mobile.")
        private String mobile;
        @Option(names = "--company-name", required = true, description = "The company's name.")
        private String companyName;
        @Option(names = "--company-tax-code", required = true, description = "The company's tax code or VAT number.")
        private String companyTaxCode;
        @Option(names = "--municipality", required = true, description = "The company's municipality.")
        private String municipality;
        @Option(names = "--province", required = true, description = "The company's province code.")
        private String province;
        @Option(names = "--director", description = "The address is a director's, not the company's own.")
        private boolean director;

        Create(CliContext context) {
            super(context);
        }

        @Override
        int run(PecApiClient client, Output output) {
            CommunicationRequest request;
            try {
                request = new CommunicationRequest(address, taxCode, firstName, lastName, qualification, email, mobile,
                        companyName, companyTaxCode, municipality, province, director, Optional.empty());
            } catch (IllegalArgumentException wrong) {
                throw CliException.usage("the communication is incomplete: " + wrong.getMessage());
            }
            output.record(PecViews.communication(value(client.communicate(request), "start the communication")));
            return ExitCode.OK;
        }
    }

    @Command(name = "show", description = "One communication.")
    static final class Show extends ByIdCommand {

        Show(CliContext context) {
            super(context);
        }

        @Override
        int run(PecApiClient client, Output output) {
            output.record(PecViews.communication(value(client.communication(MailboxIds.communication(id)),
                    "read the communication")));
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "The account's communications.")
    static final class ListAll extends PecApiCommand {

        ListAll(CliContext context) {
            super(context);
        }

        @Override
        int run(PecApiClient client, Output output) {
            List<Map<String, Object>> rows = value(client.communications(), "list the communications").stream()
                    .map(PecViews::communication).toList();
            output.list(rows, "no communications", "id", "address", "state", "updated", "owner");
            return ExitCode.OK;
        }
    }

    @Command(name = "procura", description = "Download the power of attorney to sign (PDF).")
    static final class Procura extends DocumentCommands.Download {

        Procura(CliContext context) {
            super(context);
        }

        @Override
        String what() {
            return "power of attorney";
        }

        @Override
        PecApiOutcome<Document> download(PecApiClient client) {
            return client.powerOfAttorney(MailboxIds.communication(id));
        }
    }

    @Command(name = "upload", description = "Upload the digitally signed power of attorney (p7m).")
    static final class Upload extends DocumentCommands.Upload {

        Upload(CliContext context) {
            super(context);
        }

        @Override
        Map<String, Object> upload(PecApiClient client, List<Document> documents) {
            return PecViews.communication(value(client.uploadCommunicationDocuments(MailboxIds.communication(id),
                    documents), "upload the documents"));
        }
    }
}
