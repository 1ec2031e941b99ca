package io.pecflow.engine.job;

import static io.pecflow.engine.job.JobJson.aJobWith;
import static io.pecflow.engine.job.JobJson.attach;
import static io.pecflow.engine.job.JobJson.filled;
import static io.pecflow.engine.job.JobJson.recipients;
import static io.pecflow.engine.job.JobJson.utf8;

import java.util.function.Consumer;
import java.util.stream.Stream;
import tools.jackson.databind.node.ObjectNode;

/**
 * The corpus of bad jobs {@link JobReaderTest} reads with small limits (subject 20 characters, body
 * 100 bytes, attachment 50, total 200, size x recipients 300, 3 recipients, metadata 2 entries,
 * keys 5, values 10): each kind of problem with the reason fragment it must give.
 */
final class BadJobs {

    private BadJobs() {
    }

    /** One kind of bad job. */
    record BadJob(String kind, byte[] json, String expected) {
        @Override
        public String toString() {
            return kind;
        }
    }

    static Stream<BadJob> corpus() {
        return Stream.of(required(), types(), addresses(), recipientLists(), taxCodes(), subjects(), bodies(),
                attachments(), sizes(), instants(), metadata(), fields()).flatMap(kinds -> kinds);
    }

    private static Stream<BadJob> required() {
        return Stream.of(
                bad("missing mailbox", job -> job.remove("mailbox"), "mailbox: is required"),
                bad("missing to", job -> job.remove("to"), "to: is required"),
                bad("missing subject", job -> job.remove("subject"), "subject: is required"),
                bad("missing body", job -> job.remove("body"), "body: is required"),
                bad("null subject", job -> job.putNull("subject"), "subject: is required"));
    }

    private static Stream<BadJob> types() {
        return Stream.of(
                bad("subject not a string", job -> job.put("subject", 42), "subject: must be a string (got a number)"),
                bad("body not a string", job -> job.putArray("body"), "body: must be a string (got an array)"),
                bad("mailbox not a string", job -> job.put("mailbox", true), "mailbox: must be a string (got a boolean)"),
                bad("campaignId not a string", job -> job.put("campaignId", 7), "campaignId: must be a string (got a number)"),
                bad("to not an address or array", job -> job.put("to", 3),
                        "to: must be an address or an array of addresses (got a number)"),
                bad("recipient not a string", job -> recipients(job, "a@pec.x.example").addObject(),
                        "to[1]: must be an address string (got an object)"));
    }

    private static Stream<BadJob> addresses() {
        return Stream.of(
                recipient("recipient with nothing after the @", "mario.rossi@",
                        "to[0]: 'mario.rossi@' is not an e-mail address (nothing after the @)"),
                recipient("recipient without @", "mario.rossi.pec.it", "is not an e-mail address (there is no @)"),
                recipient("recipient with two @", "a@b@pec.it", "(there is more than one @)"),
                recipient("recipient with a space", "mario rossi@pec.it", "(it contains a space or a control character)"),
                recipient("recipient with a control character", "mario\u0000@pec.it", "a space or a control character"),
                recipient("recipient domain without a dot", "mario@localhost", "(the domain has no dot)"),
                recipient("recipient domain label with a hyphen at the end", "mario@pec-.it", "starts or ends with '-'"),
                recipient("recipient domain with two dots", "mario@pec..it", "has two in a row"),
                recipient("recipient local part with two dots", "mario..rossi@pec.it", "before the @ starts or ends with a dot"),
                recipient("recipient domain ending in a number", "mario@10.0.0.1", "ends in a number"),
                recipient("recipient non-ASCII domain", "mario@pec.città.it", "punycode"),
                recipient("recipient local part too long", "m".repeat(65) + "@pec.it", "longer than 64 characters"),
                recipient("recipient longer than 254 characters", "m@" + ("d".repeat(62) + ".").repeat(4)
                        + "it", "longer than 254 characters"),
                bad("several recipients in one string", job -> job.put("to", "a@pec.x.example, b@pec.x.example"),
                        "give several recipients as a JSON array"),
                bad("mailbox not an address", job -> job.put("mailbox", "invii.pec.acme.example"),
                        "mailbox: 'invii.pec.acme.example' is not an e-mail address (there is no @)"),
                bad("mailbox not configured", job -> job.put("mailbox", "X@Y.example"),
                        "mailbox: 'x@y.example' is not one of the mailboxes this engine sends from"));
    }

    private static Stream<BadJob> recipientLists() {
        return Stream.of(
                bad("no recipients", job -> job.putArray("to"), "to: is empty: a job needs at least one recipient"),
                bad("the same recipient twice", job -> recipients(job, "a@pec.x.example", " A@PEC.x.example"),
                        "to[1]: 'a@pec.x.example' is already in to[0]"),
                bad("too many recipients", job -> recipients(job, "a@x.example", "b@x.example", "c@x.example",
                        "d@x.example"), "to: 4 recipients exceed the limit of 3"));
    }

