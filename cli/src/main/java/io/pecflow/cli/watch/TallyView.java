package io.pecflow.cli.watch;

import io.pecflow.cli.output.ProgressBar;
import io.pecflow.cli.output.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Draws a {@link CampaignTally}: a table a mailbox a row, a total, and a progress bar of finished jobs. Stateless. */
final class TallyView {

    private TallyView() {
    }

    static List<String> lines(CampaignTally tally, int expected) {
        Table table = Table.of("mailbox", "jobs", "submitted", "delivered", "not delivered", "no receipt",
                "failed/rejected", "ambiguous", "settled");
        tally.mailboxes().forEach(mailbox -> row(table, mailbox));
        if (tally.mailboxes().size() > 1) {
            row(table, tally.total());
        }
        List<String> lines = new ArrayList<>();
        lines.add("campaign " + tally.campaignId());
        if (!table.isEmpty()) {
            lines.addAll(table.render().lines().toList());
        }
        lines.add("settled " + ProgressBar.render(tally.finished(), expected, 30)
                + (expected == 0 ? "  (waiting for the campaign's first event)" : ""));
        return lines;
    }

    /** @return the tally as JSON-ready maps */
    static Map<String, Object> json(CampaignTally tally, int expected, boolean complete) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("campaignId", tally.campaignId());
        summary.put("complete", complete);
        summary.put("expectedJobs", expected);
        summary.put("total", counts(tally.total()));
        summary.put("mailboxes", tally.mailboxes().stream().map(TallyView::counts).toList());
        return summary;
    }

    private static void row(Table table, MailboxProgress progress) {
        table.row(progress.mailbox(), progress.jobs(), progress.submitted(), progress.delivered(),
                progress.notDelivered(), progress.noReceipt(), progress.failed(), progress.ambiguous(),
                progress.finished());
    }

    private static Map<String, Object> counts(MailboxProgress progress) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("mailbox", progress.mailbox());
        counts.put("jobs", progress.jobs());
        counts.put("submitted", progress.submitted());
        counts.put("delivered", progress.delivered());
        counts.put("notDelivered", progress.notDelivered());
        counts.put("noReceipt", progress.noReceipt());
        counts.put("failedOrRejected", progress.failed());
        counts.put("ambiguous", progress.ambiguous());
        counts.put("settled", progress.finished());
        return counts;
    }
}
