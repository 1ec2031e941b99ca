package io.pecflow.cli.campaign;

import java.util.List;

/**
 * A campaign file as read, before the rows are checked. Immutable.
 *
 * @param drafts       the rows, in file order
 * @param fileProblems problems of the file as a whole (a bad header, broken quoting): when there
 *                     are any, no row can be trusted and nothing is published
 */
record CampaignFile(List<JobDraft> drafts, List<BadRow> fileProblems) {

    CampaignFile {
        drafts = List.copyOf(drafts);
        fileProblems = List.copyOf(fileProblems);
    }

    static CampaignFile broken(int line, String problem) {
        return new CampaignFile(List.of(), List.of(new BadRow(line, List.of(problem))));
    }
}
