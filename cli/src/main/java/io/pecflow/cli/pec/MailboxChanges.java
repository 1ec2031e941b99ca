package io.pecflow.cli.pec;

import io.pecflow.adapter.pec.MailboxType;
import io.pecflow.adapter.pec.PecApiClient;
import io.pecflow.adapter.pec.SpaceChange;
import io.pecflow.adapter.pec.SpaceChange.Amount;
import io.pecflow.cli.CliContext;
import io.pecflow.cli.CliException;
import io.pecflow.cli.ExitCode;
import io.pecflow.cli.output.Output;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code mailbox} subcommands that change an existing mailbox (several of them charge the wallet). */
final class MailboxChanges {

    private MailboxChanges() {
    }

    @Command(name = "renew", description = "Renew an active or revoked mailbox (charges the wallet).")
    static final class Renew extends ByIdCommand {

        @Option(names = "--years", paramLabel = "<n>", defaultValue = "1", description = "How many years (default: 1).")
        private int years;

        Renew(CliContext context) {
            super(context);
        }

        @Override
        int run(PecApiClient client, Output output) {
            if (years < 1) {
                throw CliException.usage("--years must be at least 1");
            }
            output.record(PecViews.mailbox(value(client.renew(MailboxIds.of(id), years), "renew the mailbox")));
            return ExitCode.OK;
        }
    }

    @Command(name = "revoke", description = "Revoke an active mailbox.")
    static final class Revoke extends ByIdCommand {

        @Option(names = "--yes", description = "Confirm: revoking cannot be undone but by a renewal.")
        private boolean confirmed;

        Revoke(CliContext context) {
            super(context);
        }

        @Override
        int run(PecApiClient client, Output output) {
            if (!confirmed) {
                throw CliException.usage("revoking mailbox " + id + " needs --yes");
            }
            output.record(PecViews.mailbox(value(client.revoke(MailboxIds.of(id)), "revoke the mailbox")));
            return ExitCode.OK;
        }
    }

    @Command(name = "upgrade", description = "Upgrade a Legalmail mailbox to a higher type (charges the wallet).")
    static final class Upgrade extends ByIdCommand {

        @Option(names = "--type", paramLabel = "<type>", required = true, description = "BRONZE, SILVER or GOLD.")
        private MailboxType type;

        Upgrade(CliContext context) {
            super(context);
        }

        @Override
        int run(PecApiClient client, Output output) {
            if (type == MailboxType.UNKNOWN) {
                throw CliException.usage("--type must be a known mailbox type");
            }
            output.record(PecViews.mailbox(value(client.changeType(MailboxIds.of(id), type), "upgrade the mailbox")));
            return ExitCode.OK;
        }
    }

    @Command(name = "space", description = {"Add space to a Legalmail mailbox (charges the wallet).",
            "+N adds N MB, N sets the size; disk and archive in steps of 1024 MB, conservation in steps of 512."})
    static final class Space extends ByIdCommand {

        @Option(names = "--disk", paramLabel = "<[+]MB>", converter = AmountConverter.class, description = "Disk space.")
        private Amount disk;

        @Option(names = "--archive", paramLabel = "<[+]MB>", converter = AmountConverter.class, description = "Archive space.")
        private Amount archive;

        @Option(names = "--conservation", paramLabel = "<[+]MB>", converter = AmountConverter.class,
                description = "Legal storage space.")
        private Amount conservation;

        Space(CliContext context) {
            super(context);
        }

        @Override
        int run(PecApiClient client, Output output) {
            SpaceChange change;
            try {
                change = new SpaceChange(Optional.ofNullable(disk), Optional.ofNullable(archive),
                        Optional.ofNullable(conservation));
            } catch (IllegalArgumentException wrong) {
                throw CliException.usage(wrong.getMessage() + " (give --disk, --archive or --conservation)");
            }
            output.record(PecViews.mailbox(value(client.changeSpace(MailboxIds.of(id), change), "change the space")));
            return ExitCode.OK;
        }
    }

    /** Reads {@code +1024} (add) or {@code 2048} (set). */
    static final class AmountConverter implements ITypeConverter<Amount> {
        @Override
        public Amount convert(String value) {
            String text = value.strip();
            try {
                return text.startsWith("+") ? Amount.add(Integer.parseInt(text.substring(1)))
                        : Amount.setTo(Integer.parseInt(text));
            } catch (IllegalArgumentException wrong) {
                throw new TypeConversionException("'" + value + "' is not +N or N megabytes, N positive");
            }
        }
    }
}
