package io.pecflow.engine.ledger;

import io.pecflow.engine.ratelimit.QuotaUsage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON form of {@link StateRecord}s. Thread-safe. */
public final class StateRecordCodec {

    private final JsonMapper json = JsonMapper.builder().build();

    public byte[] write(StateRecord record) {
        ObjectNode node = json.createObjectNode();
        switch (record) {
            case StateRecord.JobAccepted job -> node.put("kind", "job").put("jobId", job.jobId())
                    .put("mailbox", job.mailbox()).put("offset", job.offset()).put("parts", job.parts());
            case StateRecord.SendUpdate send -> {
                node.put("kind", "send").put("jobId", send.jobId()).put("mailbox", send.mailbox())
                        .put("offset", send.offset()).put("parts", send.parts()).put("part", send.part())
                        .put("state", send.state().name()).put("attempt", send.attempt());
                send.messageCode().ifPresent(code -> node.put("messageCode", code));
            }
            case StateRecord.QuotaUsed quota -> node.put("kind", "quota").put("mailbox", quota.mailbox())
                    .put("day", quota.usage().day().toString()).put("usedDay", quota.usage().usedDay())
                    .put("month", quota.usage().month().toString()).put("usedMonth", quota.usage().usedMonth());
        }
        return json.writeValueAsBytes(node);
    }

    /** @throws IllegalArgumentException on a record this codec did not write */
    public StateRecord read(byte[] value) {
        try {
            JsonNode node = json.readTree(value);
            return switch (node.path("kind").asString("")) {
                case "job" -> new StateRecord.JobAccepted(text(node, "jobId"), text(node, "mailbox"),
                        node.path("offset").asLong(), node.path("parts").asInt());
                case "send" -> new StateRecord.SendUpdate(text(node, "jobId"), text(node, "mailbox"),
                        node.path("offset").asLong(), node.path("parts").asInt(), node.path("part").asInt(),
                        SendState.valueOf(text(node, "state")), node.path("attempt").asInt(),
                        Optional.ofNullable(node.path("messageCode").asString(null)));
                case "quota" -> new StateRecord.QuotaUsed(text(node, "mailbox"), new QuotaUsage(
                        LocalDate.parse(text(node, "day")), node.path("usedDay").asLong(),
                        YearMonth.parse(text(node, "month")), node.path("usedMonth").asLong()));
                default -> throw new IllegalArgumentException("not a dispatch state record: kind '"
                        + node.path("kind").asString("") + "'");
            };
        } catch (JacksonException | java.time.DateTimeException corrupt) {
            throw new IllegalArgumentException("corrupt dispatch state record: " + corrupt.getMessage(), corrupt);
        }
    }

    private static String text(JsonNode node, String field) {
        String value = node.path(field).asString(null);
        if (value == null) {
            throw new IllegalArgumentException("dispatch state record without " + field);
        }
        return value;
    }
}
