package io.pecflow.engine.demo;

import io.pecflow.engine.event.EventType;
import io.pecflow.engine.event.JobEvent;
import io.pecflow.engine.testkit.EventLog;
import io.pecflow.sandbox.SandboxStats;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/** Shows the demo campaign's progress per mailbox: redrawn in place on a terminal, as plain lines otherwise. */
final class DemoProgress {

    private static final int BAR = 24;

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

    /** @return whether every valid job has a final dispatch event and every invalid one was refused */
    boolean settled() {
        long finals = events.all().stream().filter(DemoProgress::isFinal).count();
        long refused = events.ofType(EventType.REJECTED).size();
        return finals >= (long) jobsPerMailbox * mailboxes.size() && refused >= invalid - 1;
    }

    void render(Duration elapsed) {
        StringBuilder screen = new StringBuilder();
        List<JobEvent> all = events.all();
        screen.append(String.format("PecFlow demo  campaign demo-2026  %d mailboxes  %d jobs + %d invalid  %02d:%02d%n",
                mailboxes.size(), jobsPerMailbox * mailboxes.size(), invalid, elapsed.toMinutes(), elapsed.toSecondsPart()));
        screen.append(String.format("%-26s %7s %6s %7s %9s  %s%n", "mailbox", "queued", "sent", "failed", "rejected", "progress"));
        long[] total = new long[4];
        for (String mailbox : mailboxes) {
            long[] row = counts(all, mailbox);
            for (int i = 0; i < row.length; i++) {
                total[i] += row[i];
            }
            screen.append(line(mailbox, row, jobsPerMailbox));
        }
        screen.append(line("total", total, jobsPerMailbox * mailboxes.size()));
        if (interactive && linesDrawn > 0) {
            out.print("\033[" + linesDrawn + "F\033[J");
        }
        out.print(screen);
        out.flush();
        linesDrawn = mailboxes.size() + 3;
    }

    void summary(SandboxStats.Counters referee) {
        out.printf("%nSummary: %d SUBMITTED, %d FAILED, %d AMBIGUOUS, %d EXPIRED, %d REJECTED, %d DUPLICATE events%n",
                events.ofType(EventType.SUBMITTED).size(), events.ofType(EventType.FAILED).size(),
                events.ofType(EventType.AMBIGUOUS).size(), events.ofType(EventType.EXPIRED).size(),
                events.ofType(EventType.REJECTED).size(), events.ofType(EventType.DUPLICATE).size());
        out.printf("Sandbox referee: %d sends accepted, %d rate violations, %d quota rejections, %d duplicate sends%n",
                referee.acceptedSends(), referee.rateViolations(), referee.quotaRejections(), referee.duplicateSends());
        events.ofType(EventType.REJECTED).forEach(event -> out.printf("  REJECTED %-8s %s%n", event.jobId(),
                event.reason().orElse("")));
        out.println("  (one record that was not a job at all went to the dead-letter topic)");
    }

    private long[] counts(List<JobEvent> all, String mailbox) {
        long accepted = 0;
        long sent = 0;
        long failed = 0;
        long rejected = 0;
        for (JobEvent event : all) {
            if (!event.mailbox().map(mailbox::equals).orElse(false)) {
                continue;
            }
            switch (event.type()) {
                case ACCEPTED -> accepted++;
                case SUBMITTED -> sent++;
                case FAILED, AMBIGUOUS, EXPIRED -> failed++;
                case REJECTED -> rejected++;
                default -> { }
            }
        }
        return new long[] {Math.max(0, accepted - sent - failed), sent, failed, rejected};
    }

    private static String line(String name, long[] row, int expected) {
        double done = expected == 0 ? 1 : (double) (row[1] + row[2]) / expected;
        int filled = (int) Math.round(done * BAR);
        return String.format("%-26s %7d %6d %7d %9d  [%s%s] %3.0f%%%n", name, row[0], row[1], row[2], row[3],
                "#".repeat(filled), ".".repeat(BAR - filled), done * 100);
    }

    private static boolean isFinal(JobEvent event) {
        return switch (event.type()) {
            case SUBMITTED, FAILED, AMBIGUOUS, EXPIRED -> true;
            default -> false;
        };
    }
}
