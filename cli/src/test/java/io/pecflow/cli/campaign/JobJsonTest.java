package io.pecflow.cli.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.pecflow.cli.testkit.Json;
import io.pecflow.cli.testkit.JobSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class JobJsonTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteAJobTheContractsSchemaAcceptsWithFieldsInTheContractsOrder() throws Exception {
        Files.write(dir.resolve("bill.pdf"), "%PDF-1.4 content".getBytes(StandardCharsets.US_ASCII));
        JobValidator validator = new JobValidator(ContractLimits.defaults(),
                new CampaignDefaults("acme", Optional.of("box@pecmassiva.com"), dir), Instant.EPOCH);
        ValidJob job = Campaign.check("""
                to,subject,body,attachments,notBefore,expiresAt,meta.invoice
                a@pec.example.it;b@pec.example.it,Bill,<p>Hi</p>,bill.pdf,2030-01-01T09:00:00+01:00,2030-01-02T00:00:00Z,2026/42
                """, CampaignFormat.CSV, ',', true, validator).jobs().getFirst();

        String json = new String(JobJson.write(job), StandardCharsets.UTF_8);

        assertThat(JobSchema.errors(json)).isEmpty();
        JsonNode root = Json.read(json);
        assertThat(root.propertyNames()).containsExactly("jobId", "campaignId", "mailbox", "to", "subject", "body",
                "attachments", "notBefore", "expiresAt", "metadata");
        assertThat(root.path("attachments").path(0).path("contentType").stringValue()).isEqualTo("application/pdf");
        assertThat(Base64.getDecoder().decode(root.path("attachments").path(0).path("base64").stringValue()))
                .asString(StandardCharsets.US_ASCII).isEqualTo("%PDF-1.4 content");
        assertThat(root.path("to").valueStream().map(JsonNode::stringValue).toList())
                .isEqualTo(List.of("a@pec.example.it", "b@pec.example.it"));
    }
}
