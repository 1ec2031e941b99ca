package io.pecflow.engine.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Reads {@code to}: one address or an array of them, each checked, normalised and not repeated. */
final class RecipientRules {

    private RecipientRules() {
    }

    /**
     * @param valid the good addresses, normalised, in order
     * @param given how many recipients the job names (good or not), for the size rule
     */
    record Recipients(List<String> valid, int given) {
    }

    /**
     * @param taxCodesGiven whether the job names tax codes: then {@code to} may be left out
     */
    static Recipients read(JsonNode node, JobLimits limits, Problems problems, boolean taxCodesGiven) {
        if (Problems.absent(node)) {
            if (!taxCodesGiven) {
                problems.add("to", "is required: one recipient address, or an array of them (or toTaxCodes)");
            }
            return new Recipients(List.of(), 0);
        }
        if (node.isString()) {
            Optional<String> address = address("to", node.stringValue(), problems);
            return new Recipients(address.stream().toList(), 1);
        }
        if (!node.isArray()) {
            problems.add("to", "must be an address or an array of addresses (got " + Problems.typeOf(node) + ")");
            return new Recipients(List.of(), 0);
        }
        if (node.isEmpty()) {
            problems.add("to", "is empty: a job needs at least one recipient");
        } else if (node.size() > limits.maxRecipients()) {
            problems.add("to", node.size() + " recipients exceed the limit of " + limits.maxRecipients());
        }
        return new Recipients(each(node, problems), node.size());
    }

    private static List<String> each(JsonNode array, Problems problems) {
        List<String> valid = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String field = "to[" + i + "]";
            JsonNode item = array.get(i);
            if (!item.isString()) {
                problems.add(field, "must be an address string (got " + Problems.typeOf(item) + ")");
                continue;
            }
            Optional<String> address = address(field, item.stringValue(), problems);
            if (address.isEmpty()) {
                continue;
            }
            Integer seen = firstIndex.putIfAbsent(address.get(), i);
            if (seen != null) {
                problems.add(field, Problems.quote(address.get()) + " is already in to[" + seen + "]");
            } else {
                valid.add(address.get());
            }
        }
        return valid;
    }

    private static Optional<String> address(String field, String raw, Problems problems) {
        String address = EmailAddresses.normalise(raw);
        Optional<String> problem = EmailAddresses.problem(address);
        if (problem.isEmpty()) {
            return Optional.of(address);
        }
        String hint = address.contains(",") || address.contains(";") ? "; give several recipients as a JSON array" : "";
        problems.add(field, Problems.quote(raw.strip()) + " is not an e-mail address (" + problem.get() + hint + ")");
        return Optional.empty();
    }
}
