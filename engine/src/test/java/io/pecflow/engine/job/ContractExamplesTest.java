package io.pecflow.engine.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.pecflow.engine.event.EventCodec;
import io.pecflow.engine.event.EventIds;
import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.event.MailboxStorage;
import io.pecflow.engine.event.SettledCounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/** The documents in {@code docs/} agree with each other and with the code. */
class ContractExamplesTest {

    /** Maven runs the tests in the module's directory; an IDE may run them in the repository's. */
    private static final Path DOCS = Files.isDirectory(Path.of("..", "docs")) ? Path.of("..", "docs") : Path.of("docs");
    private static final Path JOBS = DOCS.resolve("examples/jobs");
    private static final Path EVENTS = DOCS.resolve("examples/events");
    /** Before every notBefore and expiresAt of the examples. */
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final Set<String> EXAMPLE_MAILBOXES = Set.of("avvisi@pec.acme.example", "fatture@pec.acme.example");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema JOB_SCHEMA = schema("send-job.schema.json");
    private static final Schema EVENT_SCHEMA = schema("job-event.schema.json");

    private final JobReader reader = new JobReader(JobLimits.defaults(), EXAMPLE_MAILBOXES);
    private final JobCodec jobCodec = new JobCodec();
    private final EventCodec eventCodec = new EventCodec();

    static Stream<Path> jobExamples() {
        return files(JOBS);
    }

    static Stream<Path> eventExamples() {
        return files(EVENTS);
    }

