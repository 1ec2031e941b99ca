package io.pecflow.engine.job;

import static io.pecflow.engine.job.JobJson.MAILBOX;
import static io.pecflow.engine.job.JobJson.RECIPIENT;
import static io.pecflow.engine.job.JobJson.aJob;
import static io.pecflow.engine.job.JobJson.aJobWith;
import static io.pecflow.engine.job.JobJson.attach;
import static io.pecflow.engine.job.JobJson.bytes;
import static io.pecflow.engine.job.JobJson.filled;
import static io.pecflow.engine.job.JobJson.recipients;
import static io.pecflow.engine.job.JobJson.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

class JobReaderTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    /** Small limits, so that each can be passed with a small job. */
    private static final JobLimits SMALL = new JobLimits(20, 100, 50, 200, 300, 3, 2, 5, 10);

    private final JobReader reader = new JobReader(SMALL, Set.of("Invii@PEC.Acme.example"));
    private final JobReader withDefaults = new JobReader(JobLimits.defaults(), Set.of(MAILBOX));

    @Test
    void shouldReadAMinimalJobAsValid() {
        SendJob job = valid(reader.read(bytes(aJob()), NOW));

        assertThat(job.jobId()).isEqualTo("acme-job-1");
        assertThat(job.campaignId()).isEmpty();
        assertThat(job.mailbox()).isEqualTo(MAILBOX);
        assertThat(job.to()).containsExactly(RECIPIENT);
        assertThat(job.subject()).isEqualTo("Fattura 42");
        assertThat(job.body()).isEqualTo("<p>Ciao</p>");
        assertThat(job.attachments()).isEmpty();
        assertThat(job.notBefore()).isEmpty();
        assertThat(job.expiresAt()).isEmpty();
        assertThat(job.metadata()).isEmpty();
    }

    @Test
    void shouldTrimAndLowerCaseTheMailboxAndTheRecipients() {
        SendJob job = valid(reader.read(aJobWith(job1 -> {
            job1.put("mailbox", "  INVII@pec.acme.EXAMPLE ");
            recipients(job1, " Mario.Rossi@PEC.rossi.example", "anna.neri@pec.neri.example\t");
        }), NOW));

        assertThat(job.mailbox()).isEqualTo(MAILBOX);
        assertThat(job.to()).containsExactly(RECIPIENT, "anna.neri@pec.neri.example");
    }

    @Test
    void shouldReadASingleRecipientStringAsAListOfOne() {
        SendJob job = valid(reader.read(aJobWith(job1 -> job1.put("to", "Mario.Rossi@pec.rossi.example")), NOW));

        assertThat(job.to()).containsExactly(RECIPIENT);
    }

    @Test
    void shouldReadEveryOptionalField() {
        SendJob job = valid(reader.read(aJobWith(job1 -> {
            job1.put("campaignId", "autunno 2026");
            attach(job1, "fattura.pdf", utf8("%PDF-1.4 fattura")).put("contentType", "Application/PDF");
            attach(job1, "nota.txt", utf8("nota"));
            job1.put("notBefore", "2026-11-23T10:00:00+01:00");
            job1.put("expiresAt", "2026-11-30T18:00:00.5Z");
            job1.putObject("metadata").put("cust", "C-1").put("batch", "7");
        }), NOW));

        assertThat(job.campaignId()).contains("autunno 2026");
        assertThat(job.attachments()).containsExactly(
                new JobAttachment("fattura.pdf", "application/pdf",
                        Base64.getEncoder().encodeToString(utf8("%PDF-1.4 fattura")), 16),
                new JobAttachment("nota.txt", "", Base64.getEncoder().encodeToString(utf8("nota")), 4));
        assertThat(job.notBefore()).contains(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(job.expiresAt()).contains(Instant.parse("2026-11-30T18:00:00.500Z"));
        assertThat(job.metadata()).isEqualTo(Map.of("cust", "C-1", "batch", "7"));
    }

    @Test
    void shouldAcceptAnEmptyBodyWhenThereIsAnAttachment() {
        SendJob job = valid(reader.read(aJobWith(job1 -> {
            job1.put("body", "");
            attach(job1, "atto.txt", utf8("atto"));
        }), NOW));

        assertThat(job.body()).isEmpty();
    }

    @Test
    void shouldReadNullOptionalFieldsAsLeftOut() {
        SendJob job = valid(reader.read(aJobWith(job1 -> {
            job1.putNull("campaignId");
            job1.putNull("attachments");
            job1.putNull("notBefore");
            job1.putNull("expiresAt");
            job1.putNull("metadata");
        }), NOW));

        assertThat(job.campaignId()).isEmpty();
        assertThat(job.metadata()).isEmpty();
    }

    @Test
    void shouldAcceptBase64WrappedOnSeveralLinesAndKeepItWithoutTheLineBreaks() {
        SendJob job = valid(reader.read(aJobWith(job1 -> attach(job1, "a.txt", utf8("")).put("base64",
                "SGVsbG8s\r\nIFBFQyE=\n")), NOW));

        assertThat(job.attachments().getFirst().base64()).isEqualTo("SGVsbG8sIFBFQyE=");
        assertThat(job.attachments().getFirst().size()).isEqualTo("Hello, PEC!".length());
    }

    @Test
    void shouldAcceptAJobRightAtItsLimits() {
        SendJob job = valid(reader.read(aJobWith(job1 -> {
            job1.put("subject", "s".repeat(20));
            recipients(job1, "a@pec.x.example", "b@pec.x.example");
            attach(job1, "a.bin", filled(50));
            job1.put("body", "b".repeat(80));
            job1.putObject("metadata").put("k1234", "v".repeat(10)).put("k2", "v");
        }), NOW));

        assertThat(job.attachments().getFirst().size()).isEqualTo(50);
    }

    @Test
    void shouldApplyPecsSizeTimesRecipientsRuleInMegabytes() {
        ObjectNode big = aJob();
        attach(big, "scansione.pdf", filled((int) (12 * JobLimits.MB) - "Fattura 42<p>Ciao</p>".length()));
        recipients(big, "a@pec.x.example", "b@pec.x.example", "c@pec.x.example");

        assertThat(rejection(withDefaults.read(bytes(big), NOW)).reason())
                .isEqualTo("size: 12 MB x 3 recipients = 36 MB exceeds the 30 MB PEC limit");
    }

    @Test
    void shouldReadTaxCodesInsteadOfRecipientsNormalisedAndInOrder() {
        SendJob job = valid(reader.read(aJobWith(job1 -> {
            job1.remove("to");
            job1.putArray("toTaxCodes").add(" rssmra80a01h501u ").add("012 345 678 90");
            job1.put("checkRecipients", true);
        }), NOW));

        assertThat(job.to()).isEmpty();
        assertThat(job.toTaxCodes()).containsExactly("RSSMRA80A01H501U", "01234567890");
        assertThat(job.checkRecipients()).isTrue();
    }

    @Test
    void shouldReadTaxCodesBesideRecipientsAndLeaveTheCheckOffByDefault() {
        SendJob job = valid(reader.read(aJobWith(job1 -> job1.putArray("toTaxCodes").add("01234567890")), NOW));

        assertThat(job.to()).containsExactly(RECIPIENT);
        assertThat(job.toTaxCodes()).containsExactly("01234567890");
        assertThat(job.checkRecipients()).isFalse();
    }

    @Test
    void shouldCountTaxCodesAsRecipientsForPecsSizeRule() {
        ObjectNode big = aJob();
        attach(big, "scansione.pdf", filled((int) (12 * JobLimits.MB) - "Fattura 42<p>Ciao</p>".length()));
        recipients(big, "a@pec.x.example", "b@pec.x.example");
        big.putArray("toTaxCodes").add("01234567890");

        assertThat(rejection(withDefaults.read(bytes(big), NOW)).reason())
                .isEqualTo("size: 12 MB x 3 recipients = 36 MB exceeds the 30 MB PEC limit");
    }

    @Test
    void shouldNeverQuoteATaxCodeInAReason() {
        String reason = rejection(reader.read(aJobWith(job -> job.putArray("toTaxCodes").add("RSSMRA80A01H50")),
                NOW)).reason();

        assertThat(reason).doesNotContain("RSSMRA80A01H50").contains("got 14 characters");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.pecflow.engine.job.BadJobs#corpus")
    void shouldRejectEveryKindOfBadJobWithAReasonNamingTheProblem(BadJobs.BadJob bad) {
        JobReading reading = reader.read(bad.json(), NOW);

        assertThat(reading).isInstanceOf(JobReading.Rejected.class);
        assertThat(((JobReading.Rejected) reading).reason()).contains(bad.expected());
    }

    @Test
    void shouldHaveACorpusOfAtLeastTwentyFiveKindsOfBadJob() {
        assertThat(BadJobs.corpus().map(BadJobs.BadJob::kind).distinct().count()).isGreaterThanOrEqualTo(25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableRecords")
    void shouldFindARecordUnreadableWhenNoEventCouldBeKeyedForIt(String kind, byte[] value, String expected) {
        JobReading reading = reader.read(value, NOW);

        assertThat(reading).isInstanceOf(JobReading.Unreadable.class);
        assertThat(((JobReading.Unreadable) reading).reason()).contains(expected);
    }

    static Stream<Arguments> unreadableRecords() {
        return Stream.of(
                unreadable("no value (tombstone)", null, "empty record"),
                unreadable("empty value", new byte[0], "empty record"),
                unreadable("only whitespace", utf8(" \n "), "empty record"),
                unreadable("not JSON", utf8("jobId=1;to=mario"), "not JSON: "),
                unreadable("truncated JSON", utf8("{\"jobId\": \"a\", \"to\": ["), "not JSON: "),
                unreadable("trailing garbage", utf8("{\"jobId\": \"a\"} x"), "not JSON: "),
                unreadable("not UTF-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}, "not JSON: "),
                unreadable("a JSON array", utf8("[{\"jobId\": \"a\"}]"), "not a JSON object: the record is an array"),
                unreadable("a JSON string", utf8("\"acme-job-1\""), "not a JSON object: the record is a string"),
                unreadable("a JSON number", utf8("42"), "not a JSON object: the record is a number"),
                unreadable("JSON null", utf8("null"), "not a JSON object: the record is null"),
                unreadable("no jobId", aJobWith(job -> job.remove("jobId")), "no jobId, so no event can be keyed"),
                unreadable("jobId a number", aJobWith(job -> job.put("jobId", 42)),
                        "jobId is not a string (got a number)"),
                unreadable("jobId null", aJobWith(job -> job.putNull("jobId")), "jobId is not a string (got null)"),
                unreadable("jobId an object", aJobWith(job -> job.putObject("jobId")),
                        "jobId is not a string (got an object)"),
                unreadable("jobId blank", aJobWith(job -> job.put("jobId", "  ")), "jobId is empty"));
    }

    @Test
    void shouldReportAllTheProblemsOfAJobAtOnce() {
        String reason = rejection(reader.read(aJobWith(job -> {
            job.put("mailbox", "x@y.example");
            recipients(job, RECIPIENT, "mario.rossi@");
            job.put("subject", "Fattura\r\n42");
            job.put("expiresAt", "yesterday");
        }), NOW)).reason();

        assertThat(reason.split("; ")).containsExactly(
                "mailbox: 'x@y.example' is not one of the mailboxes this engine sends from",
                "to[1]: 'mario.rossi@' is not an e-mail address (nothing after the @)",
                "subject: contains a line break (CR/LF are not allowed in a PEC subject)",
                "expiresAt: 'yesterday' is not an ISO-8601 instant with a zone"
                        + " (e.g. 2026-11-23T09:00:00Z or 2026-11-23T10:00:00+01:00)");
    }

    @Test
    void shouldEchoTheRawJobIdAndWhatWasValidOnARejection() {
        JobReading.Rejected rejected = rejection(reader.read(aJobWith(job -> {
            job.put("jobId", "job 1/2");
            job.put("campaignId", "autunno");
            job.put("mailbox", " Other@PEC.acme.example");
            job.putObject("metadata").put("ok", "yes").put("bad", 1);
        }), NOW));

        assertThat(rejected.ref()).isEqualTo(new JobRef("job 1/2", Optional.of("autunno"),
                Optional.of("other@pec.acme.example"), Map.of("ok", "yes")));
    }

    @Test
    void shouldEchoNoMailboxWhenItIsNotAnAddress() {
        JobReading.Rejected rejected = rejection(reader.read(aJobWith(job -> job.put("mailbox", "invii")), NOW));

        assertThat(rejected.ref().mailbox()).isEmpty();
    }

    @Test
    void shouldNeverPutTheBodyOrAttachmentContentInAReason() {
        String secret = "SEGRETO";
        String reason = rejection(reader.read(aJobWith(job -> {
            job.put("body", secret.repeat(20));
            attach(job, "a.txt", utf8("")).put("base64", secret + "!" + secret);
        }), NOW)).reason();

        assertThat(reason).contains("body: ", "attachments[0].base64: ").doesNotContain(secret);
    }

    @Test
    void shouldListTwentyProblemsAndCountTheRest() {
        JobReader generous = new JobReader(new JobLimits(20, 100, 50, 200, 10_000, 100, 2, 5, 10), Set.of(MAILBOX));
        ObjectNode job = aJob();
        recipients(job, Stream.generate(() -> "nobody").limit(30).toArray(String[]::new));

        String reason = rejection(generous.read(bytes(job), NOW)).reason();

        assertThat(reason.split("; ")).hasSize(21);
        assertThat(reason).endsWith("; and 10 more problems");
    }

    @Test
    void shouldEscapeControlCharactersInTheValuesItQuotes() {
        String reason = rejection(reader.read(aJobWith(job -> job.put("jobId", "a\nb")), NOW)).reason();

        assertThat(reason).isEqualTo("jobId: 'a\\nb' may only contain A-Z a-z 0-9 . _ : -");
    }

    @Test
    void shouldShortenTheValuesItQuotes() {
        String reason = rejection(reader.read(aJobWith(job -> job.put("campaignId", "c".repeat(90) + "\t")), NOW))
                .reason();

        assertThat(reason).isEqualTo("campaignId: '" + "c".repeat(80) + "…(91 characters)' contains a control character");
    }

    @Test
    void shouldReadTheSameBytesTheSameWayFromManyThreads() {
        byte[] value = bytes(aJob());
        SendJob expected = valid(reader.read(value, NOW));

        List<JobReading> readings = Stream.generate(() -> value).limit(200).parallel()
                .map(bytes -> reader.read(bytes, NOW)).toList();

        assertThat(readings).allSatisfy(reading -> assertThat(valid(reading)).isEqualTo(expected));
    }

    private static Arguments unreadable(String kind, byte[] value, String expected) {
        return Arguments.of(kind, value, expected);
    }

    private static SendJob valid(JobReading reading) {
        assertThat(reading).isInstanceOf(JobReading.Valid.class);
        return ((JobReading.Valid) reading).job();
    }

    private static JobReading.Rejected rejection(JobReading reading) {
        assertThat(reading).isInstanceOf(JobReading.Rejected.class);
        return (JobReading.Rejected) reading;
    }
}
