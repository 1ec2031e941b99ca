package io.pecflow.engine.job;

import static io.pecflow.engine.job.JobJson.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobCodecTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final JobCodec codec = new JobCodec();

    static SendJob aFullJob() {
        String pdf = Base64.getEncoder().encodeToString(utf8("%PDF-1.4 fattura"));
        String note = Base64.getEncoder().encodeToString(utf8("nota!"));
        return new SendJob("acme:2026.11_bill-0042", Optional.of("autunno 2026"), "fatture@pec.acme.example",
                List.of("a@pec.x.example", "b@pec.x.example"), "Fattura n. 42 – è così", "<p>Gentile cliente</p>",
                List.of(new JobAttachment("fattura.pdf", "application/pdf", pdf, 16),
                        new JobAttachment("nota.txt", "", note, 5)),
                Optional.of(Instant.parse("2026-11-23T08:00:00.123456789Z")),
                Optional.of(Instant.parse("2026-11-30T18:00:00Z")), Map.of("customer", "C-1", "batch", "7"));
    }

    static SendJob aMinimalJob() {
        return new SendJob("j1", Optional.empty(), "fatture@pec.acme.example", List.of("a@pec.x.example"), "S", "B",
                List.of(), Optional.empty(), Optional.empty(), Map.of());
    }

    @Test
    void shouldReadBackExactlyTheJobItWrote() {
        assertThat(codec.read(codec.write(aFullJob()))).isEqualTo(aFullJob());
        assertThat(codec.read(codec.write(aMinimalJob()))).isEqualTo(aMinimalJob());
    }

    @Test
    void shouldReadBackAJobWithTaxCodesAndTheCheckAndNoAddresses() {
        SendJob job = new SendJob("j2", Optional.empty(), "fatture@pec.acme.example", List.of(), "S", "B", List.of(),
                Optional.empty(), Optional.empty(), Map.of(), List.of("01234567890", "RSSMRA80A01H501U"), true);

        assertThat(new String(codec.write(job), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"toTaxCodes\":[\"01234567890\",\"RSSMRA80A01H501U\"],\"checkRecipients\":true")
                .doesNotContain("\"to\":");
        assertThat(codec.read(codec.write(job))).isEqualTo(job);
    }

    @Test
    void shouldWriteAResolvedJobToItsAddressesOnly() {
        SendJob job = new SendJob("j2", Optional.empty(), "fatture@pec.acme.example", List.of("a@pec.x.example"), "S",
                "B", List.of(), Optional.empty(), Optional.empty(), Map.of(), List.of("01234567890"), true);

        assertThat(codec.read(codec.write(job.resolvedTo(List.of("a@pec.x.example", "b@pec.it")))))
                .isEqualTo(new SendJob("j2", Optional.empty(), "fatture@pec.acme.example",
                        List.of("a@pec.x.example", "b@pec.it"), "S", "B", List.of(), Optional.empty(),
                        Optional.empty(), Map.of()));
    }

    @Test
    void shouldWriteAMinimalJobWithoutTheFieldsItDoesNotHave() {
        assertThat(new String(codec.write(aMinimalJob()), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                "{\"jobId\":\"j1\",\"mailbox\":\"fatture@pec.acme.example\",\"to\":[\"a@pec.x.example\"],"
                        + "\"subject\":\"S\",\"body\":\"B\"}");
    }

    @Test
    void shouldWriteWhatTheJobReaderReadsAsTheSameJob() {
        JobReader reader = new JobReader(JobLimits.defaults(), Set.of("fatture@pec.acme.example"));

        JobReading reading = reader.read(codec.write(aFullJob()), NOW);

        assertThat(reading).isEqualTo(new JobReading.Valid(aFullJob()));
    }

    @Test
    void shouldNotCheckTheLimitsOfAJobItReads() {
        SendJob overLimits = new SendJob("j1", Optional.empty(), "not-configured@pec.example", List.of("a@pec.x.example"),
                "s".repeat(2_000), "B", List.of(), Optional.empty(), Optional.of(Instant.parse("2000-01-01T00:00:00Z")),
                Map.of());

        assertThat(codec.read(codec.write(overLimits))).isEqualTo(overLimits);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                   | {"jobId":                                                       | not JSON
            a JSON array               | []                                                              | not a JSON object
            no subject                 | {"jobId":"j","mailbox":"m@x.it","to":["a@x.it"],"body":"b"}     | subject is missing
            to not an array            | {"jobId":"j","mailbox":"m@x.it","to":"a@x.it","subject":"s","body":"b"} | to must be a non-empty array
            neither to nor tax codes   | {"jobId":"j","mailbox":"m@x.it","subject":"s","body":"b"}       | has neither a recipient nor a tax code
            checkRecipients a string   | {"jobId":"j","mailbox":"m@x.it","to":["a@x.it"],"subject":"s","body":"b","checkRecipients":"y"} | checkRecipients must be a boolean
            subject not a string       | {"jobId":"j","mailbox":"m@x.it","to":["a@x.it"],"subject":1,"body":"b"} | subject must be a string
            bad instant                | {"jobId":"j","mailbox":"m@x.it","to":["a@x.it"],"subject":"s","body":"b","expiresAt":"soon"} | expiresAt 'soon' is not an instant
            base64 of a bad length     | {"jobId":"j","mailbox":"m@x.it","to":["a@x.it"],"subject":"s","body":"b","attachments":[{"name":"a","base64":"abc"}]} | not a multiple of 4
            metadata value not a string | {"jobId":"j","mailbox":"m@x.it","to":["a@x.it"],"subject":"s","body":"b","metadata":{"a":1}} | metadata.a must be a string
            an unknown field           | {"jobId":"j","mailbox":"m@x.it","to":["a@x.it"],"subject":"s","body":"b","size":3} | unknown field size
            a field given twice        | {"jobId":"j","jobId":"k","mailbox":"m@x.it","to":["a@x.it"],"subject":"s","body":"b"} | not JSON
            """)
    void shouldFailClearlyOnCorruptData(String kind, String json, String expected) {
        assertThatIllegalArgumentException().isThrownBy(() -> codec.read(utf8(json)))
                .withMessageStartingWith("corrupt job record: ").withMessageContaining(expected);
    }

    @Test
    void shouldFailClearlyOnAnEmptyRecord() {
        assertThatIllegalArgumentException().isThrownBy(() -> codec.read(new byte[0]))
                .withMessage("corrupt job record: the record is empty");
    }
}