    @Test
    void shouldKeepEveryExampleInTheFolderOfItsSchema() {
        try (Stream<Path> all = Files.walk(DOCS.resolve("examples"))) {
            assertThat(all.filter(Files::isRegularFile))
                    .allSatisfy(file -> assertThat(file.getParent()).isIn(JOBS, EVENTS))
                    .allSatisfy(file -> assertThat(file.toString()).endsWith(".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldHaveAtLeastThreeJobsAndAnEventOfEveryType() {
        assertThat(jobExamples().count()).isGreaterThanOrEqualTo(3);
        assertThat(eventExamples().map(file -> eventCodec.read(bytes(file)).type()))
                .containsOnly(EventType.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jobExamples")
    void shouldValidateEveryExampleJobAgainstTheJobSchema(Path file) {
        assertThat(errors(JOB_SCHEMA, text(file))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jobExamples")
    void shouldReadEveryExampleJobAsValid(Path file) {
        assertThat(reader.read(bytes(file), NOW)).isInstanceOf(JobReading.Valid.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jobExamples")
    void shouldPassEveryExampleJobOnInternallyInJsonTheJobSchemaAccepts(Path file) {
        SendJob job = ((JobReading.Valid) reader.read(bytes(file), NOW)).job();

        assertThat(errors(JOB_SCHEMA, new String(jobCodec.write(job), StandardCharsets.UTF_8))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventExamples")
    void shouldValidateEveryExampleEventAgainstTheEventSchema(Path file) {
        assertThat(errors(EVENT_SCHEMA, text(file))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventExamples")
    void shouldReadEveryExampleEventAndWriteItBackAsTheSameJson(Path file) {
        byte[] written = eventCodec.write(eventCodec.read(bytes(file)));

        assertThat(errors(EVENT_SCHEMA, new String(written, StandardCharsets.UTF_8))).isEmpty();
        assertThat(JSON.readTree(written)).isEqualTo(JSON.readTree(bytes(file)));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldWriteEventsOfEveryTypeThatTheEventSchemaAccepts(EventType type) {
        JobRef ref = new JobRef("acme-1", Optional.of("c"), Optional.of("fatture@pec.acme.example"), Map.of("k", "v"));
        JobEvent event = type.isAboutMailbox()
                ? JobEvent.aboutMailbox(EventIds.of("fatture@pec.acme.example", type.name()), "fatture@pec.acme.example",
                        type, NOW).withStorage(new MailboxStorage(900, 1000))
                : JobEvent.of(EventIds.of("acme-1", type.name()), ref, type, NOW).withReason("why")
                        .withMessageCode("2026112310003492").withRecipient("a@pec.x.example").withAttempt(1)
                        .withTaxCode("RSSMRA80A01H501U")
                        .withUntil(NOW.plusSeconds(60)).withReceipt("NON_DELIVERY", NOW.minusSeconds(3))
                        .withCounts(new SettledCounts(1, 0, 0, 0, 0));

        assertThat(errors(EVENT_SCHEMA, new String(eventCodec.write(event), StandardCharsets.UTF_8))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"to\":\"a@x.it\",\"suject\":\"s\",\"subject\":\"s\",\"body\":\"b\"}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"to\":\"a@x.it\",\"body\":\"b\"}",
        "{\"jobId\":\"j 1\",\"mailbox\":\"m@x.it\",\"to\":\"a@x.it\",\"subject\":\"s\",\"body\":\"b\"}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"to\":\"mario.rossi@\",\"subject\":\"s\",\"body\":\"b\"}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"to\":[],\"subject\":\"s\",\"body\":\"b\"}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"to\":[\"a@x.it\",\"a@x.it\"],\"subject\":\"s\",\"body\":\"b\"}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"to\":\"a@x.it\",\"subject\":\"s\\r\\nBcc: x\",\"body\":\"b\"}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"to\":\"a@x.it\",\"subject\":\" \",\"body\":\"b\"}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"to\":\"a@x.it\",\"subject\":\"s\",\"body\":\"\"}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"to\":\"a@x.it\",\"subject\":\"s\",\"body\":\"b\",\"notBefore\":\"2026-11-23T09:00:00\"}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"to\":\"a@x.it\",\"subject\":\"s\",\"body\":\"b\",\"attachments\":[{\"name\":\"a\"}]}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"to\":\"a@x.it\",\"subject\":\"s\",\"body\":\"b\",\"attachments\":[{\"name\":\"a/b\",\"base64\":\"QQ==\"}]}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"to\":\"a@x.it\",\"subject\":\"s\",\"body\":\"b\",\"attachments\":[{\"name\":\"a\",\"base64\":\"Q*==\"}]}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"to\":\"a@x.it\",\"subject\":\"s\",\"body\":\"b\",\"metadata\":{\"a\":1}}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"subject\":\"s\",\"body\":\"b\"}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"toTaxCodes\":[],\"subject\":\"s\",\"body\":\"b\"}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"toTaxCodes\":[\"0123456789\"],\"subject\":\"s\",\"body\":\"b\"}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"toTaxCodes\":[\"RSSMRA80A01H5010\"],\"subject\":\"s\",\"body\":\"b\"}",
        "{\"jobId\":\"j\",\"mailbox\":\"m@x.it\",\"to\":\"a@x.it\",\"checkRecipients\":\"yes\",\"subject\":\"s\",\"body\":\"b\"}"})
    void shouldHaveAJobSchemaThatRefusesWhatTheEngineRejects(String json) {
        assertThat(errors(JOB_SCHEMA, json)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"eventId\":\"e812b73b-b800-3cd5-a11d-5d552ecada06\",\"jobId\":\"j\",\"type\":\"SUBMITTED\",\"at\":\"2026-11-23T08:00:00Z\"}",
        "{\"eventId\":\"e812b73b-b800-3cd5-a11d-5d552ecada06\",\"jobId\":\"j\",\"type\":\"ACCEPTED\",\"at\":\"2026-11-23T08:00:00Z\",\"campaignId\":null}",
        "{\"eventId\":\"e812b73b-b800-3cd5-a11d-5d552ecada06\",\"jobId\":\"j\",\"type\":\"ACCEPTED\",\"at\":\"2026-11-23T09:00:00+01:00\"}",
        "{\"eventId\":\"e812b73b-b800-3cd5-a11d-5d552ecada06\",\"jobId\":\"j\",\"type\":\"SENT\",\"at\":\"2026-11-23T08:00:00Z\"}",
        "{\"eventId\":\"e812b73b-b800-3cd5-a11d-5d552ecada06\",\"jobId\":\"j\",\"type\":\"RETRYING\",\"at\":\"2026-11-23T08:00:00Z\",\"reason\":\"r\",\"attempt\":0}",
        "{\"eventId\":\"not-a-uuid\",\"jobId\":\"j\",\"type\":\"ACCEPTED\",\"at\":\"2026-11-23T08:00:00Z\"}"})
    void shouldHaveAnEventSchemaThatRefusesWhatTheEngineNeverWrites(String json) {
        assertThat(errors(EVENT_SCHEMA, json)).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDescribeTheThreeChannelsAndEveryEventTypeInTheAsyncApiDocument() {
        String text = text(DOCS.resolve("asyncapi.yaml"));
        Map<String, Object> asyncApi = new Yaml().load(text);

        assertThat(asyncApi.get("asyncapi")).isEqualTo("3.0.0");
        Map<String, Map<String, Object>> channels = (Map<String, Map<String, Object>>) asyncApi.get("channels");
        assertThat(channels.values()).extracting(channel -> channel.get("address"))
                .containsExactlyInAnyOrder("pecflow.jobs", "pecflow.events", "pecflow.jobs.dlt");
        Map<String, Map<String, Object>> operations = (Map<String, Map<String, Object>>) asyncApi.get("operations");
        assertThat(operations.values()).extracting(operation -> operation.get("action"))
                .containsExactlyInAnyOrder("receive", "send", "send");
        Map<String, Object> messages = (Map<String, Object>) ((Map<String, Object>) asyncApi.get("components")).get("messages");
        String eventDescription = (String) ((Map<String, Object>) messages.get("JobEvent")).get("description");
        assertThat(Arrays.stream(EventType.values()).map(Enum::name)).allSatisfy(type -> assertThat(eventDescription)
                .contains("`" + type + "`"));
        assertThat(text).contains("pecflow-dlt-reason", "pecflow-dlt-source-topic", "pecflow-dlt-source-partition",
                "pecflow-dlt-source-offset", "pecflow-dlt-at");
    }

    @Test
    void shouldPointTheAsyncApiDocumentAtSchemasThatExist() {
        List<String> refs = text(DOCS.resolve("asyncapi.yaml")).lines().map(String::strip)
                .filter(line -> line.startsWith("$ref: './")).map(line -> line.substring("$ref: './".length(),
                        line.length() - 1)).toList();

        assertThat(refs).containsExactlyInAnyOrder("schemas/send-job.schema.json", "schemas/job-event.schema.json");
        assertThat(refs).allSatisfy(ref -> assertThat(DOCS.resolve(ref)).isRegularFile());
    }

    @Test
    void shouldNameEveryLimitAsAPropertyInTheContractPage() {
        String contract = text(DOCS.resolve("contract.md"));

        assertThat(Arrays.stream(JobLimits.class.getRecordComponents()).map(component -> "pecflow.jobs.limits."
                + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT)))
                .allSatisfy(property -> assertThat(contract).contains("`" + property + "`"));
    }

    private static List<Error> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    private static Schema schema(String name) {
        try (InputStream in = Files.newInputStream(DOCS.resolve("schemas").resolve(name))) {
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }
}
