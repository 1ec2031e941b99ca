package io.pecflow.cli.campaign;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it (and spreadsheets export it): fields split on a delimiter,
 * quoted with {@code "} when they hold the delimiter, a quote ({@code ""}) or a line break; LF,
 * CRLF or CR line ends. Each record keeps the line it starts on. Blank lines are skipped.
 * Stateless.
 */
final class CsvParser {

    /** One record: the line it starts on (from 1) and its fields. */
    record CsvRecord(int line, List<String> fields) {
        CsvRecord {
            fields = List.copyOf(fields);
        }
    }

    /** The text is not CSV; {@link #line()} says where. */
    static final class CsvException extends Exception {
        private final int line;

        CsvException(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private CsvParser() {
    }

    static List<CsvRecord> parse(String text, char delimiter) throws CsvException {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        boolean quotedField = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.isEmpty() && !quotedField) {
                int quoteLine = line;
                quotedField = true;
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new CsvException(quoteLine, "a quoted field opened on this line is never closed");
                    }
                    char q = text.charAt(i);
                    if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        line += q == '\n' || (q == '\r' && !followedBy(text, i, '\n')) ? 1 : 0;
                        field.append(q);
                        i++;
                    }
                }
                if (i < text.length() && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    throw new CsvException(line, "a closing quote is followed by '" + text.charAt(i)
                            + "' instead of the delimiter or the end of the line (write a quote inside a quoted field as \"\")");
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                quotedField = false;
                i++;
            } else if (c == '\n' || c == '\r') {
                end(records, fields, field, quotedField, recordLine);
                quotedField = false;
                i += c == '\r' && followedBy(text, i, '\n') ? 2 : 1;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                i++;
            }
        }
        end(records, fields, field, quotedField, recordLine);
        return records;
    }

    private static void end(List<CsvRecord> records, List<String> fields, StringBuilder field, boolean quoted,
                            int line) {
        boolean blank = fields.isEmpty() && field.isEmpty() && !quoted;
        if (!blank) {
            fields.add(field.toString());
            records.add(new CsvRecord(line, fields));
        }
        fields.clear();
        field.setLength(0);
    }

    private static boolean followedBy(String text, int i, char next) {
        return i + 1 < text.length() && text.charAt(i + 1) == next;
    }
}
