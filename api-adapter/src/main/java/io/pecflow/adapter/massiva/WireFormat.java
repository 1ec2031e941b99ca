package io.pecflow.adapter.massiva;

import io.pecflow.adapter.HttpTransport;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The provider's JSON, written and read by hand so that every field name stands here once, as
 * the OpenAPI document spells it. Thread-safe.
 */
final class WireFormat {

    private final JsonMapper json = JsonMapper.builder().build();
    private final PecMassivaConfig.RecipientEncoding recipientEncoding;

    WireFormat(PecMassivaConfig.RecipientEncoding recipientEncoding) {
        this.recipientEncoding = recipientEncoding;
    }

    /** The {@code POST /send} body: {@code sender, recipient, subject, body, attachments, username, password}. */
    byte[] sendBody(SendRequest request, MailboxCredentials mailbox) {
        ObjectNode root = json.createObjectNode();
        root.put("sender", request.sender());
        if (recipientEncoding == PecMassivaConfig.RecipientEncoding.STRING_WHEN_SINGLE
                && request.recipients().size() == 1) {
            root.put("recipient", request.recipients().getFirst());
        } else {
            ArrayNode recipients = root.putArray("recipient");
            request.recipients().forEach(recipients::add);
        }
        root.put("subject", request.subject());
        root.put("body", request.body());
        ArrayNode attachments = root.putArray("attachments");
        for (Attachment attachment : request.attachments()) {
            attachments.addObject().put("name", attachment.name()).put("file", attachment.wireFile());
        }
        root.put("username", mailbox.username());
        root.put("password", mailbox.password().reveal());
        return json.writeValueAsBytes(root);
    }

    /**
     * The envelope's {@code message}, or a short printable excerpt of a body that is not the
     * envelope; {@code mask} is applied before the excerpt is cut, so no part of a secret can
     * survive the cut.
     */
    String message(byte[] body, UnaryOperator<String> mask) {
        return tree(body).map(node -> mask.apply(node.path("message").asString("")))
                .orElseGet(() -> body == null ? ""
                        : HttpTransport.excerpt(mask.apply(new String(body, StandardCharsets.UTF_8))));
    }

    /** Whether the body is the provider's JSON envelope at all. */
    boolean isEnvelope(byte[] body) {
        return tree(body).map(node -> node.has("success") || node.has("message")).orElse(false);
    }

    /** The 201 answer of {@code POST /send}, when it carries a usable {@code message_id}. */
    Optional<SendOutcome.Sent> sent(byte[] body) {
        return tree(body).filter(node -> node.path("success").asBoolean(true)).flatMap(node -> {
            String code = node.path("message_id").asString("").strip();
            if (code.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new SendOutcome.Sent(MessageCode.of(code), node.path("sent").asInt(0)));
            } catch (IllegalArgumentException unusableCode) {
                return Optional.empty();
            }
        });
    }

    /** {@code GET /send/{code}}: {@code data} = array of {@code {sender, recipient, data, object, message}}. */
    Optional<SendingReceipts> sendingReceipts(MessageCode code, byte[] body) {
        return dataArray(body).map(items -> new SendingReceipts(code, items.stream()
                .map(item -> Receipt.read(text(item, "object"), text(item, "sender"), text(item, "recipient"),
                        text(item, "data"), text(item, "message"), OptionalLong.empty()))
                .toList()));
    }

    /** {@code GET /inbox}: {@code data} = array of {@code {sender, recipient, date, object, id}} plus paging. */
    Optional<InboxPage> inboxPage(byte[] body) {
        Optional<JsonNode> root = tree(body);
        return dataArray(body).map(items -> {
            List<Receipt> receipts = items.stream()
                    .map(item -> Receipt.read(text(item, "object"), text(item, "sender"), text(item, "recipient"),
                            text(item, "date"), "", id(item.path("id"))))
                    .toList();
            JsonNode node = root.orElseThrow();
            return new InboxPage(node.path("page").asInt(1), node.path("total").asInt(receipts.size()),
                    node.path("n_of_pages").asInt(1), receipts);
        });
    }

    /** {@code GET /inbox/{id}}: {@code data} = {@code {sender, recipient, date, object, body}}, body url-encoded. */
    Optional<InboxMessage> inboxMessage(long id, byte[] body) {
        return tree(body).map(node -> node.path("data")).filter(JsonNode::isObject)
                .map(data -> new InboxMessage(id, Receipt.read(text(data, "object"), text(data, "sender"),
                        text(data, "recipient"), text(data, "date"), formDecode(text(data, "body")),
                        OptionalLong.of(id))));
    }

    /** {@code GET /quota/{mailbox}}: {@code data} = {@code {usage, limit}}. */
    Optional<MailboxQuota> quota(byte[] body) {
        return tree(body).map(node -> node.path("data")).filter(JsonNode::isObject)
                .filter(data -> data.path("usage").isNumber() || data.path("usage").isString())
                .map(data -> new MailboxQuota(data.path("usage").asLong(0), data.path("limit").asLong(0)));
    }

    private Optional<List<JsonNode>> dataArray(byte[] body) {
        return tree(body).map(node -> node.path("data")).filter(JsonNode::isArray).map(data -> {
            List<JsonNode> items = new ArrayList<>();
            data.forEach(items::add);
            return items;
        });
    }

    private Optional<JsonNode> tree(byte[] body) {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.path(field);
        return value.isNull() || value.isMissingNode() ? "" : value.asString("");
    }

    private static OptionalLong id(JsonNode value) {
        if (value.isIntegralNumber()) {
            return OptionalLong.of(value.asLong());
        }
        if (value.isNumber()) {
            return OptionalLong.of((long) value.asDouble());
        }
        String text = value.asString("").strip();
        return text.matches("\\d{1,18}") ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
    }

    private static String formDecode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return encoded;
        }
    }
}
