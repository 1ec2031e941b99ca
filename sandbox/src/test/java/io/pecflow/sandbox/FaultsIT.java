package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lost responses seen from the wire, latency, and faults set over HTTP. */
class FaultsIT extends ManualSandboxIT {

    @BeforeAll
    static void start() {
        startWithMailboxA();
    }

    @Test
    void shouldCloseTheConnectionWithoutAnyAnswerYetCarryOutTheSend() throws IOException {
        sandbox.faults().loseNextResponses(1);
        byte[] body = ProviderExamples.exampleSend(A, "pw-a").toString().getBytes(StandardCharsets.UTF_8);

        byte[] received;
        try (Socket socket = new Socket(sandbox.baseUrl().getHost(), sandbox.baseUrl().getPort())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /send HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer t\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            received = readToEnd(socket.getInputStream());
        }

        assertThat(received).isEmpty(); // no status line at all: the connection was closed
        SandboxStats.Counters counters = sandbox.stats().mailbox(A);
        assertThat(counters.acceptedSends()).isEqualTo(1);
        assertThat(counters.lostResponses()).isEqualTo(1);
        assertThat(sandbox.sends(A)).hasSize(1);
    }

    private static byte[] readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (java.net.SocketException reset) {
            // a reset is as silent as a close
        }
        return all.toByteArray();
    }

    @Test
    void shouldMakeTheJdkClientFailWithAnIoErrorOnALostResponse() {
        sandbox.faults().lostResponseRate(1.0);
        HttpRequest request = HttpRequest.newBuilder(sandbox.baseUrl().resolve("/send"))
                .header("Authorization", "Bearer t")
                .POST(HttpRequest.BodyPublishers.ofString(ProviderExamples.exampleSend(A, "pw-a").toString())).build();

        assertThatThrownBy(() -> http.raw(request)).isInstanceOf(IOException.class);
        assertThat(sandbox.stats().mailbox(A).lostResponses()).isEqualTo(1);
        assertThat(sandbox.stats().mailbox(A).acceptedSends()).isEqualTo(1);
    }

    @Test
    void shouldAnswerNormallyOnceTheLostResponsesAreUsedUp() {
        sandbox.faults().loseNextResponses(1);
        HttpRequest request = HttpRequest.newBuilder(sandbox.baseUrl().resolve("/send"))
                .header("Authorization", "Bearer t")
                .POST(HttpRequest.BodyPublishers.ofString(ProviderExamples.exampleSend(A, "pw-a").toString())).build();
        assertThatThrownBy(() -> http.raw(request)).isInstanceOf(IOException.class);
        clock.advance(Duration.ofSeconds(1));

        assertThat(http.send(ProviderExamples.exampleSend(A, "pw-a")).status()).isEqualTo(201);
        assertThat(sandbox.stats().mailbox(A).duplicateSends()).isEqualTo(1); // the retry of a lost send is a duplicate
    }

    @Test
    void shouldAddLatencyBeforeAnswering() {
        sandbox.faults().latency(Duration.ofMillis(300));

        long started = System.nanoTime();
        SandboxHttp.Response r = http.get("/inbox", A, "pw-a");
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(r.status()).isEqualTo(200);
        assertThat(tookMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void shouldSetReadAndClearFaultsOverHttp() {
        SandboxHttp.Response set = http.admin("POST", "/_sandbox/faults", """
                {"errorRate":0.25,"failNextSends":2,"latencyMs":5,"lostResponseRate":0.5,"loseNextResponses":1,
                 "unauthorized":["A@pecmassiva.com"],"outageSeconds":30}""");

        assertThat(set.status()).isEqualTo(200);
        SandboxFaults.Settings settings = sandbox.faults().settings();
        assertThat(settings.errorRate()).isEqualTo(0.25);
        assertThat(settings.failNextSends()).isEqualTo(2);
        assertThat(settings.latency()).isEqualTo(Duration.ofMillis(5));
        assertThat(settings.lostResponseRate()).isEqualTo(0.5);
        assertThat(settings.loseNextResponses()).isEqualTo(1);
        assertThat(settings.unauthorized()).containsExactly(A);
        assertThat(settings.outageRemaining()).isEqualTo(Duration.ofSeconds(30));
        SandboxHttp.Response read = http.admin("GET", "/_sandbox/faults", null);
        assertThat(read.json().get("failNextSends").asInt()).isEqualTo(2);
        assertThat(read.json().get("outageSeconds").asDouble()).isEqualTo(30.0);

        http.admin("POST", "/_sandbox/faults", "{\"errorRate\":0}");
        assertThat(sandbox.faults().settings().errorRate()).isZero();
        assertThat(sandbox.faults().settings().failNextSends()).isEqualTo(2); // fields not given are kept

        assertThat(http.admin("DELETE", "/_sandbox/faults", null).status()).isEqualTo(200);
        assertThat(sandbox.faults().settings()).isEqualTo(new SandboxFaults.Settings(0, 0, Duration.ZERO, 0, 0,
                java.util.Set.of(), Duration.ZERO));
    }

    @Test
    void shouldRejectABadFaultSettingWithoutChangingAnything() {
        SandboxHttp.Response r = http.admin("POST", "/_sandbox/faults", "{\"failNextSends\":3,\"errorRate\":2}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("success").asBoolean()).isFalse();
        assertThat(sandbox.faults().settings().failNextSends()).isZero();
    }
}
