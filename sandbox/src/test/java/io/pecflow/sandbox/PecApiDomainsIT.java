package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The PEC API's checks ({@code /domini_pec}, {@code /verifica_pec}) and what every PEC API call goes through. */
class PecApiDomainsIT extends ManualSandboxIT {

    @BeforeAll
    static void start() {
        startSandbox(SandboxOptions.builder().mailbox(A, "pw-a", MailboxPlan.STANDARD)
                .mailbox("invii@pec.demo-flat.it", "pw-flat", MailboxPlan.FLAT).certifiedDomain("pec.cliente.it"), "t");
    }

    private static SandboxHttp.Response get(String path) {
        return http.api("GET", path, null);
    }

    @Test
    void shouldFindAProvidersDomainWithTheDocumentsAnswer() {
        SandboxHttp.Response found = get("/domini_pec/legalmail.it");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().toString()).isEqualTo("{\"data\":[],\"success\":true,\"message\":\"legalmail.it found!\",\"error\":null}");
    }

    @Test
    void shouldFindTheDomainsTheSandboxItselfSendsFromAndTo() {
        sandbox.addMailbox("nuova@pec.nuovo-cliente.it", "pw", MailboxPlan.STANDARD);

        for (String domain : new String[] {"pecmassiva.com", "pec.demo-flat.it", "PEC.Example.IT", "example.it", "pec.nuovo-cliente.it"}) {
            assertThat(get("/domini_pec/" + domain).status()).as(domain).isEqualTo(200);
        }
    }

    @Test
    void shouldFindDomainsAddedByOptionOrWhileRunning() {
        sandbox.addCertifiedDomain("cert.altro.it");

        assertThat(get("/domini_pec/pec.cliente.it").json().get("message").asString()).isEqualTo("pec.cliente.it found!");
        assertThat(get("/domini_pec/cert.altro.it").status()).isEqualTo(200);
    }

    @Test
    void shouldAnswer204WithoutABodyForADomainThatIsNotCertified() {
        for (String domain : new String[] {"example.com", "gmail.com", "legalmail.it.example.com"}) {
            SandboxHttp.Response checked = get("/domini_pec/" + domain);
            assertThat(checked.status()).as(domain).isEqualTo(204);
            assertThat(checked.json().isEmpty()).isTrue();
        }
    }

    @Test
    void shouldAnswer406ForAMalformedDomainAnd428ForAMissingOne() {
        SandboxHttp.Response malformed = get("/domini_pec/not_a_domain");
        SandboxHttp.Response address = get("/domini_pec/mario@legalmail.it");
        SandboxHttp.Response missing = get("/domini_pec/");

        assertThat(malformed.status()).isEqualTo(406);
        assertThat(malformed.json().toString()).isEqualTo("{\"success\":false,\"message\":\"domain not valid\",\"error\":401,\"data\":null}");
        assertThat(address.status()).isEqualTo(406);
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.json().toString()).isEqualTo("{\"success\":false,\"message\":\"domain required\",\"error\":400,\"data\":null}");
    }

    @Test
    void shouldAnswer402OnceTheCreditCannotPayForACheck() {
        sandbox.setPecApiCredit(new BigDecimal("0.01"));
        assertThat(get("/domini_pec/pec.it").status()).isEqualTo(200);

        SandboxHttp.Response unpaid = get("/domini_pec/pec.it");

        assertThat(unpaid.status()).isEqualTo(402);
        assertThat(unpaid.json().toString())
                .isEqualTo("{\"success\":false,\"message\":\"Insufficient Credit in Wallet: 0.00\",\"error\":403,\"data\":null}");
        sandbox.reset();
        assertThat(sandbox.pecApiCredit()).isEqualByComparingTo(PecApiSettings.defaults().credit());
    }

    @Test
    void shouldAnswer503DuringAnOutage() {
        sandbox.faults().outage(Duration.ofMinutes(1));

        SandboxHttp.Response down = get("/domini_pec/pec.it");

        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().toString())
                .isEqualTo("{\"success\":false,\"message\":\"service temporarily unavailable\",\"error\":402,\"data\":null}");
        assertThat(get("/verifica_pec/a@legalmail.it").status()).isEqualTo(503);
    }

    @Test
    void shouldWantThePecMassivaBearerTokenAndNeverEchoAToken() {
        SandboxHttp.Response wrong = http.call("GET", "/domini_pec/pec.it", null, null, "not-the-token");
        SandboxHttp.Response none = http.call("GET", "/pec", null, null, null);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(none.status()).isEqualTo(401);
        assertThat(wrong.json().get("error").asInt()).isEqualTo(401);
        assertThat(wrong.json().toString() + wrong.headers().map()).doesNotContain("not-the-token").doesNotContain("\"t\"");
        assertThat(sandbox.pecApiStats().unauthorized()).isEqualTo(2);
    }

    @Test
    void shouldSayAnAddressIsFreeUnlessABoxOrASandboxMailboxHasIt() {
        SandboxHttp.Response free = get("/verifica_pec/prova_pec@legalmail.it");
        http.api("POST", "/pec", PecApiExamples.registration("presa@legalmail.it", "STANDARD").toString());

        assertThat(free.json().toString()).isEqualTo("{\"data\":{\"available\":true},\"success\":true,\"message\":\"\",\"error\":null}");
        assertThat(get("/verifica_pec/Presa@legalmail.it").json().get("data").get("available").asBoolean()).isFalse();
        assertThat(get("/verifica_pec/" + A).json().get("data").get("available").asBoolean()).isFalse();
    }

    @Test
    void shouldRefuseAMalformedOrMissingAddressToVerify() {
        SandboxHttp.Response malformed = get("/verifica_pec/prova_pec");
        SandboxHttp.Response missing = get("/verifica_pec");

        assertThat(malformed.status()).isEqualTo(406);
        assertThat(malformed.json().toString())
                .isEqualTo("{\"success\":false,\"message\":\"invalid casella_pec\",\"error\":208,\"data\":null}");
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.json().get("message").asString()).isEqualTo("casella_pec required");
        assertThat(missing.json().get("error").asInt()).isEqualTo(207);
    }

    @Test
    void shouldAnswerUnknownPathsAndWrongMethodsInTheEnvelope() {
        SandboxHttp.Response unknown = http.api("GET", "/pec/6045fdee3a716847a978a471/nothing", null);
        SandboxHttp.Response wrongMethod = http.api("PUT", "/pec", "{}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("data").isNull()).isTrue();
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("GET, POST");
    }

    @Test
    void shouldCountThePecApiAndTrovaPecInTheRefereeStats() {
        get("/domini_pec/pec.it");
        get("/domini_pec/gmail.com");
        get("/domini_pec/bad_domain");
        http.form("/index_ws.php", "key=wrong&cf=01234567890");

        JsonNode stats = http.admin("GET", "/_sandbox/stats", null).json();

        assertThat(stats.get("pecApi").toString())
                .isEqualTo("{\"calls\":3,\"domainChecks\":3,\"refusals\":1,\"unauthorized\":0}");
        assertThat(stats.get("trovaPec").get("errors").asInt()).isEqualTo(1);
        assertThat(stats.get("total").get("acceptedSends").asInt()).isZero();
    }
}
