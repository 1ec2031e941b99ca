package io.pecflow.engine.testkit;

import java.util.List;
import java.util.stream.Collectors;

/** Send jobs as upstream writes them (JSON text), for tests. */
public final class Jobs {

    private Jobs() {
    }

    public static String aJob(String jobId, String mailbox, String... to) {
        return aJobWith(jobId, mailbox, "", to);
    }

    /** @param extraFields more JSON fields, e.g. {@code "\"campaignId\":\"c1\","}, or "" */
    public static String aJobWith(String jobId, String mailbox, String extraFields, String... to) {
        String recipients = List.of(to).stream().map(address -> "\"" + address + "\"").collect(Collectors.joining(","));
        return "{" + extraFields + "\"jobId\":\"" + jobId + "\",\"mailbox\":\"" + mailbox + "\",\"to\":[" + recipients
                + "],\"subject\":\"Avviso " + jobId + "\",\"body\":\"<p>Gentile cliente, avviso " + jobId + ".</p>\"}";
    }
}
