package io.pecflow.cli.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContractLimitsTest {

    private final ContractLimits limits = ContractLimits.defaults();

    @Test
    void shouldReadTheLimitsFromTheContractsJobSchema() {
        assertThat(limits.maxSubjectChars()).isEqualTo(500);
        assertThat(limits.maxRecipients()).isEqualTo(500);
        assertThat(limits.maxCampaignIdChars()).isEqualTo(128);
        assertThat(limits.maxAddressChars()).isEqualTo(254);
        assertThat(limits.maxMetadataEntries()).isEqualTo(32);
        assertThat(limits.maxMetadataKeyChars()).isEqualTo(64);
        assertThat(limits.maxMetadataValueChars()).isEqualTo(1024);
        assertThat(limits.maxAttachmentNameChars()).isEqualTo(255);
        assertThat(limits.maxBodyBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(limits.maxSizeTimesRecipients()).isEqualTo(30L * 1024 * 1024);
    }

    @Test
    void shouldCheckAddressesAndJobIdsWithTheSchemasPatterns() {
        assertThat(limits.address().matcher("mario.rossi@pec.rossi.example").matches()).isTrue();
        assertThat(limits.address().matcher("mario.rossi@").matches()).isFalse();
        assertThat(limits.address().matcher("a@b.123").matches()).isFalse();
        assertThat(limits.jobId().matcher("acme-2026-11-bill-0042").matches()).isTrue();
        assertThat(limits.jobId().matcher("no spaces").matches()).isFalse();
        assertThat(limits.contentType().matcher("application/pdf").matches()).isTrue();
    }
}
