package io.pecflow.engine.demo;

import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.testkit.EventLog;
import io.pecflow.sandbox.SandboxStats;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Shows the demo campaign's progress per mailbox: redrawn in place on a terminal, as plain blocks otherwise. */
final class DemoProgress {

    private static final int BAR = 20;
    private static final DateTimeFormatter SANDBOX_TIME = DateTimeFormatter.ofPattern("EEE dd/MM HH:mm")
            .withZone(ZoneId.of("Europe/Rome"));

    /** One row of the table: a mailbox's jobs by where they stand. */
    private record Row(long queued, long sent, long delivered, long notDelivered, long noReceipt, long failed,
                       long rejected, long settled) {
        Row plus(Row other) {
            return new Row(queued + other.queued, sent + other.sent, delivered + other.delivered,
                    notDelivered + other.notDelivered, noReceipt + other.noReceipt, failed + other.failed,
                    rejected + other.rejected, settled + other.settled);
        }
    }

    private final EventLog events;
    private final List<String> mailboxes;
    private final int jobsPerMailbox;
    private final int invalid;
    private final boolean interactive;
    /** Straight to file descriptor 1: Maven wraps System.out in a stream that strips the cursor codes. */
    private final PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
            java.nio.charset.StandardCharsets.UTF_8);
    private int linesDrawn;

    DemoProgress(EventLog events, List<String> mailboxes, int jobsPerMailbox, int invalid, boolean interactive) {
        this.events = events;
        this.mailboxes = mailboxes;
        this.jobsPerMailbox = jobsPerMailbox;
        this.invalid = invalid;
        this.interactive = interactive;
    }

    /** @return whether standard output is a terminal (JDK 22+ says so itself; 21 has a console only then) */
    static boolean interactive() {
        java.io.Console console = System.console();
        if (console == null || System.getenv("CI") != null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJdk) {
            return true;
        }
    }

    boolean isInteractive() {
        return interactive;
    }

    /** @return whether every valid job has SETTLED and every invalid one was refused */
    boolean settled() {
        return events.ofType(EventType.SETTLED).size() >= jobsPerMailbox * mailboxes.size()
                && events.ofType(EventType.REJECTED).size() >= invalid - 1;
    }

    void render(Duration elapsed, Instant sandboxTime) {
        StringBuilder screen = new StringBuilder();
        List<JobEvent> all = events.all();
        screen.append(String.format("PecFlow demo  campaign demo-2026  %d jobs + %d invalid  %02d:%02d real  sandbox %s%n",
                jobsPerMailbox * mailboxes.size(), invalid, elapsed.toMinutes(), elapsed.toSecondsPart(),
                SANDBOX_TIME.format(sandboxTime)));
        screen.append(String.format("%-24s %6s %5s %9s %9s %7s %6s %8s  %s%n", "mailbox", "queued", "sent", "delivered",
                "not-deliv", "no-rcpt", "failed", "rejected", "settled"));
        Row total = new Row(0, 0, 0, 0, 0, 0, 0, 0);
        for (String mailbox : mailboxes) {
            Row row = row(all, mailbox);
            total = total.plus(row);
            screen.append(line(mailbox, row, jobsPerMailbox));
        }
        screen.append(line("total", total, jobsPerMailbox * mailboxes.size()));
        if (interactive && linesDrawn > 0) {
            out.print("\033[" + linesDrawn + "F\033[J");
        } else if (!interactive) {
            out.println();
        }
        out.print(screen);
        out.flush();
        linesDrawn = mailboxes.size() + 3;
    }

    void summary(SandboxStats.Counters referee, String web) {
        out.printf("%nSummary: %d SUBMITTED, %d DELIVERED, %d NOT_DELIVERED, %d NO_RECEIPT, %d DELIVERY_WARNING, "
                        + "%d FAILED, %d AMBIGUOUS, %d REJECTED, %d SETTLED%n",
                count(EventType.SUBMITTED), count(EventType.DELIVERED), count(EventType.NOT_DELIVERED),
                count(EventType.NO_RECEIPT), count(EventType.DELIVERY_WARNING), count(EventType.FAILED),
                count(EventType.AMBIGUOUS), count(EventType.REJECTED), count(EventType.SETTLED));
        out.printf("Sandbox referee: %d sends accepted, %d rate violations, %d quota rejections, %d duplicate sends, "
                        + "%d receipts left in the inboxes%n", referee.acceptedSends(), referee.rateViolations(),
                referee.quotaRejections(), referee.duplicateSends(), referee.inboxMessages());
        events.ofType(EventType.REJECTED).forEach(event -> out.printf("  REJECTED %-8s %s%n", event.jobId(),
                event.reason().orElse("")));
        out.println("  (one record that was not a job at all went to the dead-letter topic)");
        out.println("Metrics: " + web + "/actuator/prometheus   Health: " + web + "/actuator/health");
    }

    private long count(EventType type) {
        return events.ofType(type).size();
    }

    private static Row row(List<JobEvent> all, String mailbox) {
        long accepted = 0;
        long sent = 0;
        long delivered = 0;
        long notDelivered = 0;
        long noReceipt = 0;
        long failed = 0;
        long rejected = 0;
        long settled = 0;
        for (JobEvent event : all) {
            if (!event.mailbox().map(mailbox::equals).orElse(false)) {
                continue;
            }
            switch (event.type()) {
                case ACCEPTED -> accepted++;
                case SUBMITTED -> sent++;
                case DELIVERED -> delivered++;
                case NOT_DELIVERED -> notDelivered++;
                case NO_RECEIPT -> noReceipt++;
                case FAILED, EXPIRED -> failed++;
                case AMBIGUOUS -> failed += event.reason().orElse("").startsWith("no evidence") ? 0 : 1;
                case REJECTED -> rejected++;
                case SETTLED -> settled++;
                default -> { }
            }
        }
        return new Row(Math.max(0, accepted - sent - failed), sent, delivered, notDelivered, noReceipt, failed, rejected,
                settled);
    }

    private static String line(String name, Row row, int expected) {
        double done = expected == 0 ? 1 : (double) row.settled() / expected;
        int filled = (int) Math.round(done * BAR);
        return String.format("%-24s %6d %5d %9d %9d %7d %6d %8d  [%s%s] %3.0f%%%n", name, row.queued(), row.sent(),
                row.delivered(), row.notDelivered(), row.noReceipt(), row.failed(), row.rejected(), "#".repeat(filled),
                ".".repeat(BAR - filled), done * 100);
    }
}
