package io.pecflow.cli.campaign;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it (and spreadsheets export it): fields split on a delimiter,
 * quoted with {@code "} when they hold the delimiter, a quote ({@code ""}) or a line break; LF,
 * CRLF or CR line ends. Each record keeps the line it starts on. Blank lines are skipped.
 * One instance reads one text.
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

    private final String text;
    private final char delimiter;
    private final List<CsvRecord> records = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int at;
    private int line = 1;
    private int recordLine = 1;
    private boolean quoted;

    private CsvParser(String text, char delimiter) {
        this.text = text;
        this.delimiter = delimiter;
        this.at = text.startsWith("\uFEFF") ? 1 : 0;
    }

    static List<CsvRecord> parse(String text, char delimiter) throws CsvException {
        return new CsvParser(text, delimiter).records();
    }

    private List<CsvRecord> records() throws CsvException {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"' && field.isEmpty() && !quoted) {
                quotedField();
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
                at++;
            } else if (c == '\n' || c == '\r') {
                endRecord();
                at += c == '\r' && followedBy('\n') ? 2 : 1;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                at++;
            }
        }
        endRecord();
        return records;
    }

    /** Reads from an opening quote to its closing quote, which must end the field. */
    private void quotedField() throws CsvException {
        int openedOn = line;
        quoted = true;
        at++;
        while (true) {
            if (at >= text.length()) {
                throw new CsvException(openedOn, "a quoted field opened on this line is never closed");
            }
            char c = text.charAt(at);
            if (c == '"' && followedBy('"')) {
                field.append('"');
                at += 2;
            } else if (c == '"') {
                at++;
                break;
            } else {
                line += c == '\n' || (c == '\r' && !followedBy('\n')) ? 1 : 0;
                field.append(c);
                at++;
            }
        }
        if (at < text.length() && text.charAt(at) != delimiter && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
            throw new CsvException(line, "a closing quote is followed by '" + text.charAt(at)
                    + "' instead of the delimiter or the end of the line (write a quote inside a quoted field as \"\")");
        }
    }

    private void endRecord() {
        boolean blank = fields.isEmpty() && field.isEmpty() && !quoted;
        if (!blank) {
            fields.add(field.toString());
            records.add(new CsvRecord(recordLine, fields));
        }
        fields.clear();
        field.setLength(0);
        quoted = false;
    }

    private boolean followedBy(char next) {
        return at + 1 < text.length() && text.charAt(at + 1) == next;
    }
}
