package io.pecflow.engine.job;

import io.pecflow.adapter.trovapec.TaxCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code toTaxCodes}: an array of VAT numbers (11 digits) or personal tax codes (16 letters
 * and digits), checked as TrovaPEC's client checks them ({@link TaxCode}), normalised (spaces
 * dropped, upper-cased) and not repeated. Reasons never quote a code: it may be personal data.
 */
final class TaxCodeRules {

    private TaxCodeRules() {
    }

    /**
     * @param valid the good codes, normalised, in order
     * @param given how many codes the job names (good or not), for the recipient limit and the size rule
     */
    record TaxCodes(List<String> valid, int given) {
    }

    static TaxCodes read(JsonNode node, JobLimits limits, Problems problems) {
        if (Problems.absent(node)) {
            return new TaxCodes(List.of(), 0);
        }
        if (!node.isArray()) {
            problems.add("toTaxCodes", "must be an array of tax codes (got " + Problems.typeOf(node) + ")");
            return new TaxCodes(List.of(), 0);
        }
        if (node.isEmpty()) {
            problems.add("toTaxCodes", "is empty: give at least one tax code, or leave the field out");
        } else if (node.size() > limits.maxRecipients()) {
            problems.add("toTaxCodes", node.size() + " tax codes exceed the limit of " + limits.maxRecipients()
                    + " recipients");
        }
        return new TaxCodes(each(node, problems), node.size());
    }

    private static List<String> each(JsonNode array, Problems problems) {
        List<String> valid = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String field = "toTaxCodes[" + i + "]";
            JsonNode item = array.get(i);
            if (!item.isString()) {
                problems.add(field, "must be a string (got " + Problems.typeOf(item)
                        + (item.isNumber() ? "; write a VAT number as a string: it may start with 0" : "") + ")");
                continue;
            }
            String code;
            try {
                code = TaxCode.of(item.stringValue()).value();
            } catch (IllegalArgumentException notACode) {
                problems.add(field, notACode.getMessage());
                continue;
            }
            Integer seen = firstIndex.putIfAbsent(code, i);
            if (seen != null) {
                problems.add(field, "the same tax code as toTaxCodes[" + seen + "]");
            } else {
                valid.add(code);
            }
        }
        return valid;
    }
}
