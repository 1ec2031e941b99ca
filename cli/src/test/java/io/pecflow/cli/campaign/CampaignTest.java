package io.pecflow.cli.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private Campaign csv(String text, Optional<String> mailbox) {
        JobValidator validator = new JobValidator(ContractLimits.defaults(),
                new CampaignDefaults("acme-bills", mailbox, dir), NOW);
        return Campaign.check(text, CampaignFormat.CSV, ',', mailbox.isPresent(), validator);
    }

    private Campaign jsonl(String text) {
        JobValidator validator = new JobValidator(ContractLimits.defaults(),
                new CampaignDefaults("acme-bills", Optional.of("box@pecmassiva.com"), dir), NOW);
        return Campaign.check(text, CampaignFormat.JSONL, ',', true, validator);
    }

    @Test
    void shouldTurnEveryGoodCsvRowIntoAJobWithItsMetadataAndDefaults() {
        Campaign campaign = csv("""
                to,subject,body,meta.customer,notBefore
                Mario.Rossi@pec.example.it ; anna@pec.example.it,Bill 1,<p>Hello</p>,C-1,2026-11-23T09:00:00Z
                luca@pec.example.it,Bill 2,Hi,,
                """, Optional.of("Box@PecMassiva.com"));

        assertThat(campaign.badRows()).isEmpty();
        assertThat(campaign.rows()).isEqualTo(2);
        ValidJob first = campaign.jobs().getFirst();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.mailbox()).isEqualTo("box@pecmassiva.com");
        assertThat(first.to()).containsExactly("mario.rossi@pec.example.it", "anna@pec.example.it");
        assertThat(first.campaignId()).isEqualTo("acme-bills");
        assertThat(first.metadata()).containsExactly(java.util.Map.entry("customer", "C-1"));
        assertThat(first.notBefore()).contains("2026-11-23T09:00:00Z");
        assertThat(campaign.jobs().get(1).metadata()).isEmpty();
    }

    @Test
    void shouldReportEveryProblemOfEveryBadRowWithTheLineItStartsOn() {
        Campaign campaign = csv("""
                mailbox,to,subject,body
                box@pecmassiva.com,ok@pec.example.it,Fine,"a body
                over two lines"
                box@pecmassiva.com,mario.rossi@,,Hi
                not-an-address,ok@pec.example.it,Fine,
                """, Optional.empty());

        assertThat(campaign.jobs()).extracting(ValidJob::line).containsExactly(2);
        assertThat(campaign.badRows()).extracting(BadRow::line).containsExactly(4, 5);
        assertThat(campaign.badRows().get(0).problems()).containsExactly(
                "to[0]: 'mario.rossi@' is not an e-mail address", "subject: is required");
        assertThat(campaign.badRows().get(1).problems()).containsExactly(
                "mailbox: 'not-an-address' is not an e-mail address",
                "body: is empty and there are no attachments (a PEC needs a body or an attachment)");
    }

    @Test
    void shouldRefuseTheWholeFileWhenTheHeaderNamesAnUnknownColumn() {
        Campaign campaign = csv("to,suject,body\nx@pec.example.it,Hi,Hi\n", Optional.of("box@pecmassiva.com"));

        assertThat(campaign.fileBroken()).isTrue();
        assertThat(campaign.badRows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(1);
            assertThat(row.problems()).anySatisfy(problem -> assertThat(problem).contains("unknown column 'suject'"))
                    .anySatisfy(problem -> assertThat(problem).contains("'subject' is required"));
        });
    }

    @Test
    void shouldAskForAMailboxColumnWhenThereIsNoDefaultMailbox() {
        Campaign campaign = csv("to,subject,body\nx@pec.example.it,Hi,Hi\n", Optional.empty());

        assertThat(campaign.badRows().getFirst().problems())
                .containsExactly("header: there is no mailbox column; add one or give --mailbox");
    }

    @Test
    void shouldReadAttachmentsFromFilesBesideTheCampaign() throws Exception {
        Files.writeString(dir.resolve("bill.pdf"), "%PDF-1.4 bill");
        Campaign campaign = csv("to,subject,body,attachments\nx@pec.example.it,Bill,,bill.pdf ; missing.pdf\n",
                Optional.of("box@pecmassiva.com"));

        assertThat(campaign.badRows().getFirst().problems()).singleElement()
                .satisfies(problem -> assertThat(problem).startsWith("attachments[1]: 'missing.pdf' is not a readable file"));

        Campaign good = csv("to,subject,body,attachments\nx@pec.example.it,Bill,,bill.pdf\n",
                Optional.of("box@pecmassiva.com"));
        ResolvedAttachment attachment = good.jobs().getFirst().attachments().getFirst();
        assertThat(attachment.name()).isEqualTo("bill.pdf");
        assertThat(attachment.contentType()).contains("application/pdf");
        assertThat(attachment.bytes()).isEqualTo(13);
    }

    @Test
    void shouldFlagARowWhoseContentRepeatsAnotherBecauseItWouldGetTheSameJobId() {
        Campaign campaign = csv("to,subject,body\nx@pec.example.it,Hi,Hi\ny@pec.example.it,Hi,Hi\nX@pec.example.it,Hi,Hi\n",
                Optional.of("box@pecmassiva.com"));

        assertThat(campaign.jobs()).extracting(ValidJob::line).containsExactly(2, 3);
        assertThat(campaign.badRows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(4);
            assertThat(row.problems().getFirst()).contains("same content as line 2");
        });
    }

    @Test
    void shouldReadJsonLinesWithInlineAndFileAttachmentsAndReportBadLines() throws Exception {
        Files.writeString(dir.resolve("note.txt"), "note");
        String base64 = Base64.getEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
        Campaign campaign = jsonl("""
                {"jobId":"bill-1","to":"a@pec.example.it","subject":"S","body":"B","metadata":{"k":"v"}}

                {"to":["b@pec.example.it"],"subject":"S","body":"","attachments":["note.txt",{"name":"h.txt","contentType":"text/plain","base64":"%s"}]}
                {"to":"c@pec.example.it","suject":"S","body":"B"}
                not json
                {"to":"d@pec.example.it","subject":"S","body":"B","expiresAt":"2025-01-01T00:00:00Z"}
                """.formatted(base64));

        assertThat(campaign.jobs()).extracting(ValidJob::line).containsExactly(1, 3);
        assertThat(campaign.jobs().getFirst().jobId()).isEqualTo("bill-1");
        assertThat(campaign.jobs().get(1).attachments()).extracting(ResolvedAttachment::name)
                .containsExactly("note.txt", "h.txt");
        assertThat(campaign.badRows()).extracting(BadRow::line).containsExactly(4, 5, 6);
        assertThat(campaign.badRows().get(0).problems()).contains("subject: is required")
                .anySatisfy(problem -> assertThat(problem).startsWith("suject: unknown field"));
        assertThat(campaign.badRows().get(1).problems().getFirst()).startsWith("line: not valid JSON");
        assertThat(campaign.badRows().get(2).problems()).containsExactly("expiresAt: 2025-01-01T00:00:00Z is already past");
    }

    @Test
    void shouldApplyTheContractsLimitsToSubjectRecipientsAndMetadata() {
        String longSubject = "s".repeat(501);
        Campaign campaign = jsonl("""
                {"jobId":"bad id!","to":["a@pec.example.it","A@pec.example.it"],"subject":"%s","body":"B","metadata":{"k":"%s"}}
                """.formatted(longSubject, "v".repeat(1025)));

        assertThat(campaign.badRows().getFirst().problems()).containsExactly(
                "jobId: 'bad id!' must be 1-128 of A-Z a-z 0-9 . _ : - (or leave it out to have one derived)",
                "to[1]: 'a@pec.example.it' is already in to[0]",
                "subject: 501 characters exceed the limit of 500",
                "metadata.k: 1025 characters exceed the limit of 1024");
    }

    @Test
    void shouldTakeTaxCodesInsteadOfAddressesAndAskForTheRecipientCheck() {
        Campaign campaign = csv("""
                toTaxCodes,checkRecipients,subject,body
                01234567890 ; rssmra80a01h501u,true,Bill 1,Hi
                ,,Bill 2,Hi
                0123,maybe,Bill 3,Hi
                """, Optional.of("box@pecmassiva.com"));

        ValidJob job = campaign.jobs().getFirst();
        assertThat(job.to()).isEmpty();
        assertThat(job.toTaxCodes()).containsExactly("01234567890", "RSSMRA80A01H501U");
        assertThat(job.checkRecipients()).isTrue();
        assertThat(new String(JobJson.write(job), StandardCharsets.UTF_8))
                .contains("\"toTaxCodes\":[\"01234567890\",\"RSSMRA80A01H501U\"],\"checkRecipients\":true")
                .doesNotContain("\"to\":");
        assertThat(campaign.badRows()).extracting(BadRow::line).containsExactly(3, 4);
        assertThat(campaign.badRows().get(0).problems())
                .containsExactly("to: is required: one recipient address or more, separated by ; (or toTaxCodes)");
        assertThat(campaign.badRows().get(1).problems()).containsExactly(
                "checkRecipients: 'maybe' is neither true nor false",
                "toTaxCodes[0]: is neither an 11-digit VAT number nor a 16-character tax code");
    }

    @Test
    void shouldReadTaxCodesAndTheCheckFromJsonLines() {
        Campaign campaign = jsonl("""
                {"toTaxCodes":"01234567890","to":"a@pec.example.it","checkRecipients":true,"subject":"S","body":"B"}
                {"toTaxCodes":["01234567890","01234567890"],"checkRecipients":"yes","subject":"S","body":"B"}
                """);

        assertThat(campaign.jobs()).singleElement().satisfies(job -> {
            assertThat(job.to()).containsExactly("a@pec.example.it");
            assertThat(job.toTaxCodes()).containsExactly("01234567890");
            assertThat(job.checkRecipients()).isTrue();
        });
        assertThat(campaign.badRows().getFirst().problems()).containsExactly(
                "checkRecipients: must be true or false", "toTaxCodes[1]: repeats toTaxCodes[0]");
    }
}
