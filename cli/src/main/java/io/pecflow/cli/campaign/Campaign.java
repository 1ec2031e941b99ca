package io.pecflow.cli.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign file, every row checked: the jobs to publish and the rows that break the contract.
 * Read it with {@link #check}; a row is only published when the whole file has been checked.
 * Immutable.
 *
 * @param jobs      the good rows, in file order
 * @param badRows   the bad rows (and the header's problems), in file order
 * @param rows      how many rows the file has (the header not counted)
 * @param fileBroken true when the file as a whole is unreadable (a bad header, broken quoting):
 *                  then nothing may be published, not even with --skip-invalid
 */
public record Campaign(List<ValidJob> jobs, List<BadRow> badRows, int rows, boolean fileBroken) {

    public Campaign {
        jobs = List.copyOf(jobs);
        badRows = List.copyOf(badRows);
    }

    /**
     * Reads and checks a campaign's text.
     *
     * @param delimiter the CSV delimiter (not used for JSON Lines)
     */
    public static Campaign check(String text, CampaignFormat format, char delimiter, boolean hasDefaultMailbox,
                                 JobValidator validator) {
        CampaignFile file = switch (format) {
            case CSV -> CsvCampaignReader.read(text, delimiter, hasDefaultMailbox);
            case JSONL -> JsonLinesCampaignReader.read(text);
        };
        if (!file.fileProblems().isEmpty()) {
            return new Campaign(List.of(), file.fileProblems(), file.drafts().size(), true);
        }
        List<ValidJob> jobs = new ArrayList<>();
        List<BadRow> badRows = new ArrayList<>();
        Map<String, ValidJob> byMailboxAndId = new HashMap<>();
        for (JobDraft draft : file.drafts()) {
            switch (validator.check(draft)) {
                case RowCheck.Invalid invalid -> badRows.add(invalid.row());
                case RowCheck.Valid valid -> {
                    ValidJob first = byMailboxAndId.putIfAbsent(valid.job().mailbox() + " " + valid.job().jobId(),
                            valid.job());
                    if (first == null) {
                        jobs.add(valid.job());
                    } else {
                        badRows.add(repeated(valid.job(), first));
                    }
                }
            }
        }
        return new Campaign(jobs, badRows, file.drafts().size(), false);
    }

    /** The engine would drop the second as a DUPLICATE: say so now, before anything is published. */
    private static BadRow repeated(ValidJob job, ValidJob first) {
        String problem = job.derivedId()
                ? "row: has the same content as line " + first.line() + ", so it would get the same jobId and not be"
                + " sent; give the rows a jobId column to send both"
                : "jobId: '" + job.jobId() + "' is already the jobId of line " + first.line()
                + " for the same mailbox; the engine would not send it";
        return new BadRow(job.line(), List.of(problem));
    }
}
