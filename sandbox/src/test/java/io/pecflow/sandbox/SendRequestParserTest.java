package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class SendRequestParserTest {

    static final String MAILBOX = "dev-api@pecmassiva.com";

    private static SendRequest valid(ObjectNode body) {
        SendRequestParser.Parsed parsed = SendRequestParser.parse(body, MAILBOX);
        assertThat(parsed).isInstanceOf(SendRequestParser.Parsed.Valid.class);
        return ((SendRequestParser.Parsed.Valid) parsed).request();
    }

    private static String rejection(ObjectNode body) {
        SendRequestParser.Parsed parsed = SendRequestParser.parse(body, MAILBOX);
        assertThat(parsed).isInstanceOf(SendRequestParser.Parsed.Rejected.class);
        return ((SendRequestParser.Parsed.Rejected) parsed).reason();
    }

    @Test
    void shouldReadTheDocumentExample() {
        SendRequest r = valid(ProviderExamples.exampleSend(MAILBOX, "pw"));

        assertThat(r.recipients()).containsExactly(MAILBOX);
        assertThat(r.subject()).isEqualTo(ProviderExamples.EXAMPLE_SUBJECT);
        assertThat(r.body()).isEqualTo(ProviderExamples.EXAMPLE_BODY);
        assertThat(r.messageKib()).isEqualTo(1);
    }

    @Test
    void shouldAcceptTheSenderInAnotherCase() {
        assertThat(valid(ProviderExamples.exampleSend(MAILBOX, "pw").put("sender", "DEV-API@PecMassiva.com"))).isNotNull();
    }

    @Test
    void shouldAcceptRawBase64AndDataUrisAndSizeTheDecodedBytes() {
        byte[] content = new byte[3000];
        ObjectNode body = ProviderExamples.exampleSend(MAILBOX, "pw");
        body.putArray("attachments")
                .add(SandboxHttp.object().put("name", "raw.bin").put("file", Base64.getEncoder().encodeToString(content)))
                .add(SandboxHttp.object().put("name", "uri.bin")
                        .put("file", "data:application/octet-stream;base64," + Base64.getMimeEncoder().encodeToString(content)));

        SendRequest r = valid(body);

        assertThat(r.messageKib()).isEqualTo(6); // 6000 bytes of attachments plus subject and body, rounded up
    }

    @Test
    void shouldGiveTheSameDigestToTheSameSendWhateverTheRecipientOrderOrCase() {
        ObjectNode one = ProviderExamples.send(MAILBOX, "pw", "s", "a@example.it", "b@example.it");
        ObjectNode two = ProviderExamples.send(MAILBOX, "pw", "s", "B@example.it", "a@example.it");

        assertThat(valid(one).digest()).isEqualTo(valid(two).digest());
        assertThat(valid(one).digest()).isNotEqualTo(valid(one.put("body", "other")).digest());
    }

    @Test
    void shouldTellSendsApartByTheirAttachments() {
        ObjectNode one = ProviderExamples.exampleSend(MAILBOX, "pw");
        ObjectNode two = ProviderExamples.exampleSend(MAILBOX, "pw");
        ((ObjectNode) two.get("attachments").get(0)).put("file", "aGVsbG8=");

        assertThat(valid(one).digest()).isNotEqualTo(valid(two).digest());
    }

    @Test
    void shouldSayWhyABodyIsInvalid() {
        assertThat(rejection(ProviderExamples.exampleSend(MAILBOX, "pw").put("sender", "x@example.it")))
                .contains("sender");
        assertThat(rejection(ProviderExamples.send(MAILBOX, "pw", "s", "a@@example.it"))).contains("malformed");
        assertThat(rejection(ProviderExamples.exampleSend(MAILBOX, "pw").put("subject", 5))).contains("subject");
        ObjectNode dataUriWithoutBase64 = ProviderExamples.exampleSend(MAILBOX, "pw");
        ((ObjectNode) dataUriWithoutBase64.get("attachments").get(0)).put("file", "data:text/plain,hello");
        assertThat(rejection(dataUriWithoutBase64)).contains("base64");
    }
}
