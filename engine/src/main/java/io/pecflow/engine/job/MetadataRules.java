package io.pecflow.engine.job;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads {@code metadata}: an object of string values, within the configured counts and lengths. */
final class MetadataRules {

    private MetadataRules() {
    }

    /** @param valid the entries that passed their own checks (all of them when no problem was found) */
    record Metadata(Map<String, String> valid) {

        /** @return what a REJECTED event may echo: the good entries, no more than the limit allows */
        Map<String, String> echo(JobLimits limits) {
            Map<String, String> echo = new LinkedHashMap<>();
            valid.entrySet().stream().limit(limits.maxMetadataEntries())
                    .forEach(entry -> echo.put(entry.getKey(), entry.getValue()));
            return echo;
        }
    }

    static Metadata read(JsonNode node, JobLimits limits, Problems problems) {
        if (Problems.absent(node)) {
            return new Metadata(Map.of());
        }
        if (!node.isObject()) {
            problems.add("metadata", "must be an object of string values (got " + Problems.typeOf(node) + ")");
            return new Metadata(Map.of());
        }
        if (node.size() > limits.maxMetadataEntries()) {
            problems.add("metadata", node.size() + " entries exceed the limit of " + limits.maxMetadataEntries());
        }
        Map<String, String> valid = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entryIsGood(entry.getKey(), entry.getValue(), limits, problems)) {
                valid.put(entry.getKey(), entry.getValue().stringValue());
            }
        }
        return new Metadata(valid);
    }

    private static boolean entryIsGood(String key, JsonNode value, JobLimits limits, Problems problems) {
        String field = "metadata." + Problems.printable(key);
        if (key.isBlank()) {
            problems.add("metadata", "has an empty key");
        } else if (Problems.chars(key) > limits.maxMetadataKeyChars()) {
            problems.add(field, "the key's " + Problems.chars(key) + " characters exceed the limit of "
                    + limits.maxMetadataKeyChars());
        } else if (!value.isString()) {
            problems.add(field, "must be a string (got " + Problems.typeOf(value) + ")");
        } else if (Problems.chars(value.stringValue()) > limits.maxMetadataValueChars()) {
            problems.add(field, Problems.chars(value.stringValue()) + " characters exceed the limit of "
                    + limits.maxMetadataValueChars());
        } else {
            return true;
        }
        return false;
    }
}
