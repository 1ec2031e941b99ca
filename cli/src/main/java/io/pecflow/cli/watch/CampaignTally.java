package io.pecflow.cli.watch;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts one campaign's progress from its events, per sending mailbox: jobs, recipients
 * submitted, delivered, not delivered, without receipt, failed (FAILED, EXPIRED) or rejected,
 * ambiguous, and jobs finished (SETTLED or REJECTED). Each fact counts once, whatever the
 * repeats: events are dropped by eventId and counted per job and recipient. Not thread-safe.
 */
public final class CampaignTally {

    /** Where events without a mailbox (a REJECTED job whose mailbox was no address) are counted. */
    static final String NO_MAILBOX = "(no mailbox)";

    private final String campaignId;
    private final Set<String> seenEvents = new HashSet<>();
    private final Map<String, String> mailboxOfJob = new HashMap<>();
    private final Map<String, Counts> byMailbox = new TreeMap<>();

    public CampaignTally(String campaignId) {
        this.campaignId = campaignId;
    }

    /** @return true when the event is the campaign's and new, and so was counted */
    public boolean accept(JobEvent event) {
        if (event.jobId().isEmpty() || !event.campaignId().filter(campaignId::equals).isPresent()
                || event.type().equals("DUPLICATE") || !seenEvents.add(event.eventId())) {
            return false;
        }
        String mailbox = mailboxOfJob.computeIfAbsent(event.jobId(), job -> event.mailbox().orElse(NO_MAILBOX));
        Counts counts = byMailbox.computeIfAbsent(mailbox, name -> new Counts());
        String job = event.jobId();
        String recipient = job + "|" + event.recipient().orElse("");
        counts.jobs.add(job);
        switch (event.type()) {
            case "SUBMITTED" -> {
                counts.submitted.add(recipient);
                counts.ambiguous.remove(recipient);
            }
            case "DELIVERED" -> counts.delivered.add(recipient);
            case "NOT_DELIVERED" -> counts.notDelivered.add(recipient);
            case "NO_RECEIPT" -> counts.noReceipt.add(recipient);
            case "FAILED", "EXPIRED" -> counts.failed.add(recipient);
            case "AMBIGUOUS" -> {
                if (!counts.submitted.contains(recipient)) {
                    counts.ambiguous.add(recipient);
                }
            }
            case "REJECTED" -> {
                if (event.recipient().isPresent()) {
                    counts.failed.add(recipient); // one recipient left out (uncertified domain); the job goes on
                } else {
                    counts.failed.add(job);
                    counts.finished.add(job);
                }
            }
            case "NOT_RESOLVED" -> counts.failed.add(job + "|tax code " + event.eventId());
            case "SETTLED" -> counts.finished.add(job);
            default -> {
                // ACCEPTED, DEFERRED, RETRYING, RESOLVED, ACCEPTANCE, DELIVERY_WARNING: the job is known, nothing final
            }
        }
        return true;
    }

    /** @return the jobs of the campaign seen so far */
    public int jobs() {
        return byMailbox.values().stream().mapToInt(counts -> counts.jobs.size()).sum();
    }

    /** @return the jobs that are SETTLED or REJECTED */
    public int finished() {
        return byMailbox.values().stream().mapToInt(counts -> counts.finished.size()).sum();
    }

    /** @return the counts of each mailbox, by mailbox name */
    public List<MailboxProgress> mailboxes() {
        return byMailbox.entrySet().stream().map(entry -> entry.getValue().progress(entry.getKey())).toList();
    }

    /** @return every mailbox's counts added up, under the name "total" */
    public MailboxProgress total() {
        return mailboxes().stream().reduce(new MailboxProgress("total", 0, 0, 0, 0, 0, 0, 0, 0), MailboxProgress::plus);
    }

    public String campaignId() {
        return campaignId;
    }

    private static final class Counts {
        final Set<String> jobs = new HashSet<>();
        final Set<String> submitted = new HashSet<>();
        final Set<String> delivered = new HashSet<>();
        final Set<String> notDelivered = new HashSet<>();
        final Set<String> noReceipt = new HashSet<>();
        final Set<String> failed = new HashSet<>();
        final Set<String> ambiguous = new HashSet<>();
        final Set<String> finished = new HashSet<>();

        MailboxProgress progress(String mailbox) {
            return new MailboxProgress(mailbox, jobs.size(), submitted.size(), delivered.size(), notDelivered.size(),
                    noReceipt.size(), failed.size(), ambiguous.size(), finished.size());
        }
    }
}
