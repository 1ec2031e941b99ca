package io.pecflow.engine.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.pecflow.engine.job.JobRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EventCodecTest {

    private static final Instant AT = Instant.parse("2026-11-23T08:00:01.402Z");
    private static final JobRef REF = new JobRef("job-1", Optional.of("autunno"), Optional.of("fatture@pec.acme.example"),
            Map.of("customer", "C-1"));
    private static final JobRef BARE = new JobRef("job 1", Optional.empty(), Optional.empty(), Map.of());

    private final EventCodec codec = new EventCodec();

    @Test
    void shouldLeaveOutTheFieldsAnEventDoesNotHave() {
        String json = text(codec.write(JobEvent.of("id-1", BARE, EventType.ACCEPTED, AT)));

        assertThat(json).isEqualTo("{\"eventId\":\"id-1\",\"jobId\":\"job 1\",\"type\":\"ACCEPTED\","
                + "\"at\":\"2026-11-23T08:00:01.402Z\"}");
    }

    @Test
    void shouldWriteEveryFieldAnEventHasInContractOrder() {
        JobEvent event = JobEvent.of("id-2", REF, EventType.DEFERRED, AT).withReason("quota used up")
                .withUntil(Instant.parse("2026-11-24T07:00:00Z")).withAttempt(2).withRecipient("a@pec.x.example")
                .withMessageCode("2026112310003492");

        assertThat(text(codec.write(event))).isEqualTo("{\"eventId\":\"id-2\",\"jobId\":\"job-1\","
                + "\"campaignId\":\"autunno\",\"mailbox\":\"fatture@pec.acme.example\",\"type\":\"DEFERRED\","
                + "\"at\":\"2026-11-23T08:00:01.402Z\",\"messageCode\":\"2026112310003492\","
                + "\"recipient\":\"a@pec.x.example\",\"reason\":\"quota used up\",\"attempt\":2,"
                + "\"until\":\"2026-11-24T07:00:00Z\",\"metadata\":{\"customer\":\"C-1\"}}");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldReadBackEveryTypeOfEventItWrote(EventType type) {
        JobEvent event = complete(type);

        assertThat(codec.read(codec.write(event))).isEqualTo(event);
    }

    @Test
    void shouldBuildEventsFromAJobRefWithWithersThatCopy() {
        JobEvent accepted = JobEvent.of("id-3", REF, EventType.RETRYING, AT);
        JobEvent retrying = accepted.withAttempt(1).withReason("503");

        assertThat(accepted.attempt()).isEmpty();
        assertThat(accepted.reason()).isEmpty();
        assertThat(retrying.attempt()).contains(1);
        assertThat(retrying.reason()).contains("503");
        assertThat(retrying.ref()).isEqualTo(REF);
    }

    @Test
    void shouldRefuseToWriteAnEventWithoutTheFieldsItsTypeNeeds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> codec.write(JobEvent.of("id-4", REF, EventType.SUBMITTED, AT)))
                .withMessageContaining("a SUBMITTED event needs messageCode");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> codec.write(JobEvent.of("id-5", REF, EventType.RETRYING, AT).withReason("503")))
                .withMessageContaining("a RETRYING event needs attempt");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> codec.write(JobEvent.of("id-6", REF, EventType.DEFERRED, AT)))
                .withMessageContaining("a DEFERRED event needs until");
    }

    @Test
    void shouldIgnoreFieldsItDoesNotKnowWhenReading() {
        JobEvent event = codec.read(utf8("{\"eventId\":\"e\",\"jobId\":\"j\",\"type\":\"EXPIRED\","
                + "\"at\":\"2026-11-23T09:00:00+01:00\",\"newField\":{\"x\":1}}"));

        assertThat(event).isEqualTo(JobEvent.of("e", new JobRef("j", Optional.empty(), Optional.empty(), Map.of()),
                EventType.EXPIRED, Instant.parse("2026-11-23T08:00:00Z")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON            | {"eventId":                                                    | not JSON
            not an object       | ["ACCEPTED"]                                                   | not a JSON object
            no eventId          | {"jobId":"j","type":"ACCEPTED","at":"2026-11-23T08:00:00Z"}    | eventId is missing
            no at               | {"eventId":"e","jobId":"j","type":"ACCEPTED"}                  | at is missing
            unknown type        | {"eventId":"e","jobId":"j","type":"SENT","at":"2026-11-23T08:00:00Z"} | unknown type 'SENT'
            bad instant         | {"eventId":"e","jobId":"j","type":"ACCEPTED","at":"yesterday"} | at 'yesterday' is not an ISO-8601 instant
            attempt zero        | {"eventId":"e","jobId":"j","type":"ACCEPTED","at":"2026-11-23T08:00:00Z","attempt":0} | attempt must be a whole number from 1
            reason not a string | {"eventId":"e","jobId":"j","type":"ACCEPTED","at":"2026-11-23T08:00:00Z","reason":5} | reason must be a string
            FAILED, no reason   | {"eventId":"e","jobId":"j","type":"FAILED","at":"2026-11-23T08:00:00Z"} | a FAILED event needs reason
            """)
    void shouldFailClearlyOnCorruptData(String kind, String json, String expected) {
        assertThatIllegalArgumentException().isThrownBy(() -> codec.read(utf8(json))).withMessageContaining(expected);
    }

    static JobEvent complete(EventType type) {
        if (type.isAboutMailbox()) {
            return JobEvent.aboutMailbox(EventIds.of("fatture@pec.acme.example", type.name()), "fatture@pec.acme.example",
                    type, AT).withStorage(new MailboxStorage(850_000, 1_048_576));
        }
        return JobEvent.of(EventIds.of("job-1", type.name()), REF, type, AT).withMessageCode("2026112310003492")
                .withRecipient("a@pec.x.example").withTaxCode("01234567890").withReason("why").withAttempt(1)
                .withUntil(Instant.parse("2026-11-24T07:00:00.5Z"))
                .withReceipt("NON_DELIVERY", Instant.parse("2026-11-23T08:00:03Z")).asRecovered()
                .withCounts(new SettledCounts(1, 2, 3, 4, 0));
    }

    @Test
    void shouldWriteAMailboxEventWithoutJobIdAndKeyItByMailbox() {
        JobEvent event = complete(EventType.MAILBOX_STORAGE_HIGH);

        assertThat(text(codec.write(event))).doesNotContain("jobId")
                .contains("\"storage\":{\"usage\":850000,\"limit\":1048576}");
        assertThat(event.key()).isEqualTo("fatture@pec.acme.example");
    }

    @Test
    void shouldWriteAResolvedTaxCodeAfterItsAddressAndRequireBoth() {
        JobEvent resolved = JobEvent.of("e", REF, EventType.RESOLVED, AT).withTaxCode("01234567890")
                .withRecipient("esempio.srl@pec.it");

        assertThat(text(codec.write(resolved))).contains("\"recipient\":\"esempio.srl@pec.it\",\"taxCode\":\"01234567890\"");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> codec.write(JobEvent.of("e", REF, EventType.RESOLVED, AT).withTaxCode("01234567890")))
                .withMessageContaining("a RESOLVED event needs recipient");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> codec.write(JobEvent.of("e", REF, EventType.NOT_RESOLVED, AT).withReason("none")))
                .withMessageContaining("a NOT_RESOLVED event needs taxCode");
    }

    @Test
    void shouldRefuseAReceiptEventWithoutItsReceiptTime() {
        JobEvent delivered = JobEvent.of("e", REF, EventType.DELIVERED, AT).withMessageCode("2026112310003492")
                .withRecipient("a@pec.x.example");

        assertThatIllegalArgumentException().isThrownBy(() -> codec.write(delivered))
                .withMessageContaining("a DELIVERED event needs receiptAt");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
