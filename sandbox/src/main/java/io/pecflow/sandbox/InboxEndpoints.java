package io.pecflow.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The calls that read and tidy a mailbox: {@code /send/{code}}, {@code /inbox}, {@code /inbox/{id}}, {@code /quota}. */
final class InboxEndpoints {

    private final PostOffice office;

    InboxEndpoints(PostOffice office) {
        this.office = office;
    }

    Reply answer(ApiRoute route, Mailbox mailbox, Map<String, String> query) {
        return switch (route) {
            case ApiRoute.SendStatus s -> sendStatus(mailbox, s.code());
            case ApiRoute.SendDelete d -> sendDelete(mailbox, d.code());
            case ApiRoute.InboxList l -> inboxList(mailbox, query);
            case ApiRoute.InboxGet g -> inboxGet(mailbox, g.id());
            case ApiRoute.InboxDelete d -> inboxDelete(mailbox, d.id());
            case ApiRoute.Quota q -> quota(mailbox, q.mailbox());
            case ApiRoute.Send s -> throw new IllegalStateException("POST /send is not an inbox call");
            case ApiRoute.NotFound n -> throw new IllegalStateException("unrouted");
            case ApiRoute.WrongMethod w -> throw new IllegalStateException("unrouted");
        };
    }

    /**
     * The items of this mailbox that belong to the sending with that code. The provider seems to search
     * subjects for the code; matching the code of each item exactly gives the same items without confusing
     * code 2020...341 with code 2020...3412.
     */
    private Reply sendStatus(Mailbox mailbox, String code) {
        List<InboxItem> items = mailbox.withInbox(office.now(), in -> in.ofCode(code));
        if (items.isEmpty()) {
            return Reply.error(404, "Result empty");
        }
        ObjectNode root = Json.object();
        ArrayNode data = root.putArray("data");
        for (InboxItem item : items) {
            Receipt r = item.receipt();
            data.addObject().put("sender", r.sender()).put("recipient", r.recipient()).put("data", r.date())
                    .put("object", r.subject()).put("message", r.text());
        }
        root.put("success", true).put("message", "");
        return Reply.json(200, root);
    }

    private Reply sendDelete(Mailbox mailbox, String code) {
        int removed = mailbox.withInbox(office.now(), in -> in.removeCode(code));
        return removed == 0 ? Reply.error(404, "Email not found") : Reply.ok("Operation succefull");
    }

    private Reply inboxList(Mailbox mailbox, Map<String, String> query) {
        String q = query.getOrDefault("q", "");
        int page = pageNumber(query.get("page"));
        InboxPage result = mailbox.withInbox(office.now(), in -> in.page(q, page));
        ObjectNode root = Json.object();
        ArrayNode data = root.putArray("data");
        for (InboxItem item : result.items()) {
            Receipt r = item.receipt();
            data.addObject().put("sender", r.sender()).put("recipient", r.recipient()).put("date", r.date())
                    .put("object", r.subject()).put("id", item.id());
        }
        root.put("success", true).put("message", "").put("total", result.total()).put("page", result.page())
                .put("n_of_pages", result.pages());
        return Reply.json(200, root);
    }

    /** Lenient like the provider's PHP: anything but a positive whole number reads as page 1 (a guess). */
    static int pageNumber(String raw) {
        if (raw == null) {
            return 1;
        }
        try {
            int page = (int) Double.parseDouble(raw.trim());
            return Math.max(1, page);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private Reply inboxGet(Mailbox mailbox, String rawId) {
        Optional<InboxItem> item = parseId(rawId).flatMap(id -> mailbox.withInbox(office.now(), in -> in.get(id)));
        if (item.isEmpty()) {
            return Reply.error(404, "Message not found");
        }
        Receipt r = item.get().receipt();
        ObjectNode root = Json.object();
        root.putObject("data").put("sender", r.sender()).put("recipient", r.recipient()).put("date", r.date())
                .put("object", r.subject()).put("body", URLEncoder.encode(r.text(), StandardCharsets.UTF_8));
        root.put("success", true).put("message", "");
        return Reply.json(200, root);
    }

    /** An unknown id answers 404 {@code Message not found}: not documented for DELETE, a guess. */
    private Reply inboxDelete(Mailbox mailbox, String rawId) {
        boolean removed = parseId(rawId).map(id -> mailbox.withInbox(office.now(), in -> in.remove(id))).orElse(false);
        return removed ? Reply.ok("Message deleted") : Reply.error(404, "Message not found");
    }

    private Reply quota(Mailbox mailbox, String name) {
        if (!name.equalsIgnoreCase("INBOX")) {
            return Reply.error(400, "An error occured: the requested mailbox might be unavailable");
        }
        long[] usageAndLimit = mailbox.withInbox(office.now(), in -> new long[] {in.usageKib(), in.limitKib()});
        ObjectNode root = Json.object();
        // documented as megabytes, but the example's figures (171012 of 1048576) read as KiB
        root.putObject("data").put("usage", usageAndLimit[0]).put("limit", usageAndLimit[1]);
        root.put("success", true).put("message", "");
        return Reply.json(200, root);
    }

    private static Optional<Long> parseId(String raw) {
        try {
            return Optional.of(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