    private static Stream<BadJob> taxCodes() {
        return Stream.of(
                bad("missing to and toTaxCodes", job -> job.remove("to"),
                        "to: is required: one recipient address, or an array of them (or toTaxCodes)"),
                bad("toTaxCodes not an array", job -> job.put("toTaxCodes", "01234567890"),
                        "toTaxCodes: must be an array of tax codes (got a string)"),
                bad("toTaxCodes empty", job -> job.putArray("toTaxCodes"),
                        "toTaxCodes: is empty: give at least one tax code, or leave the field out"),
                bad("tax code of neither shape", job -> job.putArray("toTaxCodes").add("0123456789"),
                        "toTaxCodes[0]: a tax code is either a VAT number (11 digits) or a personal tax code"
                                + " (16 letters and digits); got 10 characters that are neither"),
                bad("tax code as a number", job -> job.putArray("toTaxCodes").add(1_234_567_890L),
                        "toTaxCodes[0]: must be a string (got a number; write a VAT number as a string"),
                bad("the same tax code twice", job -> job.putArray("toTaxCodes").add("rssmra80a01h501u")
                        .add("RSSMRA80A01H501U"), "toTaxCodes[1]: the same tax code as toTaxCodes[0]"),
                bad("too many tax codes", job -> job.putArray("toTaxCodes").add("01234567890").add("12345678901")
                        .add("23456789012").add("34567890123"), "toTaxCodes: 4 tax codes exceed the limit of 3"),
                bad("addresses and tax codes over the limit", job -> {
                    recipients(job, "a@x.example", "b@x.example");
                    job.putArray("toTaxCodes").add("01234567890").add("12345678901");
                }, "toTaxCodes: 2 addresses in to and 2 tax codes make 4 recipients, above the limit of 3"),
                bad("checkRecipients not a boolean", job -> job.put("checkRecipients", "yes"),
                        "checkRecipients: must be true or false (got a string)"));
    }

    private static Stream<BadJob> subjects() {
        return Stream.of(
                bad("subject with CR/LF", job -> job.put("subject", "Fattura\r\n42"),
                        "subject: contains a line break (CR/LF are not allowed in a PEC subject)"),
                bad("subject with LF", job -> job.put("subject", "Fattura\n42"), "subject: contains a line break"),
                bad("subject with a control character", job -> job.put("subject", "Fattura\u000742"),
                        "subject: contains a control character (U+0007 at position 7)"),
                bad("blank subject", job -> job.put("subject", "   "), "subject: must not be empty"),
                bad("subject too long", job -> job.put("subject", "s".repeat(21)),
                        "subject: 21 characters exceed the limit of 20"));
    }

    private static Stream<BadJob> bodies() {
        return Stream.of(
                bad("body too big", job -> job.put("body", "è".repeat(51)), "body: 102 bytes exceeds the limit of 100 bytes"),
                bad("empty body without attachments", job -> job.put("body", ""),
                        "body: is empty and there are no attachments (a PEC needs a body or an attachment)"));
    }

    private static Stream<BadJob> attachments() {
        return Stream.of(
                bad("attachments not an array", job -> job.putObject("attachments"),
                        "attachments: must be an array of {name, contentType, base64} objects (got an object)"),
                bad("attachment not an object", job -> job.putArray("attachments").add("a.pdf"),
                        "attachments[0]: must be an object with name, contentType and base64 (got a string)"),
                bad("attachment without name", job -> attach(job, "a.txt", utf8("a")).remove("name"),
                        "attachments[0].name: is required"),
                bad("attachment name with a path", job -> attach(job, "../etc/passwd", utf8("a")),
                        "attachments[0].name: '../etc/passwd' contains a path separator"),
                bad("attachment without base64", job -> attach(job, "a.txt", utf8("a")).remove("base64"),
                        "attachments[0].base64: is required"),
                bad("attachment not base64", job -> attach(job, "a.txt", utf8("a")).put("base64", "SGVsbG8*"),
                        "attachments[0].base64: not valid base64: '*' at position 7"),
                bad("attachment base64 without padding", job -> attach(job, "a.txt", utf8("a")).put("base64", "SGVsbG8"),
                        "attachments[0].base64: not valid base64: 7 characters is not a multiple of 4"),
                bad("attachment base64 padding inside", job -> attach(job, "a.txt", utf8("a")).put("base64", "SG=sbG8="),
                        "attachments[0].base64: not valid base64: '=' at position 2 before the end"),
                bad("attachment empty", job -> attach(job, "a.txt", utf8("a")).put("base64", ""),
                        "attachments[0].base64: is empty (an attachment needs content)"),
                bad("attachment content type not a MIME type", job -> attach(job, "a.pdf", utf8("a")).put("contentType", "pdf"),
                        "attachments[0].contentType: 'pdf' is not a MIME type like application/pdf"),
                bad("attachment with an unknown field", job -> attach(job, "a.pdf", utf8("a")).put("file", "x"),
                        "attachments[0].file: unknown field"));
    }

