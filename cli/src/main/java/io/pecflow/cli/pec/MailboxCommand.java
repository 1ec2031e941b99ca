package io.pecflow.cli.pec;

import io.pecflow.adapter.pec.AddressAvailability;
import io.pecflow.adapter.pec.DomainCheck;
import io.pecflow.adapter.pec.Document;
import io.pecflow.adapter.pec.PecApiClient;
import io.pecflow.adapter.pec.PecApiOutcome;
import io.pecflow.cli.CliContext;
import io.pecflow.cli.CommandGroup;
import io.pecflow.cli.ExitCode;
import io.pecflow.cli.output.Output;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pecflow mailbox ...}: the account's certified mailboxes over the PEC API. */
@Command(name = "mailbox", description = "Certified mailboxes over the PEC API: check, list, register, activate, change.",
        subcommands = {MailboxCommand.Verify.class, MailboxCommand.ListAll.class, MailboxCommand.Show.class,
                RegisterCommand.class, MailboxCommand.ActivationForm.class, MailboxCommand.Activate.class,
                MailboxChanges.Renew.class, MailboxChanges.Revoke.class, MailboxChanges.Upgrade.class,
                MailboxChanges.Space.class})
public final class MailboxCommand extends CommandGroup {

    @Command(name = "verify", description = {"Check that an address is free and its domain certified.",
            "Given a domain alone, only whether mail of that domain can be certified."})
    static final class Verify extends PecApiCommand {

        @Parameters(paramLabel = "<address|domain>", description = "An address (name@domain) or a domain.")
        private String target;

        Verify(CliContext context) {
            super(context);
        }

        @Override
        int run(PecApiClient client, Output output) {
            Map<String, Object> result = new LinkedHashMap<>();
            String domain = target.contains("@") ? target.substring(target.lastIndexOf('@') + 1) : target;
            if (target.contains("@")) {
                AddressAvailability availability = value(client.checkAvailability(target), "check the address");
                result.put("address", availability.address());
                result.put("available", availability.available());
            }
            DomainCheck check = value(client.checkDomain(domain), "check the domain");
            result.put("domain", check.domain());
            result.put("certified", check.eligible());
            output.record(result);
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "The account's mailboxes.")
    static final class ListAll extends PecApiCommand {

        ListAll(CliContext context) {
            super(context);
        }

        @Override
        int run(PecApiClient client, Output output) {
            List<Map<String, Object>> rows = value(client.mailboxes(), "list the mailboxes").stream()
                    .map(PecViews::mailbox).toList();
            output.list(rows, "no mailboxes", "id", "address", "type", "state", "expires", "owner");
            return ExitCode.OK;
        }
    }

    @Command(name = "show", description = "One mailbox in full.")
    static final class Show extends ByIdCommand {

        Show(CliContext context) {
            super(context);
        }

        @Override
        int run(PecApiClient client, Output output) {
            output.record(PecViews.mailbox(value(client.mailbox(MailboxIds.of(id)), "read the mailbox")));
            return ExitCode.OK;
        }
    }

    @Command(name = "activation-form", description = "Download the activation form to sign (PDF).")
    static final class ActivationForm extends DocumentCommands.Download {

        ActivationForm(CliContext context) {
            super(context);
        }

        @Override
        String what() {
            return "activation form";
        }

        @Override
        PecApiOutcome<Document> download(PecApiClient client) {
            return client.activationForm(MailboxIds.of(id));
        }
    }

    @Command(name = "activate", description = {"Upload the signed activation documents (PDF).",
            "The signed activation form and an identity document, for a mailbox that is REGISTERED",
            "or DOCUMENTS_REJECTED."})
    static final class Activate extends DocumentCommands.Upload {

        Activate(CliContext context) {
            super(context);
        }

        @Override
        Map<String, Object> upload(PecApiClient client, List<Document> documents) {
            return PecViews.mailbox(value(client.activate(MailboxIds.of(id), documents), "activate the mailbox"));
        }
    }
}
