package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The referee and control endpoints under {@code /_sandbox/}, and unknown paths. */
class ControlApiIT extends ManualSandboxIT {

    @BeforeAll
    static void start() {
        startWithMailboxA();
    }

    @Test
    void shouldServeStatsInTotalAndPerMailbox() {
        http.send(ProviderExamples.send(A, "pw-a", "uno", "x@example.it", "y@example.it"));
        http.send(ProviderExamples.send(A, "pw-a", "due", "x@example.it"));
        clock.advance(Duration.ofSeconds(2));

        JsonNode stats = http.admin("GET", "/_sandbox/stats", null).json();

        for (JsonNode counters : new JsonNode[] {stats.get("total"), stats.get("mailboxes").get(A)}) {
            assertThat(counters.propertyNames()).containsExactlyInAnyOrder("acceptedSends", "recipients",
                    "rateViolations", "quotaRejections", "duplicateSends", "lostResponses", "injectedErrors",
                    "unauthorizedRejections", "droppedReceipts", "inboxMessages", "inboxUsageKib");
            assertThat(counters.get("acceptedSends").asLong()).isEqualTo(1);
            assertThat(counters.get("recipients").asLong()).isEqualTo(2);
            assertThat(counters.get("rateViolations").asLong()).isEqualTo(1);
            assertThat(counters.get("inboxMessages").asLong()).isEqualTo(3);
        }
    }

    @Test
    void shouldResetStateButKeepMailboxes() {
        http.send(ProviderExamples.send(A, "pw-a", "uno", "x@example.it"));
        clock.advance(Duration.ofSeconds(2));

        SandboxHttp.Response reset = http.admin("POST", "/_sandbox/reset", null);

        assertThat(reset.status()).isEqualTo(200);
        assertThat(sandbox.stats().total()).isEqualTo(SandboxStats.Counters.ZERO);
        assertThat(sandbox.sends(A)).isEmpty();
        assertThat(http.get("/inbox", A, "pw-a").json().get("total").asInt()).isZero();
        assertThat(http.send(ProviderExamples.send(A, "pw-a", "due", "x@example.it")).status()).isEqualTo(201);
    }

    @Test
    void shouldAdvanceAndShowTheClock() {
        Instant before = clock.now();

        SandboxHttp.Response bySeconds = http.admin("POST", "/_sandbox/clock", "{\"advanceSeconds\":3600}");
        SandboxHttp.Response byIso = http.admin("POST", "/_sandbox/clock", "{\"advance\":\"PT24H\"}");
        SandboxHttp.Response shown = http.admin("GET", "/_sandbox/clock", null);

        assertThat(Instant.parse(bySeconds.json().get("now").asString())).isEqualTo(before.plusSeconds(3600));
        assertThat(Instant.parse(byIso.json().get("now").asString())).isEqualTo(before.plusSeconds(3600 + 86_400));
        assertThat(shown.json().get("now").asString()).isEqualTo(byIso.json().get("now").asString());
        assertThat(http.admin("POST", "/_sandbox/clock", "{\"advanceSeconds\":-5}").status()).isEqualTo(400);
    }

    @Test
    void shouldAddAndListMailboxesWithoutPasswords() {
        SandboxHttp.Response added = http.admin("POST", "/_sandbox/mailboxes",
                "{\"address\":\"new@flat.example.it\",\"password\":\"secret-pw\",\"plan\":\"FLAT\"}");
        SandboxHttp.Response listed = http.admin("GET", "/_sandbox/mailboxes", null);

        assertThat(added.status()).isEqualTo(200);
        assertThat(listed.json().toString()).contains("new@flat.example.it").contains("FLAT").doesNotContain("secret-pw");
        assertThat(http.get("/inbox", "new@flat.example.it", "secret-pw").status()).isEqualTo(200);
        assertThat(http.admin("POST", "/_sandbox/mailboxes", "{\"address\":\"x@y.it\"}").status()).isEqualTo(400);
    }

    @Test
    void shouldListAcceptedSends() {
        String code = http.send(ProviderExamples.send(A, "pw-a", "uno", "x@example.it")).json().get("message_id").asString();

        JsonNode sends = http.admin("GET", "/_sandbox/sends?mailbox=" + A, null).json().get("sends");

        assertThat(sends).hasSize(1);
        assertThat(sends.get(0).get("code").asString()).isEqualTo(code);
        assertThat(sends.get(0).get("recipients").get(0).asString()).isEqualTo("x@example.it");
        assertThat(sends.get(0).get("subject").asString()).isEqualTo("uno");
        assertThat(Instant.parse(sends.get(0).get("at").asString())).isEqualTo(clock.now());
        assertThat(http.admin("GET", "/_sandbox/sends?mailbox=nobody@example.it", null).status()).isEqualTo(404);
    }

    @Test
    void shouldAnswerJson404And405ForUnknownPathsAndMethods() {
        SandboxHttp.Response unknown = http.get("/nowhere", A, "pw-a");
        SandboxHttp.Response wrongMethod = http.call("PUT", "/send", A, "pw-a", "t");
        SandboxHttp.Response unknownControl = http.admin("GET", "/_sandbox/nothing", null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("success").asBoolean()).isFalse();
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("POST");
        assertThat(unknownControl.status()).isEqualTo(404);
    }
}
