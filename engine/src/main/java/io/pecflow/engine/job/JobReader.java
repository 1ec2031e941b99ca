package io.pecflow.engine.job;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates one record of {@code pecflow.jobs} before anything is spent on it: every
 * problem of a job is reported at once, as a reason a person can act on. Pure (no Kafka, no clock:
 * time comes in as {@code now}) and thread-safe.
 */
public final class JobReader {

    private static final int MAX_PARSE_MESSAGE_CHARS = 300;
    private static final Pattern REPEATED_FIELD = Pattern.compile("Duplicate (?:property|field) [\"'](.*?)[\"'] for");

    private final JobLimits limits;
    private final Set<String> knownMailboxes;
    private final JsonMapper strict;
    private final JsonMapper lenient;

    /**
     * @param limits         the limits jobs are checked against
     * @param knownMailboxes the sending addresses this engine is configured with (any case)
     */
    public JobReader(JobLimits limits, Set<String> knownMailboxes) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.knownMailboxes = knownMailboxes.stream().map(EmailAddresses::normalise)
                .collect(Collectors.toUnmodifiableSet());
        this.lenient = mapper(false);
        this.strict = mapper(true);
    }

    /**
     * @param value the record's value as it came from Kafka (null for a tombstone)
     * @param now   the engine's wall clock, for {@code expiresAt}
     * @return the valid job, the rejection with its reasons, or why the record cannot be read at all
     */
    public JobReading read(byte[] value, Instant now) {
        Objects.requireNonNull(now, "now");
        if (value == null || value.length == 0) {
            return new JobReading.Unreadable("empty record: no value to read a job from");
        }
        Parsed parsed;
        try {
            parsed = parse(value);
        } catch (JacksonException notJson) {
            return new JobReading.Unreadable("not JSON: " + describe(notJson));
        }
        if (parsed.root() == null || parsed.root().isMissingNode()) {
            return new JobReading.Unreadable("empty record: only whitespace, no JSON value");
        }
        if (!parsed.root().isObject()) {
            return new JobReading.Unreadable("not a JSON object: the record is " + Problems.typeOf(parsed.root()));
        }
        JsonNode jobId = parsed.root().get("jobId");
        Optional<String> unusable = unusableJobId(jobId);
        if (unusable.isPresent()) {
            return new JobReading.Unreadable(unusable.get() + ", so no event can be keyed for this record");
        }
        return new JobValidation(limits, knownMailboxes, now, parsed.root())
                .validate(jobId.stringValue(), parsed.repeatedField());
    }

    /**
     * A record that names a field twice is valid JSON but ambiguous (which subject was meant?): it is
     * read leniently to key the REJECTED event, and the repeated field is reported.
     */
    private Parsed parse(byte[] value) {
        try {
            return new Parsed(strict.readTree(value), Optional.empty());
        } catch (DatabindException failure) {
            Matcher repeated = REPEATED_FIELD.matcher(String.valueOf(failure.getOriginalMessage()));
            if (!repeated.find()) {
                throw failure;
            }
            return new Parsed(lenient.readTree(value), Optional.of(repeated.group(1)));
        }
    }

    private record Parsed(JsonNode root, Optional<String> repeatedField) {
    }

    private static Optional<String> unusableJobId(JsonNode jobId) {
        if (jobId == null || jobId.isMissingNode()) {
            return Optional.of("no jobId");
        }
        if (!jobId.isString()) {
            return Optional.of("jobId is not a string (got " + Problems.typeOf(jobId) + ")");
        }
        if (jobId.stringValue().isBlank()) {
            return Optional.of("jobId is empty");
        }
        return Optional.empty();
    }

    private static String describe(JacksonException failure) {
        String message = String.valueOf(failure.getOriginalMessage()).replaceAll("\\s+", " ");
        if (message.length() > MAX_PARSE_MESSAGE_CHARS) {
            message = message.substring(0, MAX_PARSE_MESSAGE_CHARS) + "…";
        }
        return failure.getLocation() == null ? message
                : message + " (line " + failure.getLocation().getLineNr() + ", column "
                        + failure.getLocation().getColumnNr() + ")";
    }

    /** Jobs carry attachments of tens of MB in one string: the record's own size is the bound. */
    static JsonMapper mapper(boolean failOnRepeatedFields) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .configure(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, failOnRepeatedFields)
                .build();
    }

    @Override
    public String toString() {
        return "JobReader[mailboxes=" + knownMailboxes.size() + ", limits=" + limits + "]";
    }
}
