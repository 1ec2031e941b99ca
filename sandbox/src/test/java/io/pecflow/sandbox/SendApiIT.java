package io.pecflow.sandbox;

import static io.pecflow.sandbox.ProviderExamples.EXAMPLE_MAILBOX;
import static io.pecflow.sandbox.ProviderExamples.EXAMPLE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code POST /send} over raw HTTP: the documented answers, the rate limit, injected faults and the referee. */
class SendApiIT extends ManualSandboxIT {

    static final Instant START = Instant.parse("2020-08-26T08:00:34Z"); // 10:00:34 in Rome, as in the document
    static final String TOKEN = "test-token";

    @BeforeAll
    static void start() {
        startSandbox(SandboxOptions.builder()
                .mailbox(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD, MailboxPlan.STANDARD)
                .mailbox("b@flat.example.it", "pw-b", MailboxPlan.FLAT), TOKEN);
    }

    @Test
    void shouldAcceptTheDocumentExampleWithARecipientList() {
        SandboxHttp.Response r = http.send(ProviderExamples.exampleSend(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD));

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(fieldNames(r.json())).containsExactlyInAnyOrder("success", "sent", "message", "message_id");
        assertThat(r.json().get("success").asBoolean()).isTrue();
        assertThat(r.json().get("sent").isIntegralNumber()).isTrue();
        assertThat(r.json().get("sent").asInt()).isEqualTo(1);
        assertThat(r.message()).isEmpty();
        String code = r.json().get("message_id").asString();
        assertThat(code).matches(RomeStamp.of(clock.now()) + "\\d+");
        assertThat(sandbox.sends(EXAMPLE_MAILBOX)).singleElement()
                .satisfies(s -> assertThat(s.code()).isEqualTo(code))
                .satisfies(s -> assertThat(s.subject()).isEqualTo(ProviderExamples.EXAMPLE_SUBJECT));
    }

