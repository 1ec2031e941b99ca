package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Receipts over sandbox time, read back through {@code GET /send/{code}} and the inbox. */
class ReceiptsIT extends ManualSandboxIT {

    static final String B = "b@pecmassiva.com";
    static final String SUBJECT = "Invio di prova pec massiva";
    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

    @BeforeAll
    static void start() {
        startSandbox(SandboxOptions.builder()
                .mailbox(A, "pw-a", MailboxPlan.STANDARD)
                .mailbox(B, "pw-b", MailboxPlan.STANDARD), "t");
    }

    private static String send(String... recipients) {
        SandboxHttp.Response r = http.send(ProviderExamples.send(A, "pw-a", SUBJECT, recipients));
        assertThat(r.status()).isEqualTo(201);
        return r.json().get("message_id").asString();
    }

    private static List<JsonNode> items(String mailbox, String password, String code) {
        SandboxHttp.Response r = http.get("/send/" + code, mailbox, password);
        List<JsonNode> items = new ArrayList<>();
        if (r.status() == 200) {
            r.json().get("data").forEach(items::add);
        } else {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.message()).isEqualTo("Result empty");
        }
        return items;
    }

    private static List<String> objects(String code) {
        return items(A, "pw-a", code).stream().map(i -> i.get("object").asString()).toList();
    }

    private static String rome(Instant at) {
        return RFC_2822.format(at.atZone(ROME));
    }

    @Test
    void shouldAcceptThenDeliverANormalRecipient() {
        Instant sentAt = clock.now();
        String code = send("dest@example.it");
        assertThat(objects(code)).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        List<JsonNode> accepted = items(A, "pw-a", code);
        clock.advance(Duration.ofSeconds(1));
        List<JsonNode> delivered = items(A, "pw-a", code);

        assertThat(accepted).singleElement().satisfies(item -> {
            assertThat(item.get("object").asString()).isEqualTo("ACCETTAZIONE: " + SUBJECT + " " + code);
            assertThat(item.get("sender").asString()).isEqualTo("posta-certificata@pecmassiva.com");
            assertThat(item.get("recipient").asString()).isEqualTo(A);
            assertThat(item.get("data").asString()).isEqualTo(rome(sentAt.plusSeconds(1)));
            assertThat(item.get("message").asString()).contains("\"dest@example.it\"").contains("accettato");
        });
        assertThat(delivered).hasSize(2);
        JsonNode delivery = delivered.get(1);
        assertThat(delivery.get("object").asString()).isEqualTo("CONSEGNA: " + SUBJECT + " " + code);
        String at = sentAt.plusSeconds(2).atZone(ROME).format(DateTimeFormatter.ofPattern("dd/MM/yyyy' alle ore 'HH:mm:ss' ('Z')'"));
        assertThat(delivery.get("message").asString()).isEqualTo("Il giorno " + at + " il messaggio \"" + SUBJECT + " " + code
                + "\" proveniente da \"" + A + "\" ed indirizzato a \"dest@example.it\" è stato consegnato nella casella di destinazione.");
    }

    @Test
    void shouldGiveOneAcceptanceAndOneDeliveryPerRecipient() {
        String code = send("uno@example.it", "due@example.it");
        clock.advance(Duration.ofSeconds(2));

        List<JsonNode> items = items(A, "pw-a", code);

        assertThat(items).extracting(i -> i.get("object").asString().split(":")[0])
                .containsExactly("ACCETTAZIONE", "CONSEGNA", "CONSEGNA");
        assertThat(items.get(1).get("message").asString()).contains("\"uno@example.it\"");
        assertThat(items.get(2).get("message").asString()).contains("\"due@example.it\"");
    }

    @Test
    void shouldBounceAPlusBounceRecipient() {
        String code = send("nessuno+bounce@example.it");
        clock.advance(Duration.ofSeconds(2));

        List<JsonNode> items = items(A, "pw-a", code);

        assertThat(items).hasSize(2);
        assertThat(items.get(1).get("object").asString()).isEqualTo("AVVISO DI MANCATA CONSEGNA: " + SUBJECT + " " + code);
        assertThat(items.get(1).get("message").asString())
                .contains("nessuno+bounce@example.it").contains("è stato rilevato un errore: 5.1.1 - indirizzo non valido");
    }

    @Test
    void shouldWarnAPlusLateRecipientAtTwelveHoursAndGiveUpAtTwentyFour() {
        String code = send("lento+late@example.it");
        clock.advance(Duration.ofSeconds(2));
        assertThat(objects(code)).containsExactly("ACCETTAZIONE: " + SUBJECT + " " + code);

        clock.advance(Duration.ofHours(12));
        assertThat(objects(code)).last().isEqualTo("AVVISO DI MANCATA CONSEGNA PER SUP. TEMPO MASSIMO: " + SUBJECT + " " + code);

        clock.advance(Duration.ofHours(12));
        List<JsonNode> items = items(A, "pw-a", code);
        assertThat(items).hasSize(3);
        assertThat(items.get(2).get("object").asString()).isEqualTo("AVVISO DI MANCATA CONSEGNA: " + SUBJECT + " " + code);
        assertThat(items.get(2).get("message").asString()).contains("5.4.7 - tempo massimo di consegna superato");
    }

    @Test
    void shouldSayNothingAfterTheAcceptanceForAPlusSilentRecipient() {
        String code = send("muto+silent@example.it");
        clock.advance(Duration.ofHours(25));

        assertThat(objects(code)).containsExactly("ACCETTAZIONE: " + SUBJECT + " " + code);
    }

    @Test
    void shouldReportAVirusForAPlusVirusRecipient() {
        String code = send("infetto+virus@example.it");
        clock.advance(Duration.ofSeconds(2));

        assertThat(objects(code)).containsExactly("ACCETTAZIONE: " + SUBJECT + " " + code,
                "PROBLEMA DI SICUREZZA: " + SUBJECT + " " + code);
    }

    @Test
    void shouldRefuseTheWholeSendingForAPlusRefusedRecipient() {
        String code = send("ok@example.it", "Rifiutato+REFUSED@example.it");
        clock.advance(Duration.ofHours(25));

        assertThat(objects(code)).containsExactly("AVVISO DI NON ACCETTAZIONE: " + SUBJECT + " " + code);
    }

    @Test
    void shouldPutTheEnvelopeInTheSendersOwnInboxOnASelfSend() {
        String code = send(A);
        clock.advance(Duration.ofSeconds(2));

        List<JsonNode> items = items(A, "pw-a", code);

        assertThat(items).extracting(i -> i.get("object").asString()).containsExactly(
                "ACCETTAZIONE: " + SUBJECT + " " + code,
                "POSTA CERTIFICATA: " + SUBJECT + " " + code,
                "CONSEGNA: " + SUBJECT + " " + code);
        JsonNode envelope = items.get(1);
        assertThat(envelope.get("sender").asString()).isEqualTo("\"Per conto di: " + A + "\" ");
        assertThat(envelope.get("recipient").asString()).isEqualTo("\"" + A + "\" ");
        assertThat(envelope.get("message").asString()).isEqualTo("Corpo del messaggio <i>" + SUBJECT + "</i>");
    }

    @Test
    void shouldDeliverTheEnvelopeToAnotherSandboxMailbox() {
        String code = send(B);
        clock.advance(Duration.ofSeconds(2));

        assertThat(items(B, "pw-b", code)).extracting(i -> i.get("object").asString())
                .containsExactly("POSTA CERTIFICATA: " + SUBJECT + " " + code);
        assertThat(objects(code)).containsExactly("ACCETTAZIONE: " + SUBJECT + " " + code, "CONSEGNA: " + SUBJECT + " " + code);
    }

    @Test
    void shouldListTheReceiptsInTheInboxToo() {
        String code = send("dest@example.it");
        clock.advance(Duration.ofSeconds(2));

        SandboxHttp.Response inbox = http.get("/inbox?q=" + code, A, "pw-a");

        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.json().get("total").asInt()).isEqualTo(2);
        assertThat(inbox.json().get("data").get(0).get("object").asString()).isEqualTo("CONSEGNA: " + SUBJECT + " " + code);
        assertThat(inbox.json().get("data").get(0).get("date").asString()).isEqualTo(rome(clock.now()));
    }

    @Test
    void shouldDeleteTheItemsOfASending() {
        String code = send("dest@example.it");
        clock.advance(Duration.ofSeconds(2));

        SandboxHttp.Response deleted = http.delete("/send/" + code, A, "pw-a");
        SandboxHttp.Response again = http.delete("/send/" + code, A, "pw-a");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("success").asBoolean()).isTrue();
        assertThat(deleted.message()).isEqualTo("Operation succefull");
        assertThat(objects(code)).isEmpty();
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.message()).isEqualTo("Email not found");
        assertThat(sandbox.stats().mailbox(A).inboxMessages()).isZero();
    }

    @Test
    void shouldAnswerResultEmptyForAnUnknownCode() {
        SandboxHttp.Response r = http.get("/send/2020082610003499999", A, "pw-a");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("success").asBoolean()).isFalse();
        assertThat(r.message()).isEqualTo("Result empty");
    }

    @Test
    void shouldLetReceiptsArriveInRealTimeOnAScaledClock() {
        try (PecMassivaSandbox fast = PecMassivaSandbox.start(SandboxOptions.builder().token("t")
                .timeScale(100_000).mailbox(A, "pw-a", MailboxPlan.STANDARD).build())) {
            SandboxHttp client = new SandboxHttp(fast.baseUrl(), "t");
            String code = client.send(ProviderExamples.send(A, "pw-a", SUBJECT, "lento+late@example.it"))
                    .json().get("message_id").asString();

            // 24 sandbox hours pass in under a real second at x100,000
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(client.get("/send/" + code, A, "pw-a").json().get("data"))
                            .extracting(i -> i.get("object").asString())
                            .containsExactly("ACCETTAZIONE: " + SUBJECT + " " + code,
                                    "AVVISO DI MANCATA CONSEGNA PER SUP. TEMPO MASSIMO: " + SUBJECT + " " + code,
                                    "AVVISO DI MANCATA CONSEGNA: " + SUBJECT + " " + code));
        }
    }
}
