package io.pecflow.engine.ops;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of PromQL to find what an expression names: its series selectors with their label
 * matchers, and the labels of its {@code by}, {@code without}, {@code on} and {@code ignoring}
 * clauses. promtool (deploy/check.sh) checks the syntax; this finds the names to compare with the
 * engine's.
 */
final class PromQl {

    /** A label matcher: {@code outcome="ambiguous"}, {@code outcome=~"a|b"}. */
    record LabelMatcher(String label, String operator, String value) {
    }

    /** A series selector: its metric name and matchers. */
    record Selector(String metric, List<LabelMatcher> matchers) {
    }

    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{([^}]*)}");
    private static final Pattern MATCHER = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"([^\"]*)\"");
    private static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\(([^)]*)\\)");
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*,\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$.])([a-zA-Z_:][a-zA-Z0-9_:]*+)(?!\\s*\\()");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan");

    private PromQl() {
    }

    /** @return every series selector of the expression, with or without matchers */
    static List<Selector> selectors(String expression) {
        List<Selector> found = new ArrayList<>();
        Matcher labelValues = LABEL_VALUES.matcher(expression);
        while (labelValues.find()) {
            found.add(new Selector(labelValues.group(1), List.of(new LabelMatcher(labelValues.group(2), "", ""))));
        }
        String rest = LABEL_VALUES.matcher(expression).replaceAll(" ");
        Matcher selector = SELECTOR.matcher(rest);
        while (selector.find()) {
            List<LabelMatcher> matchers = new ArrayList<>();
            Matcher matcher = MATCHER.matcher(selector.group(2));
            while (matcher.find()) {
                matchers.add(new LabelMatcher(matcher.group(1), matcher.group(2), matcher.group(3)));
            }
            found.add(new Selector(selector.group(1), List.copyOf(matchers)));
        }
        // Bare metric names: what is left once matchers, ranges, offsets, clauses and calls are gone.
        String bare = SELECTOR.matcher(rest).replaceAll(" ").replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\boffset\\s+\\S+", " ").replaceAll("\"[^\"]*\"", " ");
        bare = GROUPING.matcher(bare).replaceAll(" ");
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String name = identifier.group(1);
            if (!KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                found.add(new Selector(name, List.of()));
            }
        }
        return found;
    }

    /** @return the labels named in the expression's by, without, on and ignoring clauses */
    static Set<String> groupingLabels(String expression) {
        Set<String> labels = new LinkedHashSet<>();
        Matcher grouping = GROUPING.matcher(expression);
        while (grouping.find()) {
            for (String label : grouping.group(2).split(",")) {
                if (!label.isBlank()) {
                    labels.add(label.strip());
                }
            }
        }
        return labels;
    }
}