    private static Stream<BadJob> sizes() {
        return Stream.of(
                bad("attachment too big", job -> attach(job, "a.bin", filled(51)),
                        "attachments[0]: 51 bytes exceeds the limit of 50 bytes per attachment"),
                bad("message too big", job -> {
                    for (int i = 0; i < 4; i++) {
                        attach(job, "a" + i + ".bin", filled(50));
                    }
                }, "size: 221 bytes (subject, body and attachments) exceeds the limit of 200 bytes"),
                bad("message size times recipients too big", job -> {
                    recipients(job, "a@x.example", "b@x.example", "c@x.example");
                    attach(job, "a.bin", filled(50));
                    attach(job, "b.bin", filled(40));
                }, "size: 111 bytes x 3 recipients = 333 bytes exceeds the 300 bytes PEC limit"));
    }

    private static Stream<BadJob> instants() {
        return Stream.of(
                bad("notBefore not an instant", job -> job.put("notBefore", "tomorrow"),
                        "notBefore: 'tomorrow' is not an ISO-8601 instant with a zone"),
                bad("expiresAt without a zone", job -> job.put("expiresAt", "2026-11-23T09:00:00"),
                        "expiresAt: '2026-11-23T09:00:00' is not an ISO-8601 instant with a zone"),
                bad("notBefore not a string", job -> job.put("notBefore", 1_700_000_000),
                        "notBefore: must be a string (got a number)"),
                bad("expiresAt already past", job -> job.put("expiresAt", "2025-12-31T23:59:59Z"),
                        "expiresAt: 2025-12-31T23:59:59Z is already past (now is 2026-01-01T00:00:00Z)"),
                bad("expiresAt not after notBefore", job -> {
                    job.put("notBefore", "2026-03-01T10:00:00+01:00");
                    job.put("expiresAt", "2026-03-01T09:00:00Z");
                }, "expiresAt: 2026-03-01T09:00:00Z is not after notBefore 2026-03-01T09:00:00Z"));
    }

    private static Stream<BadJob> metadata() {
        return Stream.of(
                bad("metadata not an object", job -> job.putArray("metadata").add("a"),
                        "metadata: must be an object of string values (got an array)"),
                bad("metadata value not a string", job -> job.putObject("metadata").put("n", 1),
                        "metadata.n: must be a string (got a number)"),
                bad("metadata with too many entries", job -> job.putObject("metadata").put("a", "1").put("b", "2")
                        .put("c", "3"), "metadata: 3 entries exceed the limit of 2"),
                bad("metadata key too long", job -> job.putObject("metadata").put("abcdef", "1"),
                        "metadata.abcdef: the key's 6 characters exceed the limit of 5"),
                bad("metadata value too long", job -> job.putObject("metadata").put("k", "v".repeat(11)),
                        "metadata.k: 11 characters exceed the limit of 10"),
                bad("metadata with an empty key", job -> job.putObject("metadata").put("", "v"),
                        "metadata: has an empty key"));
    }

    private static Stream<BadJob> fields() {
        return Stream.of(
                bad("a typo of a field", job -> job.set("suject", job.remove("subject")),
                        "suject: unknown field (did you mean 'subject'?)"),
                bad("a field of another contract", job -> job.put("priority", "high"),
                        "priority: unknown field (the fields are jobId, campaignId, mailbox, to, subject, body,"
                                + " attachments, notBefore, expiresAt, metadata, toTaxCodes, checkRecipients)"),
                bad("jobId with other characters", job -> job.put("jobId", "job 1/2"),
                        "jobId: 'job 1/2' may only contain A-Z a-z 0-9 . _ : -"),
                bad("jobId too long", job -> job.put("jobId", "j".repeat(129)),
                        "jobId: 129 characters exceed the limit of 128"),
                bad("blank campaignId", job -> job.put("campaignId", " "), "campaignId: must not be empty"),
                bad("campaignId too long", job -> job.put("campaignId", "c".repeat(129)),
                        "campaignId: 129 characters exceed the limit of 128"),
                new BadJob("a field given twice", utf8("{\"jobId\": \"acme-job-1\", \"mailbox\": \"invii@pec.acme.example\","
                        + " \"to\": \"a@pec.x.example\", \"subject\": \"Fattura\", \"body\": \"b\", \"subject\": \"Ciao\"}"),
                        "subject: the field appears more than once in the record"));
    }

    private static BadJob bad(String kind, Consumer<ObjectNode> edit, String expected) {
        return new BadJob(kind, aJobWith(edit), expected);
    }

    private static BadJob recipient(String kind, String address, String expected) {
        return bad(kind, job -> recipients(job, address), expected);
    }
}
