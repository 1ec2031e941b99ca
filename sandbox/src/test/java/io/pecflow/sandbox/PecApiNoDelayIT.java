package io.pecflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With an activation delay of zero the back office settles by the very next call, with no clock move. */
class PecApiNoDelayIT extends ManualSandboxIT {

    @BeforeAll
    static void start() {
        startSandbox(SandboxOptions.builder().activationDelay(Duration.ZERO), "t");
    }

    @Test
    void shouldActivateABoxByTheNextCall() {
        String id = http.api("POST", "/pec", PecApiExamples.registration().toString()).json().get("data").get("id").asString();

        SandboxHttp.Response uploaded = http.api("PATCH", "/pec/" + id + "/attivazione", PecApiExamples.documents(PecApiExamples.PDF));
        SandboxHttp.Response read = http.api("GET", "/pec/" + id, null);

        assertThat(uploaded.json().get("data").get("stato").asString()).isEqualTo("in_evasione");
        assertThat(read.json().get("data").get("stato").asString()).isEqualTo("evasa");
    }

    @Test
    void shouldMoveACommunicationOnByTheNextCall() {
        String id = http.api("POST", "/comunica_pec", PecApiExamples.communication("mypec@pec.it").toString())
                .json().get("data").get("id").asString();

        assertThat(http.api("GET", "/comunica_pec/" + id, null).json().get("data").get("stato").asString())
                .isEqualTo("in_attesa_di_documenti");
        http.api("PATCH", "/comunica_pec/" + id, PecApiExamples.documents(PecApiExamples.PDF));
        assertThat(http.api("GET", "/comunica_pec", null).json().get("data").get(0).get("stato").asString())
                .isEqualTo("comunicazione_evasa");
    }
}
