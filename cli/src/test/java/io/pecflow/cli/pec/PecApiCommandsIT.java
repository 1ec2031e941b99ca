package io.pecflow.cli.pec;

import static org.assertj.core.api.Assertions.assertThat;

import io.pecflow.cli.ExitCode;
import io.pecflow.cli.testkit.Cli;
import io.pecflow.cli.testkit.Cli.Result;
import io.pecflow.cli.testkit.Json;
import io.pecflow.sandbox.PecMassivaSandbox;
import io.pecflow.sandbox.SandboxOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code mailbox} and {@code comunica} against the sandbox's PEC API over real HTTP. */
class PecApiCommandsIT {

    private static final String TOKEN = "pec-api-it-token-0451";

    private static PecMassivaSandbox sandbox;
    private static Cli cli;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSandbox() {
        sandbox = PecMassivaSandbox.start(SandboxOptions.builder().port(0).token(TOKEN)
                .activationDelay(Duration.ZERO).build());
        cli = Cli.withEnv("PECFLOW_PEC_API_URL", sandbox.baseUrl().toString(), "PECFLOW_PEC_API_TOKEN", TOKEN);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    private static JsonNode json(Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return Json.read(result.out());
    }

    @Test
    void shouldVerifyThatAnAddressIsFreeAndItsDomainCertified() {
        JsonNode address = json(cli.run("mailbox", "verify", "nuovo.ufficio@legalmail.it", "--json"));
        assertThat(address.path("available").booleanValue()).isTrue();
        assertThat(address.path("certified").booleanValue()).isTrue();

        Result domain = cli.run("mailbox", "verify", "gmail.com");
        assertThat(domain.exitCode()).isZero();
        assertThat(domain.out()).contains("domain     gmail.com").contains("certified  no");
    }

    @Test
    void shouldTakeAMailboxFromRegistrationThroughActivationToItsChangesAndRevocation() throws Exception {
        JsonNode registered = json(cli.run("mailbox", "register", "--json", "--address", "studio.bianchi@legalmail.it",
                "--type", "standard", "--first-name", "Anna", "--last-name", "Bianchi", "--email", "anna@example.it",
                "--phone", "0511234567", "--tax-code", "BNCNNA80A41A944X", "--birth-date", "1980-01-01", "--sex", "F",
                "--street", "Via Roma 1", "--municipality", "Bologna", "--postal-code", "40100", "--province", "BO"));
        String id = registered.path("id").stringValue();
        assertThat(registered.path("state").stringValue()).isEqualTo("REGISTERED");
        assertThat(cli.run("mailbox", "list").out()).contains(id).contains("studio.bianchi@legalmail.it");

        Path form = dir.resolve("forms/activation.pdf");
        JsonNode written = json(cli.run("mailbox", "activation-form", id, "--out", form.toString(), "--json"));
        assertThat(written.path("bytes").intValue()).isEqualTo(Files.size(form)).isPositive();
        assertThat(Files.readString(form, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        Path identity = Files.writeString(dir.resolve("identity.pdf"), "%PDF-1.4 identity card");

        JsonNode activating = json(cli.run("mailbox", "activate", id, "--document", form.toString(), "--document",
                identity.toString(), "--json"));
        assertThat(activating.path("state").stringValue()).isEqualTo("ACTIVATING");
        assertThat(json(cli.run("mailbox", "show", id, "--json")).path("state").stringValue()).isEqualTo("ACTIVE");

        assertThat(json(cli.run("mailbox", "renew", id, "--years", "2", "--json")).path("expires").stringValue())
                .isNotEmpty();
        assertThat(json(cli.run("mailbox", "upgrade", id, "--type", "GOLD", "--json")).path("type").stringValue())
                .isEqualTo("GOLD");
        int disk = json(cli.run("mailbox", "show", id, "--json")).path("diskMegabytes").intValue();
        assertThat(json(cli.run("mailbox", "space", id, "--disk", "+1024", "--json")).path("diskMegabytes").intValue())
                .isEqualTo(disk + 1024);

        Result unconfirmed = cli.run("mailbox", "revoke", id);
        assertThat(unconfirmed.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unconfirmed.err()).contains("needs --yes");
        assertThat(json(cli.run("mailbox", "revoke", id, "--yes", "--json")).path("state").stringValue())
                .isEqualTo("REVOKED");
    }

    @Test
    void shouldCarryACommunicationFromItsRequestToItsSignedPowerOfAttorney() throws Exception {
        JsonNode created = json(cli.run("comunica", "create", "--json", "--address", "info@pec.it", "--tax-code",
                "RSSMRA80A01H501U", "--first-name", "Mario", "--last-name", "Rossi", "--qualification",
                "legale_rappresentante", "--email", "mario@example.it", "--mobile", "3331234567", "--company-name",
                "Esempio Srl", "--company-tax-code", "01234567890", "--municipality", "Roma", "--province", "RM"));
        String id = created.path("id").stringValue();
        assertThat(json(cli.run("comunica", "show", id, "--json")).path("state").stringValue())
                .isEqualTo("AWAITING_DOCUMENTS");

        Path procura = dir.resolve("procura.pdf");
        assertThat(cli.run("comunica", "procura", id, "--out", procura.toString()).out()).contains(procura.toString());
        assertThat(Files.readString(procura, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");

        JsonNode uploaded = json(cli.run("comunica", "upload", id, "--document", procura.toString(), "--json"));
        assertThat(uploaded.path("state").stringValue()).isEqualTo("DOCUMENTS_UPLOADED");
        assertThat(cli.run("comunica", "list").out()).contains(id).contains("info@pec.it");
    }

    @Test
    void shouldExplainARefusalWithTheProvidersWordsButNeverTheToken() {
        Result refused = Cli.withEnv("PECFLOW_PEC_API_URL", sandbox.baseUrl().toString(),
                "PECFLOW_PEC_API_TOKEN", "wrong-secret-9931").run("mailbox", "list", "--verbose");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(refused.err()).contains("cannot list the mailboxes: the token was refused (401/403)")
                .contains("pecflow.pec-api.token = ***  (env PECFLOW_PEC_API_TOKEN)");
        assertThat(refused.all()).doesNotContain("wrong-secret-9931");

        Result notFound = cli.run("mailbox", "show", "000000000000000000000000");
        assertThat(notFound.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(notFound.err()).contains("cannot read the mailbox: not found (404)");
    }

    @Test
    void shouldNeverShowTheTokenGivenAsAnOptionInHelpOrVerboseOutput() {
        Result verbose = Cli.withEnv("PECFLOW_PEC_API_URL", sandbox.baseUrl().toString())
                .run("mailbox", "list", "--pec-api-token", TOKEN, "-v");
        Result help = cli.run("mailbox", "list", "--help");

        assertThat(verbose.exitCode()).as(verbose.toString()).isZero();
        assertThat(verbose.err()).contains("pecflow.pec-api.token = ***  (option)");
        assertThat(help.out()).contains("--pec-api-token").contains("PECFLOW_PEC_API_TOKEN");
        assertThat(verbose.all() + help.all()).doesNotContain(TOKEN);
    }

    @Test
    void shouldNotEchoTheValueOfAMistypedOption() {
        Result typo = cli.run("mailbox", "list", "--pec-api-tokn", "typo-secret-1", "--pec-api-tokn=typo-secret-2");

        assertThat(typo.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err()).contains("unknown option '--pec-api-tokn'").contains("--pec-api-token");
        assertThat(typo.all()).doesNotContain("typo-secret");
    }

    @Test
    void shouldSayHowToGiveATokenWhenThereIsNone() {
        Result missing = Cli.withEnv("PECFLOW_PEC_API_URL", sandbox.baseUrl().toString()).run("mailbox", "list");

        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("no PEC API token: give --pec-api-token, or set PECFLOW_PEC_API_TOKEN"
                + " (or PECFLOW_PROVIDER_TOKEN)");
    }
}
