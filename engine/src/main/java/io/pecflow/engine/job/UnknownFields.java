package io.pecflow.engine.job;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Rejects fields the contract does not know, naming them and the known field they are probably a
 * typo of: {@code suject: unknown field (did you mean 'subject'?)}.
 */
final class UnknownFields {

    private UnknownFields() {
    }

    /**
     * @param object the JSON object to look at
     * @param known  the field names the contract defines there
     * @param prefix what goes before a field name in a reason ("" or e.g. "attachments[0].")
     */
    static void check(JsonNode object, List<String> known, String prefix, Problems problems) {
        for (String name : object.propertyNames()) {
            if (!known.contains(name)) {
                String hint = closest(name, known).map(match -> "did you mean '" + match + "'?")
                        .orElse("the fields are " + String.join(", ", known));
                problems.add(prefix + Problems.printable(name), "unknown field (" + hint + ")");
            }
        }
    }

    private static Optional<String> closest(String name, List<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.min(2, Math.max(1, name.length() / 3));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance, with the early exit long junk names deserve. */
    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
