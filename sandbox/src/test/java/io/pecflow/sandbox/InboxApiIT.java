package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /inbox} paging and search, single messages, deletes and {@code GET /quota/INBOX}. */
class InboxApiIT extends ManualSandboxIT {

    @BeforeAll
    static void start() {
        startWithMailboxA();
    }

    @BeforeEach
    void restoreTheInboxLimit() {
        sandbox.setInboxLimitKib(A, 1_048_576);
    }

    /** One send to n recipients: 1 acceptance + n deliveries once 2 s have passed. */
    private static String sendTo(int recipients) {
        String[] to = IntStream.rangeClosed(1, recipients).mapToObj(i -> "dest" + i + "@example.it").toArray(String[]::new);
        SandboxHttp.Response r = http.send(ProviderExamples.send(A, "pw-a", "Paging", to));
        assertThat(r.status()).isEqualTo(201);
        clock.advance(Duration.ofSeconds(2));
        return r.json().get("message_id").asString();
    }

    private static List<Long> ids(SandboxHttp.Response page) {
        List<Long> ids = new ArrayList<>();
        page.json().get("data").forEach(item -> {
            assertThat(item.get("id").isIntegralNumber()).isTrue();
            ids.add(item.get("id").asLong());
        });
        return ids;
    }

    @Test
    void shouldPageTheInboxNewestFirstTwentyFiveAPage() {
        sendTo(30); // 31 items

        SandboxHttp.Response first = http.get("/inbox", A, "pw-a");
        SandboxHttp.Response second = http.get("/inbox?page=2", A, "pw-a");
        SandboxHttp.Response third = http.get("/inbox?page=3", A, "pw-a");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("success").asBoolean()).isTrue();
        assertThat(first.message()).isEmpty();
        assertThat(ids(first)).hasSize(25).first().isEqualTo(31L);
        assertThat(first.json().get("page").asInt()).isEqualTo(1);
        assertThat(first.json().get("total").asInt()).isEqualTo(31);
        assertThat(first.json().get("n_of_pages").asInt()).isEqualTo(2);
        assertThat(ids(second)).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(second.json().get("page").asInt()).isEqualTo(2);
        assertThat(ids(third)).isEmpty();
        JsonNode item = first.json().get("data").get(0);
        assertThat(item.propertyNames()).containsExactlyInAnyOrder("sender", "recipient", "date", "object", "id");
    }

    @Test
    void shouldSearchSubjectsCaseInsensitively() {
        String code = sendTo(2);

        SandboxHttp.Response accepted = http.get("/inbox?q=accettazione", A, "pw-a");
        SandboxHttp.Response byCode = http.get("/inbox?q=" + code, A, "pw-a");
        SandboxHttp.Response none = http.get("/inbox?q=nothing%20like%20this", A, "pw-a");

        assertThat(accepted.json().get("total").asInt()).isEqualTo(1);
        assertThat(accepted.json().get("data").get(0).get("object").asString()).startsWith("ACCETTAZIONE: ");
        assertThat(byCode.json().get("total").asInt()).isEqualTo(3);
        assertThat(none.json().get("total").asInt()).isZero();
        assertThat(none.json().get("n_of_pages").asInt()).isZero();
    }

    @Test
    void shouldReturnOneMessageWithAnUrlEncodedBody() {
        String code = sendTo(1);
        long deliveryId = ids(http.get("/inbox?q=CONSEGNA", A, "pw-a")).getFirst();

        SandboxHttp.Response r = http.get("/inbox/" + deliveryId, A, "pw-a");

        assertThat(r.status()).isEqualTo(200);
        JsonNode data = r.json().get("data");
        assertThat(data.propertyNames()).containsExactlyInAnyOrder("sender", "recipient", "date", "object", "body");
        assertThat(data.get("object").asString()).isEqualTo("CONSEGNA: Paging " + code);
        String encoded = data.get("body").asString();
        String text = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        assertThat(text).contains("è stato consegnato").contains("\"dest1@example.it\"");
        assertThat(encoded).isEqualTo(URLEncoder.encode(text, StandardCharsets.UTF_8)).doesNotContain(" ");
    }

    @Test
    void shouldAnswerMessageNotFoundForAnUnknownOrNonNumericId() {
        SandboxHttp.Response unknown = http.get("/inbox/999", A, "pw-a");
        SandboxHttp.Response notANumber = http.get("/inbox/abc", A, "pw-a");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.message()).isEqualTo("Message not found");
        assertThat(notANumber.status()).isEqualTo(404);
        assertThat(notANumber.message()).isEqualTo("Message not found");
    }

    @Test
    void shouldDeleteOneMessage() {
        sendTo(1);

        SandboxHttp.Response deleted = http.delete("/inbox/1", A, "pw-a");
        SandboxHttp.Response again = http.delete("/inbox/1", A, "pw-a");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("success").asBoolean()).isTrue();
        assertThat(deleted.message()).isEqualTo("Message deleted");
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.message()).isEqualTo("Message not found");
        assertThat(ids(http.get("/inbox", A, "pw-a"))).containsExactly(2L);
    }

    @Test
    void shouldReportQuotaUsageGrowingAndShrinking() {
        long empty = usage();
        String code = sendTo(1);
        long full = usage();
        http.delete("/send/" + code, A, "pw-a");

        assertThat(empty).isZero();
        assertThat(full).isEqualTo(8 + 8 + 1); // a receipt, and a delivery carrying the 1 KiB message
        assertThat(usage()).isZero();
        SandboxHttp.Response quota = http.get("/quota/inbox", A, "pw-a");
        assertThat(quota.json().get("data").get("limit").asLong()).isEqualTo(1_048_576);
        assertThat(quota.json().get("success").asBoolean()).isTrue();
        assertThat(quota.message()).isEmpty();
    }

    private static long usage() {
        SandboxHttp.Response r = http.get("/quota/INBOX", A, "pw-a");
        assertThat(r.status()).isEqualTo(200);
        return r.json().get("data").get("usage").asLong();
    }

    @Test
    void shouldAnswer400ForAMailboxOtherThanInbox() {
        SandboxHttp.Response r = http.get("/quota/Sent", A, "pw-a");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("success").asBoolean()).isFalse();
        assertThat(r.message()).isEqualTo("An error occured: the requested mailbox might be unavailable");
    }

    @Test
    void shouldDropReceiptsThatDoNotFitAFullInbox() {
        sandbox.setInboxLimitKib(A, 20);

        sendTo(5); // 8 KiB acceptance + 9 KiB delivery fit; four more deliveries do not

        SandboxStats.Counters counters = sandbox.stats().mailbox(A);
        assertThat(counters.inboxMessages()).isEqualTo(2);
        assertThat(counters.inboxUsageKib()).isEqualTo(17);
        assertThat(counters.droppedReceipts()).isEqualTo(4);
    }

    @Test
    void shouldAnswer401ToInboxCallsWithWrongCredentials() {
        assertThat(http.get("/inbox", A, "wrong").status()).isEqualTo(401);
        assertThat(http.get("/inbox", null, null).message()).isEqualTo("Authorization is not valid or empty");
        assertThat(http.call("GET", "/inbox", A, "pw-a", "wrong-token").status()).isEqualTo(401);
    }
}
