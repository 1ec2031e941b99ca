package io.pecflow.sandbox;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON of the control endpoints under {@code /_sandbox/}. */
final class RefereeJson {

    private RefereeJson() {
    }

    static ObjectNode stats(SandboxStats stats) {
        ObjectNode root = Json.object();
        root.set("total", counters(stats.total()));
        ObjectNode each = root.putObject("mailboxes");
        for (Map.Entry<String, SandboxStats.Counters> e : stats.mailboxes().entrySet()) {
            each.set(e.getKey(), counters(e.getValue()));
        }
        return root;
    }

    /** {@code {"pecApi":{..},"trovaPec":{..}}} */
    static ObjectNode services(PecApiStats pecApi, TrovaPecStats trovaPec) {
        ObjectNode root = Json.object();
        root.putObject("pecApi").put("calls", pecApi.calls()).put("domainChecks", pecApi.domainChecks())
                .put("refusals", pecApi.refusals()).put("unauthorized", pecApi.unauthorized());
        root.putObject("trovaPec").put("requests", trovaPec.requests()).put("polls", trovaPec.polls())
                .put("waits", trovaPec.waits()).put("errors", trovaPec.errors()).put("searchesOnFile", trovaPec.searchesOnFile());
        return root;
    }

    static ObjectNode counters(SandboxStats.Counters c) {
        return Json.object()
                .put("acceptedSends", c.acceptedSends())
                .put("recipients", c.recipients())
                .put("rateViolations", c.rateViolations())
                .put("quotaRejections", c.quotaRejections())
                .put("duplicateSends", c.duplicateSends())
                .put("lostResponses", c.lostResponses())
                .put("injectedErrors", c.injectedErrors())
                .put("unauthorizedRejections", c.unauthorizedRejections())
                .put("droppedReceipts", c.droppedReceipts())
                .put("inboxMessages", c.inboxMessages())
                .put("inboxUsageKib", c.inboxUsageKib());
    }

    static ObjectNode faults(SandboxFaults.Settings s) {
        ObjectNode root = Json.object()
                .put("errorRate", s.errorRate())
                .put("failNextSends", s.failNextSends())
                .put("latencyMs", s.latency().toMillis())
                .put("lostResponseRate", s.lostResponseRate())
                .put("loseNextResponses", s.loseNextResponses());
        ArrayNode unauthorized = root.putArray("unauthorized");
        s.unauthorized().stream().sorted().forEach(unauthorized::add);
        root.put("outageSeconds", s.outageRemaining().toMillis() / 1000.0);
        return root;
    }

    static ObjectNode sends(List<AcceptedSend> sends) {
        ObjectNode root = Json.object();
        ArrayNode array = root.putArray("sends");
        for (AcceptedSend send : sends) {
            ObjectNode item = array.addObject().put("code", send.code()).put("mailbox", send.mailbox());
            ArrayNode recipients = item.putArray("recipients");
            send.recipients().forEach(recipients::add);
            item.put("subject", send.subject()).put("at", send.at().toString());
        }
        return root;
    }
}
