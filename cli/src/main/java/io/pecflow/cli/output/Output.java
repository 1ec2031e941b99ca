package io.pecflow.cli.output;

import io.pecflow.cli.CliContext;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a command's result on standard output: as tables for people, or as JSON with
 * {@code --json}. Results are maps of field names to strings, numbers, booleans, lists of those
 * or nested maps, in the order they should appear. Used by one thread.
 */
public final class Output {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PrintWriter out;
    private final boolean json;

    public Output(CliContext context, boolean json) {
        this.out = Objects.requireNonNull(context, "context").out();
        this.json = json;
    }

    public boolean json() {
        return json;
    }

    /** One thing: a field/value table, or a JSON object. */
    public void record(Map<String, ?> fields) {
        if (json) {
            printJson(fields);
            return;
        }
        Table table = Table.of("field", "value");
        fields.forEach((name, value) -> table.row(name, human(value)));
        print(table.render());
    }

    /** Several things: a table of the given columns (keys of each row), or a JSON array. */
    public void list(List<? extends Map<String, ?>> rows, String emptyMessage, String... columns) {
        if (json) {
            printJson(rows);
            return;
        }
        if (rows.isEmpty()) {
            print(emptyMessage + "\n");
            return;
        }
        Table table = Table.of(columns);
        rows.forEach(row -> table.row(List.of(columns).stream().map(column -> human(row.get(column))).toArray()));
        print(table.render());
    }

    /** A sentence for people; nothing in JSON mode, where the record or list says it all. */
    public void message(String text) {
        if (!json) {
            print(text + "\n");
        }
    }

    /** Any value as JSON, whatever the mode. */
    public void printJson(Object value) {
        print(JSON.writeValueAsString(value) + "\n");
    }

    private void print(String text) {
        out.print(text);
        out.flush();
    }

    /** @return a value as a table cell: lists joined, booleans as yes/no, nothing for null */
    static String human(Object value) {
        return switch (value) {
            case null -> "";
            case Boolean yes when yes -> "yes";
            case Boolean no -> "no";
            case List<?> list -> list.stream().map(Output::human).collect(Collectors.joining(", "));
            case Map<?, ?> map -> map.entrySet().stream().map(entry -> entry.getKey() + "=" + human(entry.getValue()))
                    .collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }
}
