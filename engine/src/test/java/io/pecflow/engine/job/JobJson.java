package io.pecflow.engine.job;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Test kit: send jobs as upstream writes them, to change one thing at a time. */
final class JobJson {

    static final String MAILBOX = "invii@pec.acme.example";
    static final String RECIPIENT = "mario.rossi@pec.rossi.example";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JobJson() {
    }

    /** @return a valid minimal job: jobId, mailbox, one recipient, subject, body */
    static ObjectNode aJob() {
        ObjectNode job = JSON.createObjectNode();
        job.put("jobId", "acme-job-1");
        job.put("mailbox", MAILBOX);
        job.putArray("to").add(RECIPIENT);
        job.put("subject", "Fattura 42");
        job.put("body", "<p>Ciao</p>");
        return job;
    }

    /** @return a valid job changed by the given edit */
    static byte[] aJobWith(Consumer<ObjectNode> edit) {
        ObjectNode job = aJob();
        edit.accept(job);
        return bytes(job);
    }

    /** @return an attachment object added to the job's {@code attachments} */
    static ObjectNode attach(ObjectNode job, String name, byte[] content) {
        ArrayNode attachments = job.has("attachments") ? (ArrayNode) job.get("attachments") : job.putArray("attachments");
        return attachments.addObject().put("name", name).put("base64", Base64.getEncoder().encodeToString(content));
    }

    static ArrayNode recipients(ObjectNode job, String... addresses) {
        ArrayNode to = job.putArray("to");
        for (String address : addresses) {
            to.add(address);
        }
        return to;
    }

    static byte[] bytes(ObjectNode job) {
        return JSON.writeValueAsBytes(job);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] filled(int size) {
        byte[] content = new byte[size];
        java.util.Arrays.fill(content, (byte) 'x');
        return content;
    }
}
