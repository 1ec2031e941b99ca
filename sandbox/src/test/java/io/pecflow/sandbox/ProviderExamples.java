package io.pecflow.sandbox;

import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies built from the examples of the provider's OpenAPI document (pecmassiva.openapi.json).
 * The document's attachment is cut short with "......" and so is not valid base64; a complete 1x1 PNG
 * stands in for it where a valid send is wanted.
 */
final class ProviderExamples {

    static final String EXAMPLE_MAILBOX = "dev-api@pecmassiva.com";
    static final String EXAMPLE_PASSWORD = "your_pec_password";
    static final String EXAMPLE_SUBJECT = "Invio di prova pec massiva";
    static final String EXAMPLE_BODY = "Salve, questa rappresenta una prova di invio, che prevede un <b>corpo in html</b>";
    /** The document's attachment, truncated as published. */
    static final String DOCUMENT_FILE = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADIAAAAyCAYAAAAeP4ixAAAAGXRFWHRTb2Z0"
            + "d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAAyZpVFh0WE1MOmNvbS5hZG9iZS54bXAAAAAAADw/eHBhY2tldCBiZWdpbj0i77u/IiBpZD0i"
            + "VzVNMEgeG1sbnM6c3RSZWY9Imh0dHA6Ly9ucy5hZG9iZS5jb20veGFwLzEuMC9zVHlwZS9SZXNvdXJjZVJlZiMiIHhtcDpDcmVhdG9yVG9v"
            + "bD0iQWRvYmUgUGhvdG9zaG9wIENDIDIwMTQgKFdpbmRvd3MpIiB4bXBNTTpJbnN0YW5jZUlEPSJ4bXAuaWlkOjQ1RTFGMzU5NzA3RTExRTdB"
            + "RjRFRTc2MUNCMDFEREIzIiB4bXBNTTpEb2N1bWVudElEPSJ4bXAuZGlkOjQ1RTFGMzVBNzA3RTExRTdBRjRFRTc2MUNCMDFEREIzIj4gPHht"
            + "cE1NOkRlcml2ZWRGcm9tIHN0UmVmOml......";
    /** A complete 1x1 PNG as a data URI. */
    static final String VALID_FILE = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
            + "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private ProviderExamples() {
    }

    /** The document's example body, recipient as a list, logged in as {@code mailbox}. */
    static ObjectNode exampleSend(String mailbox, String password) {
        ObjectNode body = SandboxHttp.object();
        body.put("sender", mailbox);
        body.putArray("recipient").add(mailbox);
        body.put("subject", EXAMPLE_SUBJECT);
        body.put("body", EXAMPLE_BODY);
        body.putArray("attachments").addObject().put("name", "allegato1.png").put("file", VALID_FILE);
        body.put("username", mailbox);
        body.put("password", password);
        return body;
    }

    /** A minimal valid send to the given recipients. */
    static ObjectNode send(String mailbox, String password, String subject, String... recipients) {
        ObjectNode body = SandboxHttp.object();
        body.put("sender", mailbox);
        var list = body.putArray("recipient");
        for (String r : recipients) {
            list.add(r);
        }
        body.put("subject", subject);
        body.put("body", "Corpo del messaggio <i>" + subject + "</i>");
        body.put("username", mailbox);
        body.put("password", password);
        return body;
    }
}
