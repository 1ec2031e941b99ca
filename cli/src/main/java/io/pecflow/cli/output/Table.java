package io.pecflow.cli.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text table for people: a header row, a rule, then rows, columns padded to their widest cell
 * and numbers right-aligned. Cells are single lines (line breaks are shown as spaces). Build one,
 * then {@link #render()}; not thread-safe.
 */
public final class Table {

    private static final String GAP = "  ";

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    public static Table of(String... headers) {
        return new Table(Arrays.asList(headers));
    }

    /** Adds a row; {@code null} cells are shown empty, other objects by {@code toString()}. */
    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + headers.size() + " columns");
        }
        rows.add(Arrays.stream(cells).map(Table::text).toList());
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** @return the table, each line ended by {@code \n}, without trailing spaces */
    public String render() {
        int[] widths = new int[headers.size()];
        boolean[] numeric = new boolean[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = width(headers.get(column));
            numeric[column] = !rows.isEmpty();
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], width(row.get(column)));
                numeric[column] &= isNumber(row.get(column));
            }
        }
        StringBuilder text = new StringBuilder();
        line(text, headers, widths, numeric);
        line(text, Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths, numeric);
        rows.forEach(row -> line(text, row, widths, numeric));
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells, int[] widths, boolean[] numeric) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            String padding = " ".repeat(widths[column] - width(cell));
            line.append(column == 0 ? "" : GAP).append(numeric[column] ? padding + cell : cell + padding);
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    private static String text(Object cell) {
        return Objects.toString(cell, "").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }

    private static boolean isNumber(String cell) {
        return cell.isEmpty() || cell.matches("-?[0-9][0-9.,]*%?");
    }
}
