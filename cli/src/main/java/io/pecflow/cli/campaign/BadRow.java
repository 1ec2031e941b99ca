package io.pecflow.cli.campaign;

import java.util.List;

/**
 * A row of a campaign file that breaks the contract, or the file's header. Immutable.
 *
 * @param line     where the row starts in the file, from 1
 * @param problems each {@code field: what is wrong}
 */
public record BadRow(int line, List<String> problems) {

    public BadRow {
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a bad row has at least one problem");
        }
    }
}
