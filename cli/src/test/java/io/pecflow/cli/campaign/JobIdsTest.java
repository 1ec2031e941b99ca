package io.pecflow.cli.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobIdsTest {

    @TempDir
    Path dir;

    private List<ValidJob> jobs(String campaignId, String csv) {
        JobValidator validator = new JobValidator(ContractLimits.defaults(),
                new CampaignDefaults(campaignId, Optional.of("box@pecmassiva.com"), dir), Instant.EPOCH);
        Campaign campaign = Campaign.check(csv, CampaignFormat.CSV, ',', true, validator);
        assertThat(campaign.badRows()).isEmpty();
        return campaign.jobs();
    }

    private String id(String campaignId, String csv) {
        return jobs(campaignId, csv).getFirst().jobId();
    }

    @Test
    void shouldDeriveTheSameJobIdFromTheSameRowEveryTime() {
        String csv = "to,subject,body,meta.a,meta.b\nx@pec.example.it,Hi,Body,1,2\n";

        assertThat(id("March bills 2026", csv)).isEqualTo(id("March bills 2026", csv))
                .matches("March-bills-2026:[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void shouldIgnoreCaseOfAddressesAndTheOrderOfMetadataColumns() {
        assertThat(id("c", "to,subject,body,meta.a,meta.b\nX@PEC.example.it,Hi,Body,1,2\n"))
                .isEqualTo(id("c", "meta.b,to,subject,body,meta.a\n2,x@pec.example.it,Hi,Body,1\n"));
    }

    @Test
    void shouldDeriveAnotherJobIdWhenTheCampaignOrAnyFieldDiffers() {
        String base = id("c", "to,subject,body\nx@pec.example.it,Hi,Body\n");

        assertThat(id("d", "to,subject,body\nx@pec.example.it,Hi,Body\n")).isNotEqualTo(base);
        assertThat(id("c", "to,subject,body\ny@pec.example.it,Hi,Body\n")).isNotEqualTo(base);
        assertThat(id("c", "to,subject,body\nx@pec.example.it,Hi!,Body\n")).isNotEqualTo(base);
        assertThat(id("c", "to,subject,body,meta.k\nx@pec.example.it,Hi,Body,v\n")).isNotEqualTo(base);
    }

    @Test
    void shouldDeriveAnotherJobIdWhenAnAttachmentsContentChanges() throws Exception {
        String csv = "to,subject,body,attachments\nx@pec.example.it,Hi,Body,bill.pdf\n";
        Files.writeString(dir.resolve("bill.pdf"), "%PDF-1 first");
        String first = id("c", csv);
        Files.writeString(dir.resolve("bill.pdf"), "%PDF-1 second");

        assertThat(id("c", csv)).isNotEqualTo(first);
    }

    @Test
    void shouldKeepARowsOwnJobId() {
        ValidJob job = jobs("c", "jobId,to,subject,body\nmine-1,x@pec.example.it,Hi,Body\n").getFirst();

        assertThat(job.jobId()).isEqualTo("mine-1");
        assertThat(job.derivedId()).isFalse();
    }

    @Test
    void shouldMakeACampaignSafeForAJobIdPrefix() {
        assertThat(JobIds.prefix("  Fatture marzo/2026 ")).isEqualTo("Fatture-marzo-2026");
        assertThat(JobIds.prefix("àèì")).isEmpty();
        assertThat(JobIds.prefix("x".repeat(100))).hasSize(64);
    }
}
