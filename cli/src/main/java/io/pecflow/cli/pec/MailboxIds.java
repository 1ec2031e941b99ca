package io.pecflow.cli.pec;

import io.pecflow.adapter.pec.CommunicationId;
import io.pecflow.adapter.pec.MailboxId;
import io.pecflow.cli.CliException;

/** Reads the ids given on the command line, failing with a usage error. */
final class MailboxIds {

    private MailboxIds() {
    }

    static MailboxId of(String id) {
        try {
            return MailboxId.of(id);
        } catch (IllegalArgumentException wrong) {
            throw CliException.usage("'" + id + "' is not a mailbox id: " + wrong.getMessage());
        }
    }

    static CommunicationId communication(String id) {
        try {
            return CommunicationId.of(id);
        } catch (IllegalArgumentException wrong) {
            throw CliException.usage("'" + id + "' is not a communication id: " + wrong.getMessage());
        }
    }
}
