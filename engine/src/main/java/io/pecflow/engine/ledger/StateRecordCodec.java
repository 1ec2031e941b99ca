package io.pecflow.engine.ledger;

import io.pecflow.engine.job.JobRef;
import io.pecflow.engine.ratelimit.QuotaUsage;
import io.pecflow.engine.receipt.DeliveryStatus;
import io.pecflow.engine.receipt.JobReceipts;
import io.pecflow.engine.receipt.TrackedMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.YearMonth;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON form of {@link StateRecord}s ({@link StateRecord.TrackingDone} is a tombstone: no value). Thread-safe. */
public final class StateRecordCodec {

    private final JsonMapper json = JsonMapper.builder().build();

    /** @return the record's value, null for a tombstone */
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
                send.attemptAt().ifPresent(at -> node.put("attemptAt", at.toString()));
            }
            case StateRecord.Tracking track -> writeTracking(node, track.receipts());
            case StateRecord.TrackingDone done -> {
                return null;
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
                        Optional.ofNullable(node.path("messageCode").asString(null)),
                        Optional.ofNullable(node.path("attemptAt").asString(null)).map(Instant::parse));
                case "track" -> new StateRecord.Tracking(readTracking(node));
                case "quota" -> new StateRecord.QuotaUsed(text(node, "mailbox"), new QuotaUsage(
                        LocalDate.parse(text(node, "day")), node.path("usedDay").asLong(),
                        YearMonth.parse(text(node, "month")), node.path("usedMonth").asLong()));
                default -> throw new IllegalArgumentException("not a dispatch state record: kind '"
                        + node.path("kind").asString("") + "'");
            };
        } catch (JacksonException | java.time.DateTimeException | IllegalArgumentException corrupt) {
            throw new IllegalArgumentException("corrupt dispatch state record: " + corrupt.getMessage(), corrupt);
        }
    }

    /** @return what a tombstone (a record without value) with this key stands for, if anything */
    public Optional<StateRecord> tombstone(String key) {
        return StateRecord.tombstone(key);
    }

    private static void writeTracking(ObjectNode node, JobReceipts receipts) {
        JobRef ref = receipts.ref();
        node.put("kind", "track").put("jobId", ref.jobId()).put("parts", receipts.parts())
                .put("subject", receipts.subject()).put("settled", receipts.settled());
        ref.campaignId().ifPresent(campaign -> node.put("campaignId", campaign));
        ref.mailbox().ifPresent(mailbox -> node.put("mailbox", mailbox));
        ObjectNode metadata = node.putObject("metadata");
        ref.metadata().forEach(metadata::put);
        var messages = node.putArray("messages");
        for (TrackedMessage message : receipts.messages()) {
            messages.addObject().put("code", message.messageCode()).put("part", message.part())
                    .put("recipient", message.recipient()).put("mailbox", message.mailbox())
                    .put("at", message.submittedAt().toString()).put("status", message.status().name())
                    .put("polls", message.polls()).put("recovered", message.recovered()).put("cleaned", message.cleaned());
        }
    }

    private static JobReceipts readTracking(JsonNode node) {
        Map<String, String> metadata = new LinkedHashMap<>();
        node.path("metadata").properties().forEach(entry -> metadata.put(entry.getKey(), entry.getValue().asString()));
        String jobId = text(node, "jobId");
        JobRef ref = new JobRef(jobId, Optional.ofNullable(node.path("campaignId").asString(null)),
                Optional.ofNullable(node.path("mailbox").asString(null)), metadata);
        List<TrackedMessage> messages = new ArrayList<>();
        for (JsonNode message : node.path("messages")) {
            messages.add(new TrackedMessage(text(message, "code"), jobId, message.path("part").asInt(),
                    text(message, "recipient"), text(message, "mailbox"), Instant.parse(text(message, "at")),
                    DeliveryStatus.valueOf(text(message, "status")), message.path("polls").asInt(),
                    message.path("recovered").asBoolean(), message.path("cleaned").asBoolean()));
        }
        return new JobReceipts(ref, node.path("parts").asInt(), node.path("subject").asString(""), messages,
                node.path("settled").asBoolean());
    }

    private static String text(JsonNode node, String field) {
        String value = node.path(field).asString(null);
        if (value == null) {
            throw new IllegalArgumentException("dispatch state record without " + field);
        }
        return value;
    }
}
