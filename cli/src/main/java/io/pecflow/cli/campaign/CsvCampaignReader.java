package io.pecflow.cli.campaign;

import io.pecflow.cli.campaign.CsvParser.CsvRecord;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a CSV campaign: a header row naming the columns ({@code jobId}, {@code mailbox}, {@code to},
 * {@code subject}, {@code body}, {@code attachments}, {@code notBefore}, {@code expiresAt}, any
 * {@code toTaxCodes}, {@code checkRecipients} ({@code true}/{@code false}), any case, and
 * {@code meta.<key>} for metadata), then one job a row. {@code to}, {@code toTaxCodes} and
 * {@code attachments} hold several values separated by {@code ;}. An empty cell is a value left
 * out, except in {@code body}. Stateless.
 */
final class CsvCampaignReader {

    private static final String META = "meta.";
    private static final List<String> COLUMNS = List.of("jobId", "mailbox", "to", "toTaxCodes", "checkRecipients",
            "subject", "body", "attachments", "notBefore", "expiresAt");
    private static final List<String> REQUIRED = List.of("subject", "body");

    private CsvCampaignReader() {
    }

    static CampaignFile read(String text, char delimiter, boolean hasDefaultMailbox) {
        List<CsvRecord> records;
        try {
            records = CsvParser.parse(text, delimiter);
        } catch (CsvParser.CsvException broken) {
            return CampaignFile.broken(broken.line(), "file: " + broken.getMessage());
        }
        if (records.isEmpty()) {
            return CampaignFile.broken(1, "file: is empty; the first row names the columns ("
                    + String.join(", ", COLUMNS) + ", meta.<key>)");
        }
        List<String> header = records.getFirst().fields();
        List<String> problems = headerProblems(header, hasDefaultMailbox);
        if (!problems.isEmpty()) {
            return new CampaignFile(List.of(), List.of(new BadRow(records.getFirst().line(), problems)));
        }
        List<String> columns = header.stream().map(CsvCampaignReader::canonical).toList();
        List<JobDraft> drafts = records.stream().skip(1).map(record -> draft(columns, record)).toList();
        return new CampaignFile(drafts, List.of());
    }

    private static List<String> headerProblems(List<String> header, boolean hasDefaultMailbox) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : header) {
            String column = canonical(raw);
            if (column.isEmpty()) {
                problems.add("header: a column has no name");
            } else if (column.equals(META)) {
                problems.add("header: '" + raw.strip() + "' names no metadata key (write meta.<key>)");
            } else if (!column.startsWith(META) && !COLUMNS.contains(column)) {
                problems.add("header: unknown column '" + raw.strip() + "' (the columns are "
                        + String.join(", ", COLUMNS) + " and meta.<key>)");
            } else if (!seen.add(column)) {
                problems.add("header: the column '" + raw.strip() + "' appears more than once");
            }
        }
        REQUIRED.stream().filter(column -> !seen.contains(column))
                .forEach(column -> problems.add("header: the column '" + column + "' is required"));
        if (!seen.contains("to") && !seen.contains("toTaxCodes")) {
            problems.add("header: the column 'to' (or 'toTaxCodes') is required");
        }
        if (!seen.contains("mailbox") && !hasDefaultMailbox) {
            problems.add("header: there is no mailbox column; add one or give --mailbox");
        }
        return problems;
    }

    /** @return the column's name as the reader knows it: a known name in its own case, or meta.<key as written> */
    private static String canonical(String raw) {
        String name = raw.strip();
        if (name.toLowerCase(Locale.ROOT).startsWith(META)) {
            return META + name.substring(META.length()).strip();
        }
        return COLUMNS.stream().filter(known -> known.equalsIgnoreCase(name)).findFirst().orElse(name);
    }

    private static JobDraft draft(List<String> columns, CsvRecord record) {
        List<String> problems = new ArrayList<>();
        if (record.fields().size() != columns.size()) {
            problems.add("row: has " + record.fields().size() + " cells, the header " + columns.size()
                    + " (quote a cell that holds the delimiter)");
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(columns.size(), record.fields().size()); i++) {
            cells.put(columns.get(i), record.fields().get(i));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        cells.forEach((column, value) -> {
            if (column.startsWith(META) && !value.isBlank()) {
                metadata.put(column.substring(META.length()), value.strip());
            }
        });
        return new JobDraft(record.line(), cell(cells, "jobId"), Optional.empty(), cell(cells, "mailbox"),
                list(cells, "to"), cell(cells, "subject"), Optional.ofNullable(cells.get("body")),
                attachments(cells, problems), cell(cells, "notBefore"), cell(cells, "expiresAt"), metadata,
                list(cells, "toTaxCodes"), flag(cells, "checkRecipients", problems), problems);
    }

    private static Optional<String> cell(Map<String, String> cells, String column) {
        return Optional.ofNullable(cells.get(column)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static Optional<Boolean> flag(Map<String, String> cells, String column, List<String> problems) {
        return cell(cells, column).flatMap(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                problems.add(column + ": '" + value + "' is neither true nor false");
                yield Optional.empty();
            }
        });
    }

    private static List<String> list(Map<String, String> cells, String column) {
        return cell(cells, column).stream().flatMap(value -> Arrays.stream(value.split(";")))
                .map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static List<AttachmentSource> attachments(Map<String, String> cells, List<String> problems) {
        List<AttachmentSource> attachments = new ArrayList<>();
        for (String path : list(cells, "attachments")) {
            try {
                attachments.add(new AttachmentSource.FromFile(Path.of(path)));
            } catch (InvalidPathException notAPath) {
                problems.add("attachments: '" + path + "' is not a file path");
            }
        }
        return attachments;
    }
}
