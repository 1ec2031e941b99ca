package io.pecflow.engine.job;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The problems found in one job, each {@code "field: what is wrong"}. Values are quoted through
 * {@link #quote(String)} so that a reason stays one short, printable line; bodies and attachment
 * content are never quoted. Not thread-safe: one per read.
 */
final class Problems {

    /** More problems than this are summed up, to keep the REJECTED event small. */
    static final int MAX_LISTED = 20;
    private static final int MAX_QUOTED_CHARS = 80;

    private final List<String> found = new ArrayList<>();

    void add(String field, String message) {
        found.add(field + ": " + message);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** @return the problems joined with {@code "; "}, the ones past {@link #MAX_LISTED} counted */
    String joined() {
        if (found.size() <= MAX_LISTED) {
            return String.join("; ", found);
        }
        return String.join("; ", found.subList(0, MAX_LISTED)) + "; and " + (found.size() - MAX_LISTED)
                + " more problems";
    }

    /** @return the value in single quotes, control characters escaped, cut after 80 characters */
    static String quote(String value) {
        return "'" + printable(value) + "'";
    }

    /** @return the value with control characters escaped, cut after 80 characters (for field names) */
    static String printable(String value) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < value.length() && shown < MAX_QUOTED_CHARS; i++, shown++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : c);
            }
        }
        if (value.length() > MAX_QUOTED_CHARS) {
            out.append("…(").append(value.length()).append(" characters)");
        }
        return out.toString();
    }

    /** @return the JSON type of a node as a person would name it: string, number, array... */
    static String typeOf(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** @return true when the node is absent or JSON null (an optional field left out) */
    static boolean absent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }

    /** @return the first control character (C0, DEL or C1) in the value, or -1 */
    static int firstControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** @return the length in characters as JSON Schema counts them (code points) */
    static int chars(String value) {
        return value.codePointCount(0, value.length());
    }
}