    @Test
    void shouldAcceptARecipientGivenAsAPlainString() {
        ObjectNode body = ProviderExamples.exampleSend(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD);
        body.put("recipient", "someone@example.it");

        SandboxHttp.Response r = http.send(body);

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("sent").asInt()).isEqualTo(1);
        assertThat(sandbox.sends(EXAMPLE_MAILBOX).getFirst().recipients()).containsExactly("someone@example.it");
    }

    @Test
    void shouldCountEveryRecipientAndGiveEverySendADistinctCode() {
        SandboxHttp.Response first = http.send(ProviderExamples.send(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD, "uno",
                "a@example.it", "b@example.it", "c@example.it"));
        clock.advance(Duration.ofSeconds(1));
        SandboxHttp.Response second = http.send(ProviderExamples.send(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD, "due", "a@example.it"));

        assertThat(first.json().get("sent").asInt()).isEqualTo(3);
        assertThat(first.json().get("message_id").asString()).isNotEqualTo(second.json().get("message_id").asString());
        assertThat(sandbox.stats().mailbox(EXAMPLE_MAILBOX).recipients()).isEqualTo(4);
    }

    @Test
    void shouldRejectTheDocumentsOwnTruncatedAttachment() {
        ObjectNode body = ProviderExamples.exampleSend(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD);
        ((ObjectNode) body.get("attachments").get(0)).put("file", ProviderExamples.DOCUMENT_FILE);

        SandboxHttp.Response r = http.send(body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.message()).isEqualTo("Post parameter is not valid");
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                invalid("no sender", b -> b.remove("sender")),
                invalid("blank sender", b -> b.put("sender", "  ")),
                invalid("someone else's sender", b -> b.put("sender", "b@flat.example.it")),
                invalid("no recipient", b -> b.remove("recipient")),
                invalid("empty recipient list", b -> b.putArray("recipient")),
                invalid("blank recipient", b -> b.put("recipient", "")),
                invalid("malformed recipient", b -> b.putArray("recipient").add("not-an-address")),
                invalid("number as recipient", b -> b.put("recipient", 42)),
                invalid("no subject", b -> b.remove("subject")),
                invalid("no body", b -> b.remove("body")),
                invalid("attachments not an array", b -> b.put("attachments", "allegato")),
                invalid("attachment without name", b -> b.putArray("attachments").addObject().put("file", "aGVsbG8=")),
                invalid("attachment with bad base64", b -> b.putArray("attachments").addObject()
                        .put("name", "a.txt").put("file", "not base64!")));
    }

    private static Arguments invalid(String why, Consumer<ObjectNode> change) {
        ObjectNode body = ProviderExamples.exampleSend(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD);
        change.accept(body);
        return Arguments.of(why, body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void shouldAnswer400ToAnInvalidBody(String why, ObjectNode body) {
        SandboxHttp.Response r = http.send(body);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("success").asBoolean()).isFalse();
        assertThat(r.message()).isEqualTo("Post parameter is not valid");
        assertThat(r.header("X-Sandbox-Reason")).isNotBlank();
        assertThat(sandbox.sends(EXAMPLE_MAILBOX)).isEmpty();
    }

    @Test
    void shouldAnswer400ToABodyThatIsNotAJsonObject() {
        assertThat(http.post("/send", "not json", TOKEN).status()).isEqualTo(400);
        assertThat(http.post("/send", "[1,2]", TOKEN).message()).isEqualTo("Post parameter is not valid");
    }

    @Test
    void shouldAnswer401ToAWrongOrMissingBearerToken() {
        String body = ProviderExamples.exampleSend(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD).toString();

        SandboxHttp.Response wrong = http.post("/send", body, "wrong-token");
        SandboxHttp.Response missing = http.post("/send", body, null);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.message()).isEqualTo("Authorization is not valid or empty");
        assertThat(wrong.json().get("success").asBoolean()).isFalse();
        assertThat(missing.status()).isEqualTo(401);
        assertThat(sandbox.stats().total().unauthorizedRejections()).isEqualTo(2);
    }

    @Test
    void shouldAnswer401ToAWrongMailboxPasswordOrAnUnknownMailbox() {
        SandboxHttp.Response wrongPassword = http.send(ProviderExamples.exampleSend(EXAMPLE_MAILBOX, "nope"));
        ObjectNode unknown = ProviderExamples.exampleSend(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD).put("username", "x@example.it");
        SandboxHttp.Response unknownUser = http.send(unknown);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.message()).isEqualTo("Authorization is not valid or empty");
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(sandbox.stats().mailbox(EXAMPLE_MAILBOX).unauthorizedRejections()).isEqualTo(1);
        assertThat(sandbox.stats().total().unauthorizedRejections()).isEqualTo(2);
    }

    @Test
    void shouldAnswer401ToAMailboxPutInTheUnauthorizedFault() {
        sandbox.faults().unauthorized(EXAMPLE_MAILBOX, true);

        assertThat(http.send(ProviderExamples.exampleSend(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD)).status()).isEqualTo(401);
        assertThat(http.get("/inbox", EXAMPLE_MAILBOX, EXAMPLE_PASSWORD).status()).isEqualTo(401);

        sandbox.faults().unauthorized(EXAMPLE_MAILBOX, false);
        clock.advance(Duration.ofSeconds(1));
        assertThat(http.send(ProviderExamples.exampleSend(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD)).status()).isEqualTo(201);
    }

    @Test
    void shouldAnswer429ToASecondSendWithinASecondAndCountARateViolation() {
        assertThat(http.send(ProviderExamples.send(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD, "uno", "a@example.it")).status())
                .isEqualTo(201);
        clock.advance(Duration.ofMillis(400));

        SandboxHttp.Response second = http.send(ProviderExamples.send(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD, "due", "a@example.it"));

        assertThat(second.status()).isEqualTo(429);
        assertThat(second.message()).isEqualTo("Too many requests");
        assertThat(second.header("Retry-After")).isEqualTo("1");
        assertThat(sandbox.stats().mailbox(EXAMPLE_MAILBOX).rateViolations()).isEqualTo(1);
        assertThat(sandbox.sends(EXAMPLE_MAILBOX)).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(http.send(ProviderExamples.send(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD, "tre", "a@example.it")).status())
                .isEqualTo(201);
    }

    @Test
    void shouldMeasureTheRateBetweenArrivalsWhateverTheirOutcome() {
        assertThat(http.send(ProviderExamples.exampleSend(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD).put("subject", 1)).status())
                .isEqualTo(400);
        clock.advance(Duration.ofMillis(500));

        assertThat(http.send(ProviderExamples.exampleSend(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD)).status()).isEqualTo(429);
    }

    @Test
    void shouldKeepMailboxesApartWhenRateLimiting() {
        http.send(ProviderExamples.exampleSend(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD));

        assertThat(http.send(ProviderExamples.exampleSend("b@flat.example.it", "pw-b")).status()).isEqualTo(201);
        assertThat(sandbox.stats().total().rateViolations()).isZero();
    }

    @Test
    void shouldAnswer500AndNotSendWhenAFailureIsInjected() {
        sandbox.faults().failNext(1);

        SandboxHttp.Response failed = http.send(ProviderExamples.exampleSend(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD));
        clock.advance(Duration.ofSeconds(1));
        SandboxHttp.Response next = http.send(ProviderExamples.exampleSend(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD));

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json().get("success").asBoolean()).isFalse();
        assertThat(failed.message()).isEqualTo("MySQL Error 2006");
        assertThat(next.status()).isEqualTo(201);
        assertThat(sandbox.sends(EXAMPLE_MAILBOX)).hasSize(1);
        assertThat(sandbox.stats().mailbox(EXAMPLE_MAILBOX).injectedErrors()).isEqualTo(1);
    }

    @Test
    void shouldReplaceAnswersToOtherCallsBy500UnderAnErrorRate() {
        sandbox.faults().errorRate(1.0);

        SandboxHttp.Response r = http.get("/inbox", EXAMPLE_MAILBOX, EXAMPLE_PASSWORD);

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.message()).isEqualTo("MySQL Error 2006");
    }

    @Test
    void shouldCountTheSameSendAcceptedTwiceAsADuplicate() {
        ObjectNode body = ProviderExamples.exampleSend(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD);
        http.send(body);
        clock.advance(Duration.ofSeconds(1));
        SandboxHttp.Response again = http.send(body);
        clock.advance(Duration.ofSeconds(1));
        http.send(body.put("subject", "another subject"));

        assertThat(again.status()).isEqualTo(201);
        assertThat(sandbox.stats().mailbox(EXAMPLE_MAILBOX).duplicateSends()).isEqualTo(1);
        assertThat(sandbox.stats().mailbox(EXAMPLE_MAILBOX).acceptedSends()).isEqualTo(3);
    }

    @Test
    void shouldAnswer503ToEveryCallDuringAnOutage() {
        sandbox.faults().outage(Duration.ofSeconds(30));

        SandboxHttp.Response send = http.send(ProviderExamples.exampleSend(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD));
        SandboxHttp.Response inbox = http.get("/inbox", EXAMPLE_MAILBOX, EXAMPLE_PASSWORD);
        SandboxHttp.Response wrongToken = http.post("/send", "{}", "wrong");

        assertThat(List.of(send.status(), inbox.status(), wrongToken.status())).containsOnly(503);
        assertThat(send.message()).isEqualTo("Service unavailable");
        assertThat(send.json().get("success").asBoolean()).isFalse();

        clock.advance(Duration.ofSeconds(30));
        assertThat(http.send(ProviderExamples.exampleSend(EXAMPLE_MAILBOX, EXAMPLE_PASSWORD)).status()).isEqualTo(201);
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.propertyNames().forEach(names::add);
        return names;
    }

    /** The code's timestamp part, computed independently of the production formatter. */
    static final class RomeStamp {
        static String of(Instant at) {
            return java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                    .format(at.atZone(java.time.ZoneId.of("Europe/Rome")));
        }
    }
}
